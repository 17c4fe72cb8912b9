import { expect, test } from "@playwright/test";
import { shortSessionPort } from "../../playwright.config";
import { signIn, signInAgain } from "./support/sign-in";
import { setField, startDraft } from "./support/srt-form";

// This server ends sessions after 30 s without a request and warns 15 s before.
test.use({ locale: "en-GB", baseURL: `http://localhost:${shortSessionPort}` });
test.setTimeout(150_000);

test("an expired session sends the user to login, and their unsaved form input is still there afterwards", async ({ page }) => {
  await signIn(page, "62071407283", { organisation: "AZ Demo Gent" });
  const formPath = await startDraft(page);

  // Typed, never saved.
  await setField(page, "indication", "OLIGOMETASTASES");
  await setField(page, "mdtDate", "2025-10-01");

  // The warning comes before the end, then the server-side timeout sends the browser to login.
  await expect(page.getByRole("alertdialog")).toContainText("You will be signed out soon", { timeout: 45_000 });
  await expect(page).toHaveURL(/\/login\?reason=expired/, { timeout: 45_000 });
  await expect(page.locator("main").getByRole("alert")).toContainText("Your session expired");

  // The old session is gone on the server: a direct request is refused.
  const response = await page.request.get(`${formPath}/pdf`);
  expect(response.status()).toBe(404);

  // Signing in again continues on the same form, with the input restored.
  // eHealth still knows the user (single sign-on), so it may not ask again.
  await signInAgain(page, "62071407283");
  // One hospital and profile: nothing to choose, the login goes straight back to the form.
  await expect(page).toHaveURL(new RegExp(`${formPath}$`));
  await expect(page.getByText(/restored/i).first()).toBeVisible();
  // The date control shows the stored ISO value day first.
  await expect(page.locator("#field-mdtDate")).toHaveValue("01-10-2025");
});

test("'stay signed in' keeps the session", async ({ page }) => {
  await signIn(page, "61022754933", { organisation: "AZ Demo Gent" });
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible({ timeout: 45_000 });
  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(20_000);
  await page.reload();
  await expect(page.locator("#modules-heading")).toBeVisible();
});
