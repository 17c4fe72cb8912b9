/**
 * Where the end-to-end tests find Chromium: the system's (Debian's /usr/bin/chromium and its
 * usual other names), else Playwright's own download. Used by playwright.config.ts and by
 * scripts/ensure-browser.mjs, which runs before Playwright in `npm test`.
 */
import { existsSync } from "node:fs";

export const systemChromiumCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** The first system Chromium present, or null. */
export function findSystemChromium() {
  return systemChromiumCandidates.find((file) => existsSync(file)) ?? null;
}

/** Playwright's own Chromium when it has been downloaded (`npx playwright install chromium`), or null. */
export async function findPlaywrightChromium() {
  try {
    const { chromium } = await import("playwright-core");
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : null;
  } catch {
    return null;
  }
}
