import { expect, type Page } from "@playwright/test";

export interface SignInOptions {
  method?: "eid" | "itsme" | "token";
  /** Organisation name and function label as the choice page shows them (any language). */
  organisation?: string;
  functionLabel?: RegExp;
  /** Administrative staff: the physician to register for. */
  physician?: string;
  /** Called on every page of the way once it shows, with its name (accessibility.spec.ts). */
  onPage?: (step: string) => Promise<void>;
}

/** Goes through the eHealth simulator's pages, selecting by form values so any language works. */
export async function signInAtEhealth(
  page: Page,
  insz: string,
  method: SignInOptions["method"] = "itsme",
  onPage: SignInOptions["onPage"] = async () => {},
): Promise<void> {
  await page.goto("/login");
  await onPage("login");
  // The button needs hydrated JavaScript; a click before that does nothing, so click until we leave.
  await expect(async () => {
    // A slow first navigation may land after the 3 s: then the simulator's page is there already.
    if (!/\/interaction\//.test(page.url())) await page.locator("main button").click();
    await page.waitForURL(/\/interaction\//, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await onPage("eHealth: method");
  await page.check(`input[name="method"][value="${method}"]`);
  await page.locator('form[action$="/verify"] button[type="submit"]').click();
  await expect(page.locator('form[method="post"][action$="/verify"]')).toBeVisible();
  await onPage(`eHealth: ${method}`);
  if (method === "eid") await page.fill('input[name="pin"]', "1234");
  if (method === "token") await page.fill('input[name="token"]', "424242");
  await page.locator('form[action$="/verify"] button[type="submit"]').click();
  await expect(page.locator(`input[name="sub"][value="${insz}"]`)).toBeVisible();
  await onPage("eHealth: person");
  await page.check(`input[name="sub"][value="${insz}"]`);
  await page.locator('form:has(input[name="sub"]) button[type="submit"]').click();
}

/** Full login: eHealth, terms (when asked), organisation and profile, physician (when asked). */
export async function signIn(page: Page, insz: string, options: SignInOptions = {}): Promise<void> {
  await signInAtEhealth(page, insz, options.method, options.onPage);
  const terms = page.locator('form:has(input[name="version"])');
  const organisation = page.locator('form:has(input[name="membershipId"])');
  const physician = page.locator('form:has(input[name="physicianMembershipId"])');
  const home = page.locator("#modules-heading");
  // Each step is a page of its own; act on whichever shows until the home page does.
  for (let step = 0; step < 4; step++) {
    await expect(terms.or(organisation).or(physician).or(home)).toBeVisible();
    if (await home.isVisible()) return;
    const before = page.url();
    if (await terms.isVisible()) {
      await options.onPage?.("terms");
      await terms.locator('button[type="submit"]').click();
    } else if (await organisation.isVisible()) {
      await options.onPage?.("organisation and profile");
      let choice = organisation.locator("label");
      if (options.organisation) choice = choice.filter({ hasText: options.organisation });
      if (options.functionLabel) choice = choice.filter({ hasText: options.functionLabel });
      await choice.first().locator("input").check();
      await organisation.locator('button[type="submit"]').click();
    } else {
      await options.onPage?.("physician");
      await physician.locator("label").filter({ hasText: options.physician ?? "" }).first().locator("input").check();
      await physician.locator('button[type="submit"]').click();
    }
    await expect(page).not.toHaveURL(before);
  }
  await expect(home).toBeVisible();
}

/**
 * From the login page the app sent the user to (session expired or ended), signs in again and
 * lands where it left off (a user with one hospital and profile has no choice to make); eHealth may
 * still know the user (single sign-on) and not ask again.
 */
export async function signInAgain(page: Page, insz: string): Promise<void> {
  await expect(async () => {
    await page.locator("main button").click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  if (page.url().includes("/interaction/")) {
    await page.check('input[name="method"][value="itsme"]');
    await page.locator('form[action$="/verify"] button[type="submit"]').click();
    await page.locator('form[action$="/verify"] button[type="submit"]').click();
    await page.check(`input[name="sub"][value="${insz}"]`);
    await page.locator('form:has(input[name="sub"]) button[type="submit"]').click();
  }
  // A user with one hospital and profile gets no choice page (the session starts with it).
}
