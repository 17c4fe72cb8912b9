import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configurationTable } from "@/lib/config/settings";

describe("README configuration table", () => {
  it("is the table lib/config/settings.ts generates (npm run config:table)", () => {
    const readme = readFileSync(path.join(import.meta.dirname, "../../../README.md"), "utf8");
    const start = readme.indexOf("| variable | default | meaning |");
    expect(start, "README.md has a configuration table").toBeGreaterThan(-1);
    const end = readme.indexOf("\n\n", start);
    expect(readme.slice(start, end === -1 ? undefined : end)).toBe(configurationTable());
  });
});

describe("configuration reads", () => {
  it("happen only in lib/config (no process.env reads of WBCR settings elsewhere in lib, scripts, simulator)", async () => {
    const { readdirSync } = await import("node:fs");
    const root = path.join(import.meta.dirname, "../../..");
    const files = ["lib", "scripts", "simulator"].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((file) => /\.(ts|mjs)$/.test(file))
        .map((file) => `${dir}/${file}`),
    );
    // Reads only: start.ts hands the simulator's address to the app server by writing it.
    const read = /process\.env\.(WBCR_|EHEALTH_|NEXTAUTH_|DATABASE_|PGLITE_|IDENTIFY_PERSON_|PORT\b|HOSTNAME\b)\w*(?!\w)(?!\s*(\?\?)?=(?!=))/;
    // The test runner picks where to run the production test; it configures no application.
    const notConfiguration = new Set(["scripts/test-production.mjs"]);
    const offenders = files.filter((file) => !file.startsWith("lib/config/") && !notConfiguration.has(file)).filter((file) => read.test(readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
