import { expect, test } from "@playwright/test";
import { signIn, signInAgain } from "./support/sign-in";
import { setField, startDraft } from "./support/srt-form";

test.use({ locale: "en-GB" });
test.setTimeout(120_000);

test("signed out in another tab, saving says the session ended, leads to the login and keeps the input", async ({ page }) => {
  await signIn(page, "62071407283", { organisation: "AZ Demo Gent" });
  const formPath = await startDraft(page);
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
  await signInAgain(page, "62071407283");
  await expect(page).toHaveURL(new RegExp(`${formPath}$`));
  // The date control shows the kept ISO value day first.
  await expect(page.locator("#field-mdtDate")).toHaveValue("01-10-2025");
});
