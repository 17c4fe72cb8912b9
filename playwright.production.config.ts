/**
 * The production end-to-end test (tests/e2e-production): the production build in production
 * mode on PostgreSQL, bootstrapped by the operator commands, with the eHealth simulator started
 * as an external issuer. The spec starts its own processes (no webServer here): it must run the
 * operator commands before the app starts. Run by `npm run test:e2e:production` (needs
 * PostgreSQL: DATABASE_URL, or Debian's postgresql package for .ci/with-postgres.sh).
 */
import { defineConfig, devices } from "@playwright/test";
import { findSystemChromium } from "./scripts/browser.mjs";

const systemChromium = findSystemChromium();

export default defineConfig({
  testDir: "tests/e2e-production",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 900_000,
  outputDir: "test-results/production",
  use: { trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: systemChromium ? { executablePath: systemChromium, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] } : {},
      },
    },
  ],
});
