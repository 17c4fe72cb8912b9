import { expect, test } from "@playwright/test";

test.use({ locale: "nl-BE" });

test("the home page renders in Dutch and switches to French, English and German, remembering the choice", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom bij WBCR");

  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bienvenue dans WBCR");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to WBCR");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to WBCR");
  await page.screenshot({ path: "test-results/home-en.png", fullPage: true });

  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen bei WBCR");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("button", { name: "Deutsch" })).toHaveAttribute("aria-pressed", "true");
});

test("a browser asking for German gets German before any choice", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-BE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen bei WBCR");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/shots/home-de-phone.png", fullPage: true });
  await context.close();
});

test("a browser asking for French gets French before any choice", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-BE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bienvenue dans WBCR");
  await context.close();
});

test("the language switch is usable with the keyboard", async ({ page }) => {
  await page.goto("/");
  const english = page.getByRole("button", { name: "English" });
  await english.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to WBCR");
});

test("GET /api/health reports the application and its database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "up", database: { kind: "pglite", ok: true } });
  expect(body.database.migrations).toBeGreaterThan(0);
});

test("security headers are sent", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});
