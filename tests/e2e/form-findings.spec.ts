import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { srtLink } from "./support/srt-form";

test.use({ locale: "en-GB" });
test.setTimeout(120_000);

test("the form shows the server's findings at the top and at the fields, follows the fixes, and refuses impossible dates", async ({ page }) => {
  await signIn(page, "63061906056", { organisation: "AZ Demo Gent" });
  await srtLink(page, "New registration").click();
  await page.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await expect(page.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Health insurance institution/ }).selectOption("100");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  const formUrl = page.url();

  // Focus moved to the new page and said so; nothing is flagged before the user asked.
  await expect(page.locator("main h1")).toBeFocused();
  await expect(page.getByTestId("page-announcement")).toContainText("Stereotactic radiotherapy");
  await expect(page.locator("[data-page-focus]")).toHaveCount(0);

  // An impossible date is refused at the field, in words.
  const mdt = page.locator("#field-mdtDate");
  await mdt.fill("31-02-2026");
  await mdt.press("Tab");
  await expect(page.locator("#field-mdtDate-error")).toHaveText(/This date does not exist/);
  await expect(mdt).toHaveAttribute("aria-invalid", "true");
  await mdt.fill("15/10/2026");
  await mdt.press("Tab");
  await expect(mdt).toHaveValue("15-10-2026");
  await expect(page.locator("#field-mdtDate-error")).toHaveCount(0);

  // "Next" (Ctrl+Enter) checks on the server; the summary's link to a field lands on the form with
  // the same numbered findings at the top, the field red and its message beside it.
  await page.keyboard.press("Control+Enter");
  await expect(page).toHaveURL(/\/summary$/);
  await page.getByRole("link", { name: /Treatment intent/ }).first().click();
  await expect(page).toHaveURL(/#field-treatmentIntent$/);
  const summary = page.locator("[data-page-focus]");
  await expect(summary).toContainText(/Errors \(\d+\)/);
  await expect(summary.getByRole("link", { name: /Treatment intent/ })).toBeVisible();
  await expect(page.locator("#field-treatmentIntent-group")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-treatmentIntent-issues")).toContainText("SRT-E01");
  await expect(page.locator("#field-treatmentIntent")).toBeFocused();
  await page.screenshot({ path: "test-results/shots/form-with-findings.png", fullPage: true });

  // Fixing the field drops its finding at the top and at the field, without saving or reloading.
  await page.locator("#field-treatmentIntent-group").getByLabel("Curative").check();
  await expect(summary.getByRole("link", { name: /Treatment intent/ })).toHaveCount(0);
  await expect(page.locator("#field-treatmentIntent-issues")).toHaveCount(0);
  await expect(page.locator("#field-treatmentIntent-group")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(new RegExp(`^${formUrl}`));

  // Desktop and phone widths: the section index beside or after the form, no sideways scrolling.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: "test-results/shots/form-1366.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/shots/form-390.png", fullPage: true });
});
