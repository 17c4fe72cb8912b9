import { expect, test } from "@playwright/test";
import { signIn, signInAtEhealth } from "./support/sign-in";

test.use({ locale: "en-GB" });

const cases = [
  { who: "a specialist", insz: "67021843558", method: "eid" as const, organisation: "CHU Démo Liège", fn: /Specialist/, user: "Philippe Lambert" },
  { who: "a coordinator", insz: "77031043035", method: "itsme" as const, organisation: "CHU Démo Liège", fn: /coordinator/i, user: "Isabelle Dubois" },
  { who: "an access manager", insz: "67112159763", method: "token" as const, organisation: "CHU Démo Liège", fn: /Access manager/, user: "Luc Simon" },
  { who: "registry staff", insz: "74061025571", method: "itsme" as const, organisation: "Belgian Cancer Registry", fn: /Registry staff/, user: "Hilde Verstraete" },
];

for (const c of cases) {
  test(`${c.who} signs in through eHealth, accepts the terms, chooses hospital and profile`, async ({ page }) => {
    await signIn(page, c.insz, { method: c.method, organisation: c.organisation, functionLabel: c.fn });
    const userMenu = page.getByRole("navigation", { name: "User" });
    await expect(userMenu).toContainText(c.user);
    await expect(userMenu).toContainText(c.organisation);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to WBCR");
  });
}

test("a person with two profiles chooses one, and can switch without signing out", async ({ page }) => {
  await signIn(page, "70031366746", { organisation: "AZ Demo Gent", functionLabel: /coordinator/i });
  const userMenu = page.getByRole("navigation", { name: "User" });
  await expect(userMenu).toContainText("Oncology coordinator");
  await userMenu.getByRole("link", { name: "Switch hospital or profile" }).click();
  await page.locator("label:has(input[name=membershipId])").filter({ hasText: "Specialist" }).locator("input").check();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(userMenu).toContainText("Specialist");
});

test("administrative staff choose the physician they register for and can switch", async ({ page }) => {
  await signIn(page, "90011960048", { physician: "Jan Peeters" });
  const userMenu = page.getByRole("navigation", { name: "User" });
  await expect(userMenu).toContainText("For Jan Peeters");
  // With exactly the rights of that physician: the Saved tab lists Dr Peeters's drafts only.
  await page.goto("/modules/srt/registrations?tab=saved");
  const drafts = page.getByRole("table", { name: /Saved registrations/ }).locator("tbody tr");
  expect(await drafts.count()).toBeGreaterThan(0);
  for (const text of await drafts.allInnerTexts()) expect(text).toContain("Jan Peeters");
  await userMenu.getByRole("link", { name: "Switch physician" }).click();
  await page.locator("label").filter({ hasText: "An Claes" }).locator("input").check();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(userMenu).toContainText("For An Claes");
  await page.goto("/modules/srt/registrations?tab=saved");
  for (const text of await drafts.allInnerTexts()) expect(text).toContain("An Claes");
});

test("a person unknown to WBCR is refused with a clear page", async ({ page }) => {
  await signInAtEhealth(page, "85073003427");
  await expect(page).toHaveURL(/\/access\/refused/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access refused");
  await expect(page.locator("main").getByRole("alert")).toContainText("not known in WBCR");
});

test("the terms are asked once: a second login goes straight on", async ({ page, context }) => {
  await signIn(page, "61100497166", { organisation: "CHU Démo Liège" });
  await context.clearCookies();
  await signInAtEhealth(page, "61100497166");
  // No terms again, and with one hospital and profile no choice either: straight to the home page.
  await expect(page.locator("#modules-heading")).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === "/");
});

test("sign out ends the session here and at eHealth", async ({ page }) => {
  await signIn(page, "65021958530", { organisation: "UZ Demo Brussel" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await expect(page.locator("main").getByRole("status")).toHaveText("You are signed out.");
  await page.goto("/session/organisation");
  await expect(page).toHaveURL(/\/login/);
  // eHealth forgot us too: signing in again asks for the method again.
  await page.locator("main button").click();
  await expect(page.locator('input[name="method"]').first()).toBeVisible();
});

test("pages of the application send anonymous visitors to the login page", async ({ page }) => {
  for (const path of ["/session/organisation", "/session/physician", "/terms"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
  }
});
