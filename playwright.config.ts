import { defineConfig, devices } from "@playwright/test";
import { findSystemChromium } from "./scripts/browser.mjs";

// A system Chromium when present (Debian's), else Playwright's own; `npm run test:e2e` first
// runs scripts/ensure-browser.mjs, which installs one where it can or says what to run.
const systemChromium = findSystemChromium();
// E2E_PORT lets two checkouts run their suites side by side (the simulators take port + 1000).
const port = Number(process.env.E2E_PORT ?? 3100);
export const shortSessionPort = port + 1;
export const rateLimitsOfShortServer = { login: 20, search: 5 };

/** `npm start` on a fresh embedded database; the first one builds, the next reuse the build. */
function appServer(options: { port: number; dataDir: string; simulatorPort: number; inactivitySeconds?: number; env?: Record<string, string> }) {
  return {
    command: "npx tsx scripts/start.ts --fresh",
    url: `http://localhost:${options.port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe" as const,
    env: {
      PORT: String(options.port),
      PGLITE_DATA_DIR: options.dataDir,
      EHEALTH_SIM_PORT: String(options.simulatorPort),
      NEXT_TELEMETRY_DISABLED: "1",
      WBCR_MODE: "demo",
      // The e2e servers run over plain http on localhost.
      WBCR_INSECURE_COOKIES: "1",
      ...options.env,
      ...(options.inactivitySeconds
        ? {
            WBCR_INACTIVITY_SECONDS: String(options.inactivitySeconds),
            WBCR_INACTIVITY_WARNING_SECONDS: "15",
            WBCR_DEMO_REGISTRATIONS: "0",
            // No autosave: the timeout test needs input that only the browser holds.
            WBCR_AUTOSAVE_SECONDS: "0",
          }
        : {}),
    },
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: systemChromium
          ? {
              executablePath: systemChromium,
              args: [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
              ],
            }
          : {},
      },
    },
  ],
  webServer: [
    // Every test signs in from the same address: limits far above what the suite does in a minute.
    appServer({
      port,
      dataDir: ".data/pglite-e2e",
      simulatorPort: port + 1000,
      // WBCR_TEST_MODULES: the test modules of tests/fixtures/modules beside the shipped ones.
      env: { WBCR_RATE_LIMIT_LOGIN: "1000", WBCR_RATE_LIMIT_SEARCH: "1000", WBCR_TEST_MODULES: "1" },
    }),
    // A second instance whose sessions end after 30 s of inactivity, for the timeout tests, with
    // low rate limits for rate-limits.spec.ts: it trusts X-Forwarded-For, so that spec counts
    // logins from made-up addresses and the timeout tests' own logins are never limited.
    appServer({
      port: shortSessionPort,
      dataDir: ".data/pglite-e2e-short",
      simulatorPort: shortSessionPort + 1000,
      inactivitySeconds: 30,
      env: { WBCR_RATE_LIMIT_LOGIN: String(rateLimitsOfShortServer.login), WBCR_RATE_LIMIT_SEARCH: String(rateLimitsOfShortServer.search), WBCR_TRUST_PROXY: "1" },
    }),
  ],
});
