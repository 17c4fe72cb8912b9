/**
 * Rate limits over real HTTP, on the second e2e server (low limits, X-Forwarded-For trusted as
 * behind a proxy, see playwright.config.ts): logins per client address answer 429 with when to
 * retry, the login page says it in the user's language; patient searches per person show a
 * message instead of results.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { rateLimitsOfShortServer, shortSessionPort } from "../../playwright.config";
import { signIn } from "./support/sign-in";

const baseURL = `http://localhost:${shortSessionPort}`;
test.use({ locale: "en-GB", baseURL });
test.setTimeout(120_000);

/** Counters are per minute: start a burst early in a minute so it never straddles two windows. */
async function atStartOfAMinute(): Promise<void> {
  const second = new Date().getSeconds();
  if (second > 40) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}

/** A made-up client address per run, so reruns within a minute do not share a counter. */
const madeUpAddress = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

async function startLogin(api: APIRequestContext, address: string) {
  return api.post("/api/auth/signin/ehealth", { headers: { "X-Forwarded-For": address }, form: { json: "true" }, maxRedirects: 0 });
}

test("logins beyond the limit per address get 429 with Retry-After; other addresses are not affected", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL });
  await atStartOfAMinute();
  const address = madeUpAddress();
  for (let n = 0; n < rateLimitsOfShortServer.login; n++) expect((await startLogin(api, address)).status()).not.toBe(429);

  const limited = await startLogin(api, address);
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await limited.json()).toEqual({ url: `/login?limited=${retryAfter}` });

  // eHealth's callback counts too, and shows a page in the user's language.
  const callback = await api.get("/api/auth/callback/ehealth?code=x&state=y", { headers: { "X-Forwarded-For": address, "Accept-Language": "fr-BE" }, maxRedirects: 0 });
  expect(callback.status()).toBe(429);
  expect(callback.headers()["content-type"]).toContain("text/html");
  expect(await callback.text()).toContain("Trop de tentatives de connexion");

  // Another address, and what is not a login attempt, go on as usual.
  expect((await startLogin(api, `198.51.100.${Math.floor(Math.random() * 250) + 1}`)).status()).not.toBe(429);
  expect((await api.get("/api/auth/csrf", { headers: { "X-Forwarded-For": address } })).status()).toBe(200);
  await api.dispose();
});

test("the sign-in button, once the address is limited, shows when to retry", async ({ browser, playwright }) => {
  const api = await playwright.request.newContext({ baseURL });
  await atStartOfAMinute();
  const address = madeUpAddress();
  for (let n = 0; n < rateLimitsOfShortServer.login; n++) await startLogin(api, address);
  await api.dispose();

  const context = await browser.newContext({ locale: "nl-BE", extraHTTPHeaders: { "X-Forwarded-For": address } });
  const page = await context.newPage();
  await page.goto("/login");
  // The button needs hydrated JavaScript; click until the answer arrives.
  await expect(async () => {
    await page.locator("main button").click();
    await page.waitForURL(/\/login\?limited=\d+/, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("alert").filter({ hasText: /te vaak geprobeerd aan te melden\. Probeer opnieuw over \d+ seconden?/ })).toBeVisible();
  await context.close();
});

test("patient searches beyond the limit per person show a message instead of results", async ({ page }) => {
  await signIn(page, "63061906056", { organisation: "AZ Demo Gent" });
  await atStartOfAMinute();
  // Posted once (the identifier stays on the server), then the list of that search reloaded.
  await page.goto("/modules/srt/registrations?tab=sent");
  await page.getByLabel("INSZ, health insurance number or other identifier").fill("85073003328");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/search=/);
  const search = page.url();
  for (let n = 0; n < rateLimitsOfShortServer.search; n++) {
    if (n > 0) await page.goto(search);
    await expect(page.getByText("Registrations of the patient with identifier 85073003328")).toBeVisible();
    await expect(page.getByText(/You searched too often/)).toHaveCount(0);
  }
  await page.goto(search);
  await expect(page.getByRole("alert").filter({ hasText: /You searched too often in the last minute\. Try again in \d+ seconds?\./ })).toBeVisible();
  await expect(page.getByText("Registrations of the patient with identifier 85073003328")).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);
  // The lists without a patient query are no search and stay available.
  await page.goto("/modules/srt/registrations?tab=saved");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/You searched too often/)).toHaveCount(0);
});
