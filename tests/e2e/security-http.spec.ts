/**
 * Server actions and route handlers over real HTTP: a missing, forged or ended session, or a
 * session of another hospital, is refused and changes nothing. The checks live in the handlers
 * themselves, not in a proxy.
 */
import { expect, test, type APIRequestContext, type Browser, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { fieldValue, setField, startDraft } from "./support/srt-form";

test.use({ locale: "en-GB" });
test.setTimeout(120_000);

interface CapturedAction {
  url: string;
  actionId: string;
  routerState: string | undefined;
}

async function newDraft(page: Page): Promise<string> {
  return (await startDraft(page)).split("/").pop()!;
}

/** Saves through the UI once, recording the server action's id to replay it by hand. */
async function captureSave(page: Page): Promise<CapturedAction> {
  const request = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await setField(page, "indication", "PRIMARY_TUMOUR");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const captured = await request;
  await expect(page.getByText(/Saved at/)).toBeVisible();
  return { url: captured.url(), actionId: captured.headers()["next-action"]!, routerState: captured.headers()["next-router-state-tree"] };
}

/** Where the replayed request claims to come from; by default our own origin, as a browser sends it. */
type Provenance = { origin?: string; referer?: string } | "own";

function replayAction(request: APIRequestContext, action: CapturedAction, cookie: string, args: unknown[], from: Provenance = "own") {
  const provenance = from === "own" ? { origin: new URL(action.url).origin } : from;
  return request.post(action.url, {
    headers: {
      "Next-Action": action.actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      ...(provenance.origin ? { Origin: provenance.origin } : {}),
      ...(provenance.referer ? { Referer: provenance.referer } : {}),
      Cookie: cookie,
      ...(action.routerState ? { "Next-Router-State-Tree": action.routerState } : {}),
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

async function replaySave(request: APIRequestContext, action: CapturedAction, cookie: string, id: string, version: number, indication = "AVM", from: Provenance = "own") {
  return replayAction(request, action, cookie, [{ id, version, formData: { indication } }], from);
}

async function indicationShown(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return fieldValue(page, "indication");
}

/** The Gent specialist with a new draft, the save action captured, and an HTTP client to replay it. */
async function ownerWithDraft(browser: Browser, playwright: PlaywrightWorkerArgs["playwright"]) {
  const owner = await browser.newPage();
  await signIn(owner, "62071407283", { organisation: "AZ Demo Gent" });
  const id = await newDraft(owner);
  const save = await captureSave(owner);
  const session = (await owner.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  const origin = new URL(save.url).origin;
  const api = await playwright.request.newContext({ baseURL: origin });
  return { owner, id, save, formPath: `/registrations/${id}`, session, cookie: `${session.name}=${session.value}`, origin, api };
}

test("server actions and route handlers refuse missing, forged, ended and foreign sessions, changing nothing", async ({ browser, playwright }) => {
  const { owner, id, save: action, formPath, session, api } = await ownerWithDraft(browser, playwright);
  const versions = [1, 2, 3, 4];
  const attempts: Record<string, string> = {
    missing: "",
    forged: `${session.name}=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged`,
    tampered: `${session.name}=${session.value.slice(0, -8)}AAAAAAAA`,
  };
  // Another hospital's specialist, signed in for real.
  const foreign = await browser.newPage();
  await signIn(foreign, "67021843558", { organisation: "CHU Démo Liège" });
  const foreignCookie = (await foreign.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  attempts.otherHospital = `${foreignCookie.name}=${foreignCookie.value}`;

  for (const [label, cookie] of Object.entries(attempts)) {
    for (const version of versions) {
      const response = await replaySave(api, action, cookie, id, version);
      expect(response.status(), label).toBeLessThan(500);
    }
    const pdf = await api.get(`${formPath}/pdf`, { headers: { Cookie: cookie } });
    expect(pdf.status(), `${label} pdf`).toBe(404);
    expect(pdf.headers()["content-type"] ?? "").not.toContain("application/pdf");
  }
  expect(await indicationShown(owner, formPath), "no replay changed the draft").toBe("PRIMARY_TUMOUR");

  // The owner's own cookie does work through the same replay (the test is real)…
  const ownCookie = `${session.name}=${session.value}`;
  const accepted = await replaySave(api, action, ownCookie, id, 2);
  expect(accepted.status()).toBe(200);
  expect(await indicationShown(owner, formPath)).toBe("AVM");

  // …until the session ends: after signing out, the same cookie is refused.
  await owner.getByRole("button", { name: "Sign out" }).click();
  await expect(owner).toHaveURL(/\/login/);
  for (const version of versions) await replaySave(api, action, ownCookie, id, version, "BRAIN_BENIGN");
  const pdfAfterSignOut = await api.get(`${formPath}/pdf`, { headers: { Cookie: ownCookie } });
  expect(pdfAfterSignOut.status()).toBe(404);
  const again = await browser.newPage();
  await signIn(again, "62071407283", { organisation: "AZ Demo Gent" });
  expect(await indicationShown(again, formPath)).toBe("AVM");
  await api.dispose();
});

test("a state-changing request from another site is refused even with a live session; from our own origin it works", async ({ browser, playwright }) => {
  const { owner, id, save, formPath, cookie, origin, api } = await ownerWithDraft(browser, playwright);

  // The save action, replayed with the owner's valid cookie, as a foreign page would send it.
  const foreign: Provenance[] = [
    { origin: "https://evil.example" },
    { origin: "null" },
    { referer: "https://evil.example/form.html" },
    { origin: "https://evil.example", referer: `${origin}/` },
  ];
  for (const from of foreign) {
    const response = await replaySave(api, save, cookie, id, 2, "AVM", from);
    expect(response.status(), JSON.stringify(from)).toBe(403);
  }
  expect(await indicationShown(owner, formPath), "no cross-site replay changed the draft").toBe("PRIMARY_TUMOUR");

  // Control: the same replay from our own origin (or our own page as Referer) does save.
  expect((await replaySave(api, save, cookie, id, 2, "AVM")).status()).toBe(200);
  expect(await indicationShown(owner, formPath)).toBe("AVM");
  expect((await replaySave(api, save, cookie, id, 3, "BRAIN_BENIGN", { referer: `${origin}${formPath}` })).status()).toBe(200);
  expect(await indicationShown(owner, formPath)).toBe("BRAIN_BENIGN");

  // Signing out is a state change too: the sign-out action, captured without letting it run…
  let signOut: CapturedAction | undefined;
  await owner.route("**/*", async (route) => {
    const action = route.request().headers()["next-action"];
    if (route.request().method() === "POST" && action) {
      signOut = { url: route.request().url(), actionId: action, routerState: route.request().headers()["next-router-state-tree"] };
      await route.abort();
    } else await route.continue();
  });
  await owner.getByRole("button", { name: "Sign out" }).click();
  await expect.poll(() => signOut).toBeDefined();
  await owner.unrouteAll({ behavior: "ignoreErrors" });
  // …is refused from another site, and so is next-auth's own sign-out route: the session lives on.
  expect((await replayAction(api, signOut!, cookie, [], { origin: "https://evil.example" })).status()).toBe(403);
  const nextAuthSignOut = await api.post("/api/auth/signout", {
    headers: { Origin: "https://evil.example", Cookie: cookie },
    form: { csrfToken: "x", callbackUrl: "https://evil.example/" },
    maxRedirects: 0,
  });
  expect(nextAuthSignOut.status()).toBe(403);
  expect((await api.get(`${formPath}/pdf`, { headers: { Cookie: cookie } })).status(), "still signed in").toBe(200);

  // From our own origin it ends the session (control).
  const signedOut = await replayAction(api, signOut!, cookie, []);
  expect(signedOut.status()).toBeLessThan(400);
  expect((await api.get(`${formPath}/pdf`, { headers: { Cookie: cookie } })).status(), "signed out").toBe(404);
  await api.dispose();
});

test("over-long and malformed requests get a 4xx or a translated message and change nothing", async ({ browser, playwright }) => {
  const { owner, id, save, formPath, cookie, api, origin } = await ownerWithDraft(browser, playwright);

  // A server action body above next.config's bodySizeLimit (1 MB) is refused before it runs.
  const oversized = await replayAction(api, save, cookie, [{ id, version: 2, formData: { indication: "AVM", comments: "x".repeat(2_000_000) } }]);
  expect(oversized.status()).toBe(413);
  // Within the limit but beyond the schema: refused by the command, the draft as it was.
  const tooLong = await replayAction(api, save, cookie, [{ id, version: 2, formData: { indication: "AVM", comments: "x".repeat(100_000) } }]);
  expect(tooLong.status()).toBe(200);
  expect(await tooLong.text()).toContain('"code":"invalid"');
  expect(await indicationShown(owner, formPath)).toBe("PRIMARY_TUMOUR");

  // Query parameters of route handlers and pages.
  const long = "9".repeat(10_000);
  const get = (path: string) => api.get(path, { headers: { Cookie: cookie }, maxRedirects: 0 });
  expect((await get(`/registrations/${long}/pdf`)).status()).toBe(404);
  expect((await get(`/registrations/${encodeURIComponent('"><script>')}/pdf`)).status()).toBe(404);
  const download = await api.post("/modules/srt/download/file", {
    headers: { Cookie: cookie, Origin: origin },
    form: { kind: long, format: "xls", from: "2025-02-30", confirmed: "1" },
    maxRedirects: 0,
  });
  expect(download.status()).toBe(400);
  expect(download.headers()["content-disposition"] ?? "").not.toContain("attachment");
  expect((await get(`/modules/srt/data-dictionary?format=${long}`)).status()).toBeLessThan(500);
  expect((await get(`/modules/srt/registrations?q=${"9".repeat(100_000)}`)).status(), "URL over the header limit").toBe(431);
  // The search page says in words what is wrong with a search id it cannot use.
  await owner.goto(`/modules/srt/registrations?tab=saved&search=${long}`);
  await expect(owner.getByText(/This search has expired/)).toBeVisible();
  await owner.goto(`/modules/srt/registrations?tab=saved&after=${encodeURIComponent("{{7*7}}")}&tab=${long}`);
  await expect(owner.getByRole("heading", { level: 1 })).toBeVisible();
  await api.dispose();
});
