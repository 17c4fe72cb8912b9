/**
 * Before the end-to-end tests: make sure a Chromium is there, or stop at once with the one
 * command to run. Tries, in order: a system Chromium; Playwright's downloaded one; as root, the
 * system package manager (apt-get install chromium); Playwright's installer (needs internet).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { findPlaywrightChromium, findSystemChromium } from "./browser.mjs";

// This checkout's Playwright, so its installer fetches the browser build it expects.
const playwrightCli = path.join(import.meta.dirname, "..", "node_modules", ".bin", "playwright");

const found = async () => findSystemChromium() ?? (await findPlaywrightChromium());

function attempt(label, command, args) {
  console.log(`e2e browser: ${label} …`);
  const result = spawnSync(command, args, { stdio: "inherit", timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return result.status === 0;
}

async function main() {
  if (await found()) return 0;
  console.log("e2e browser: no Chromium found (looked for the system's and Playwright's own)");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (isRoot && hasApt) {
    if (attempt("apt-get update", "apt-get", ["update", "-qq"]) && attempt("apt-get install chromium", "apt-get", ["install", "-y", "-qq", "chromium"]) && (await found())) return 0;
  }
  if (attempt("playwright install chromium", playwrightCli, ["install", "chromium"]) && (await found())) return 0;
  console.error(
    [
      "",
      "The end-to-end tests need Chromium and none could be installed here. Run one of these, then npm test again:",
      hasApt ? "  sudo apt-get install -y chromium" : "  npx playwright install --with-deps chromium",
      "",
    ].join("\n"),
  );
  return 1;
}

process.exit(await main());
