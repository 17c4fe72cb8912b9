/**
 * `npm start` in production mode refuses to start, before it builds, migrates or starts anything,
 * when a secret or the issuer is missing or the demo's: exit code 1, the message names the
 * variable, and the simulator's port stays closed (production never starts it).
 */
import { describe, expect, it } from "vitest";
import { newKeyValues } from "@/lib/security/keys";
import { portIsOpen, runScript, type ChildEnv } from "../support/processes";

const simulatorPort = Number(process.env.E2E_PORT ?? 3100) + 1011;
const keys = newKeyValues("refusal");
const complete: ChildEnv = {
  PATH: process.env.PATH,
  WBCR_MODE: "production",
  // Never reached: the refusal comes before any connection.
  DATABASE_URL: "postgresql://wbcr@127.0.0.1:1/never",
  NEXTAUTH_URL: "https://wbcr.hospital.example",
  NEXTAUTH_SECRET: "s".repeat(43),
  EHEALTH_ISSUER: "https://idp.hospital.example",
  EHEALTH_CLIENT_ID: "hospital-wbcr",
  EHEALTH_CLIENT_SECRET: "a-real-client-secret",
  EHEALTH_SIM_PORT: String(simulatorPort),
  WBCR_DATA_KEYS: keys.WBCR_DATA_KEYS,
  WBCR_INDEX_KEY: keys.WBCR_INDEX_KEY,
  IDENTIFY_PERSON_PROVIDER: "none",
};

const cases: [string, ChildEnv, string][] = [
  ["no NEXTAUTH_SECRET", { NEXTAUTH_SECRET: undefined }, "NEXTAUTH_SECRET"],
  ["no WBCR_DATA_KEYS", { WBCR_DATA_KEYS: undefined }, "WBCR_DATA_KEYS"],
  ["no WBCR_INDEX_KEY", { WBCR_INDEX_KEY: undefined }, "WBCR_INDEX_KEY"],
  ["no EHEALTH_CLIENT_SECRET", { EHEALTH_CLIENT_SECRET: undefined }, "EHEALTH_CLIENT_SECRET"],
  ["the demo's EHEALTH_CLIENT_SECRET", { EHEALTH_CLIENT_SECRET: "wbcr-local-secret" }, "EHEALTH_CLIENT_SECRET"],
  ["the demo's EHEALTH_CLIENT_ID", { EHEALTH_CLIENT_ID: "wbcr-local" }, "EHEALTH_CLIENT_ID"],
  ["no issuer", { EHEALTH_ISSUER: undefined }, "EHEALTH_ISSUER"],
  ["an http NEXTAUTH_URL", { NEXTAUTH_URL: "http://wbcr.hospital.example" }, "NEXTAUTH_URL"],
  ["no IdentifyPerson provider", { IDENTIFY_PERSON_PROVIDER: undefined }, "IDENTIFY_PERSON_PROVIDER"],
];

describe("npm start in production mode", () => {
  it.each(cases)("refuses with %s", async (_what, change, variable) => {
    const result = runScript("scripts/start.ts", [], { ...complete, ...change }, 60_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("WBCR refuses to start in production mode");
    expect(result.stderr).toContain(variable);
    expect(result.stdout).not.toContain("eHealth simulator");
    expect(await portIsOpen(simulatorPort)).toBe(false);
  });

  it("takes a DATABASE_URL alone for production, and lists everything missing in one message", async () => {
    const result = runScript("scripts/start.ts", [], { PATH: process.env.PATH, DATABASE_URL: complete.DATABASE_URL, EHEALTH_SIM_PORT: String(simulatorPort) }, 60_000);
    expect(result.status).toBe(1);
    for (const variable of ["NEXTAUTH_URL", "NEXTAUTH_SECRET", "EHEALTH_ISSUER", "EHEALTH_CLIENT_ID", "EHEALTH_CLIENT_SECRET", "WBCR_DATA_KEYS", "WBCR_INDEX_KEY", "IDENTIFY_PERSON_PROVIDER"]) {
      expect(result.stderr).toContain(variable);
    }
    expect(await portIsOpen(simulatorPort)).toBe(false);
  });

  it("stops with exit code 2 on a malformed value, naming it", () => {
    const result = runScript("scripts/start.ts", [], { ...complete, WBCR_RATE_LIMIT_LOGIN: "lots" }, 60_000);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("WBCR_RATE_LIMIT_LOGIN");
  });

  it("npm run db:seed refuses a production database without touching it", () => {
    const result = runScript("scripts/seed.ts", [], { PATH: process.env.PATH, DATABASE_URL: complete.DATABASE_URL }, 60_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("production database");
  });
});
