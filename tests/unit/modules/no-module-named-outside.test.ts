import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

/**
 * Issue 12: a module is a folder and one line in the registry. Outside its folder, no file of
 * app/, components/ or lib/ names a module (comments included) — only the registry's import.
 */
const root = path.resolve(__dirname, "../../..");

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

it.each([
  { name: "srt", folder: "lib/modules/srt", allowed: ["lib/modules/registry.ts"] },
  { name: "follow-up-trial", folder: "tests/fixtures/modules", allowed: [] },
])("only $folder and the registry name module $name", ({ name, folder, allowed }) => {
  const pattern = new RegExp(name, "i");
  const naming = ["app", "components", "lib"]
    .flatMap((top) => filesUnder(path.join(root, top)))
    .map((file) => path.relative(root, file).split(path.sep).join("/"))
    .filter((file) => !file.startsWith(`${folder}/`) && !allowed.includes(file))
    .filter((file) => pattern.test(readFileSync(path.join(root, file), "utf8")));
  expect(naming).toEqual([]);
});
