/**
 * Issue 11 over real HTTP: the outside review's requests, replayed against the production
 * build the suite starts. Each test failed on main before the fix it names.
 */
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

test.use({ locale: "en-GB" });
test.setTimeout(120_000);

const coordinator = { insz: "70031366746", organisation: "AZ Demo Gent", functionLabel: /coordinator/i };
const specialist = { insz: "62071407283", organisation: "AZ Demo Gent" };

async function sessionCookie(page: Page): Promise<string> {
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  return `${session.name}=${session.value}`;
}

async function signedInApi(page: Page, playwright: { request: { newContext(options: { baseURL: string }): Promise<APIRequestContext> } }) {
  const origin = new URL(page.url()).origin;
  return { api: await playwright.request.newContext({ baseURL: origin }), cookie: await sessionCookie(page), origin };
}

/** Where a redirect sends the browser, resolved as the browser resolves it (WHATWG URL parsing). */
function target(response: APIResponse, origin: string): URL {
  const location = response.headers()["location"];
  expect(location, `${response.url()} redirects`).toBeTruthy();
  return new URL(location!, origin);
}

test("1, 7: every return target stays on this origin; control characters give no 500", async ({ page, playwright }) => {
  await signIn(page, specialist.insz, { organisation: specialist.organisation });
  const { api, cookie, origin } = await signedInApi(page, playwright);
  const variants = [
    "/%5Cevil.example",
    "/%5C/evil.example",
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0D%0ALocation:%20https://evil.example",
    "//evil.example",
    "/%2F/evil.example",
    "https://evil.example/",
    "http:evil.example",
    "%2F%2Fevil.example",
    "/\\/evil.example",
    "/ok%00",
  ];
  for (const page of ["/login", "/terms"]) {
    for (const value of variants) {
      const response = await api.get(`${page}?returnTo=${value}`, { headers: { Cookie: cookie }, maxRedirects: 0 });
      expect(response.status(), `${page} ${value}`).toBeGreaterThanOrEqual(300);
      expect(response.status(), `${page} ${value}`).toBeLessThan(400);
      const to = target(response, origin);
      expect(to.origin, `${page} ${value} → ${response.headers()["location"]}`).toBe(origin);
      expect(response.headers()["location"], `${page} ${value}`).not.toMatch(/[\\\t\r\n]|%5c|%09|%0a|%0d/i);
    }
  }
  // A path of ours is kept.
  const own = await api.get("/login?returnTo=%2Fmodules%2Fsrt%2Fregistrations%3Ftab%3Dsent", { headers: { Cookie: cookie }, maxRedirects: 0 });
  expect(target(own, origin).pathname + target(own, origin).search).toBe("/modules/srt/registrations?tab=sent");
  // Signed out, the login page answers (no 500) and hands only "/" to the sign-in button.
  for (const value of ["/%0A/evil.example", "/%5Cevil.example"]) {
    const response = await api.get(`/login?returnTo=${value}`, { headers: { Cookie: "" }, maxRedirects: 0 });
    expect(response.status()).toBe(200);
  }
  await api.dispose();
});

test("2: the session cookie is a browser-session cookie, also when /api/auth/session re-issues it", async ({ page, playwright }) => {
  await signIn(page, specialist.insz, { organisation: specialist.organisation });
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(session.expires, "no Expires at sign-in").toBe(-1);
  const { api, cookie } = await signedInApi(page, playwright);
  const response = await api.get("/api/auth/session", { headers: { Cookie: cookie } });
  expect(response.status()).toBe(200);
  const setCookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  const reissued = setCookies.filter((value) => value.includes("next-auth.session-token"));
  expect(reissued.length).toBeGreaterThan(0);
  for (const value of reissued) {
    expect(value).not.toMatch(/expires=/i);
    expect(value).not.toMatch(/max-age=/i);
    expect(value).toMatch(/httponly/i);
    expect(value).toMatch(/samesite=lax/i);
  }
  await api.dispose();
});

