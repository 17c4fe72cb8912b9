import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { setField } from "./support/srt-form";

test.use({ locale: "en-GB" });
test.setTimeout(120_000);

test("signed out in another tab, saving says the session ended, leads to the login and keeps the input", async ({ page }) => {
  await signIn(page, "62071407283", { organisation: "AZ Demo Gent" });
  await page.getByRole("link", { name: "New registration" }).click();
  await page.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await expect(page.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Health insurance institution/ }).selectOption("100");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  const formPath = new URL(page.url()).pathname;
  await setField(page, "mdtDate", "2025-10-01");

  // Another tab of the same browser signs out.
  const other = await page.context().newPage();
  await other.goto("/");
  await other.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(other).toHaveURL(/\/login/);
  await other.close();

  // Saving here now leads to the login, saying why, instead of "does not exist".
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/login\\?reason=ended&returnTo=${encodeURIComponent(formPath)}$`));
  await expect(page.locator("main").getByRole("alert")).toContainText("Your session has ended");
  await expect(page.getByText("does not exist")).toHaveCount(0);

  // Signing in again comes back to the form, with the input.
  await expect(async () => {
    await page.locator("main button").click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  if (page.url().includes("/interaction/")) {
    await page.check('input[name="method"][value="itsme"]');
    await page.locator('form[action$="/verify"] button[type="submit"]').click();
    await page.locator('form[action$="/verify"] button[type="submit"]').click();
    await page.check('input[name="sub"][value="62071407283"]');
    await page.locator('form:has(input[name="sub"]) button[type="submit"]').click();
  }
  await page.locator('form:has(input[name="membershipId"]) button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`${formPath}$`));
  await expect(page.locator("#field-mdtDate")).toHaveValue("2025-10-01");
});