test("5, 8: exports start only from a POST with the confirmation; cross-site and forged-host requests are refused", async ({ page, playwright }) => {
  await signIn(page, coordinator.insz, coordinator);
  const { api, cookie, origin } = await signedInApi(page, playwright);
  // The review's link: a GET streams nothing any more.
  const byLink = await api.get("/modules/srt/download/file?kind=sent&confirm=1", { headers: { Cookie: cookie }, maxRedirects: 0 });
  expect(byLink.status()).toBe(405);
  expect(byLink.headers()["content-disposition"] ?? "").not.toContain("attachment");
  const post = (headers: Record<string, string>, form: Record<string, string> = { kind: "sent", confirm: "1" }) =>
    api.post("/modules/srt/download/file", { headers: { Cookie: cookie, ...headers }, form, maxRedirects: 0 });
  // A form on another site, with the browser's Fetch Metadata.
  expect((await post({ Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" })).status()).toBe(403);
  expect((await post({ Origin: origin, "Sec-Fetch-Site": "cross-site" })).status()).toBe(403);
  // The CSRF check no longer trusts X-Forwarded-Host, and compares scheme and port too.
  expect((await post({ Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" })).status()).toBe(403);
  expect((await post({ Origin: "https://evil.example", Host: "evil.example" })).status()).toBe(403);
  expect((await post({ Origin: origin.replace("http://", "https://") })).status()).toBe(403);
  expect((await post({ Origin: `http://${new URL(origin).hostname}:1` })).status()).toBe(403);
  // Without the confirmation: refused with the reason.
  expect((await post({ Origin: origin }, { kind: "sent" })).status()).toBe(400);
  // The page's own form, posted from our origin: the file.
  const file = await post({ Origin: origin, "Sec-Fetch-Site": "same-origin" });
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="wbcr-srt-sent-/);
  // Cross-site requests for the PDF and the data dictionary, even as a top-level GET.
  const print = await page.goto("/modules/srt/registrations?tab=sent").then(() => page.getByRole("link", { name: /^Print/, includeHidden: true }).first().getAttribute("href"));
  expect((await api.get(print!, { headers: { Cookie: cookie, "Sec-Fetch-Site": "cross-site" } })).status()).toBe(403);
  expect((await api.get(print!, { headers: { Cookie: cookie, "Sec-Fetch-Site": "same-origin" } })).status()).toBe(200);
  expect((await api.get("/modules/srt/data-dictionary", { headers: { Cookie: cookie, "Sec-Fetch-Site": "cross-site" } })).status()).toBe(403);
  await api.dispose();
});

test("6: every kind of response carries the policy: a nonce CSP without 'unsafe-inline' for scripts, COOP, CORP, Permissions-Policy", async ({ page, playwright }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, coordinator.insz, coordinator);
  const { api, cookie, origin } = await signedInApi(page, playwright);
  const checkHeaders = (what: string, response: APIResponse) => {
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc, what).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc, what).not.toContain("'unsafe-inline'");
    expect(csp, what).toContain("frame-ancestors 'none'");
    expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
    expect(headers["cross-origin-resource-policy"], what).toBe("same-origin");
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "fullscreen=()"]) {
      expect(headers["permissions-policy"], what).toContain(feature);
    }
    // Plain http on localhost: no HSTS (a browser ignores it there, and it would pin localhost).
    expect(headers["strict-transport-security"], what).toBeUndefined();
    return scriptSrc.match(/'nonce-([^']+)'/)![1]!;
  };

  const home = await api.get("/", { headers: { Cookie: cookie } });
  const nonce = checkHeaders("page", home);
  // Every script of the page carries this response's nonce; a second response has another one.
  const html = await home.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect(checkHeaders("page again", await api.get("/", { headers: { Cookie: cookie } }))).not.toBe(nonce);

  checkHeaders("login page", await api.get("/login"));
  checkHeaders("health", await api.get("/api/health"));
  checkHeaders("not found", await api.get("/registrations/not-a-uuid", { headers: { Cookie: cookie } }));
  checkHeaders("export", await api.post("/modules/srt/download/file", { headers: { Cookie: cookie, Origin: origin }, form: { kind: "sent", confirm: "1" } }));
  checkHeaders("data dictionary", await api.get("/modules/srt/data-dictionary", { headers: { Cookie: cookie } }));
  await page.goto("/modules/srt/registrations?tab=sent");
  const print = await page.getByRole("link", { name: /^Print/, includeHidden: true }).first().getAttribute("href");
  const pdf = await api.get(print!, { headers: { Cookie: cookie } });
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  checkHeaders("pdf", pdf);

  // A server action: the search form, posted by the hydrated page (so scripts ran under the nonce).
  const action = page.waitForResponse((response) => response.request().method() === "POST" && !!response.request().headers()["next-action"]);
  await page.getByLabel("INSZ, health insurance number or other identifier").fill("85073003328");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const actionResponse = await action;
  const actionHeaders = await actionResponse.allHeaders();
  expect(actionHeaders["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  expect(actionHeaders["cross-origin-opener-policy"]).toBe("same-origin");
  await expect(page).toHaveURL(/search=/);
  expect(violations).toEqual([]);
  await api.dispose();
});

test("7: malformed path ids are 404 and refused pages 403", async ({ page, playwright }) => {
  await signIn(page, specialist.insz, { organisation: specialist.organisation });
  const { api, cookie } = await signedInApi(page, playwright);
  for (const path of ["/registrations/not-a-uuid", "/registrations/not-a-uuid/summary", "/registrations/not-a-uuid/patient", "/registrations/not-a-uuid/pdf", "/registrations/1'%20OR%201=1/summary"]) {
    expect((await api.get(path, { headers: { Cookie: cookie }, maxRedirects: 0 })).status(), path).toBe(404);
  }
  for (const path of ["/audit", "/access-management"]) {
    const response = await api.get(path, { headers: { Cookie: cookie }, maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
    expect(await response.text(), path).toContain("denied-title");
  }
  await api.dispose();
});

test("3, 4: no patient identifier in any URL; the coordinator sees who looked the patient up", async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, specialist.insz, { organisation: specialist.organisation });
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  // New registration, patient identified: the notice's links carry a search id, not the INSZ.
  await page.goto("/modules/srt/new");
  await page.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await expect(page.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
  const links = page.getByRole("status").or(page.locator("main")).locator('a[href*="/modules/srt/registrations"]');
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href).not.toMatch(/insz=|85073003328|q=/);
  }
  // The search form posts; the lists carry only the search's id.
  await page.goto("/modules/srt/registrations?tab=sent");
  await page.getByLabel("INSZ, health insurance number or other identifier").fill("85.07.30-033.28");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/search=[0-9a-f-]{36}/);
  await expect(page.getByText("Registrations of the patient with identifier 85.07.30-033.28")).toBeVisible();
  for (const url of urls) expect(url, url).not.toMatch(/85073003328|85\.07\.30|insz=/);
  await page.close();

  const trail = await browser.newPage();
  await signIn(trail, coordinator.insz, coordinator);
  await trail.goto("/audit");
  const trailUrls: string[] = [];
  trail.on("request", (request) => trailUrls.push(request.url()));
  await trail.getByLabel("INSZ of the patient").fill("85073003328");
  await trail.getByRole("button", { name: "Show lookups" }).click();
  await expect(trail.getByText("Lookups and searches of the patient with INSZ 85.07.30-033.28")).toBeVisible();
  const table = trail.getByRole("table");
  await expect(table.getByRole("row").filter({ hasText: "Els Maes" }).first()).toBeVisible();
  for (const url of trailUrls) expect(url, url).not.toMatch(/85073003328|insz=/);
  await trail.close();
});
