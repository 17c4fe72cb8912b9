/**
 * Stored XSS in the browser: hostile text typed into the patient's names, address and comment
 * and into every free-text field of the SRT form (derived from the declaration) is shown back
 * literally on the form, the summary and the Saved list, and never runs: no script, no dialog,
 * no injected element. PDF and CSV/TXT are checked by tests/integration/hostile-text.test.ts.
 */
import { expect, test, type Page } from "@playwright/test";
import { fieldDomId } from "@/components/registration/field-dom-id";
import { getModule } from "@/lib/modules/registry";
import { fit, freeTextFields, xssMarker, xssPayloads } from "../support/hostile-text";
import { signIn } from "./support/sign-in";
import { setField, srtLink } from "./support/srt-form";

test.use({ locale: "en-GB" });
test.setTimeout(180_000);

const moduleTexts = freeTextFields(getModule("srt")!);
const payloadList = Object.values(xssPayloads);
/** Each module field gets another payload, so each shows up on the pages on its own. */
const moduleValue = (index: number, maxLength: number | undefined) => fit(payloadList[index % payloadList.length]!, maxLength);

const patient = {
  lastName: xssPayloads.scriptTag,
  firstName: fit(xssPayloads.attributeBreakout, 100),
  postalCode: fit(xssPayloads.template, 12),
  town: fit(xssPayloads.javascriptUrl, 100),
  comment: `Patient without INSZ residing in Belgium ${xssPayloads.rightToLeftOverride}`,
};

/** Whatever the page, nothing of the payloads ran or became markup. */
async function expectNothingRan(page: Page, dialogs: string[], where: string): Promise<void> {
  expect(await page.evaluate((marker) => (window as unknown as Record<string, unknown>)[marker], xssMarker), `${where}: script ran`).toBeUndefined();
  expect(dialogs, `${where}: dialogs`).toEqual([]);
  expect(await page.locator('img[src="x"], [onerror], a[href^="javascript:"]').count(), `${where}: injected elements`).toBe(0);
}

test("hostile text in every free-text field is shown literally and never runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, "63061906056", { organisation: "AZ Demo Gent" });

  // The patient typed by hand (no INSZ), names and address hostile.
  await srtLink(page, "New registration").click();
  await page.getByRole("radio", { name: /Without INSZ\/NISS, domiciled in Belgium/ }).check();
  await page.getByRole("combobox", { name: /Health insurance institution/ }).selectOption("100");
  await page.getByRole("textbox", { name: /Health insurance number/ }).fill("123-4567890-12");
  for (const [field, label] of [["lastName", /Last name/], ["firstName", /First name/], ["postalCode", /Postal code/], ["town", /Town/], ["comment", /Comment/]] as const) {
    await page.getByRole("textbox", { name: label }).fill(patient[field]);
  }
  await page.getByRole("textbox", { name: /Date of birth/ }).fill("1960-05-01");
  await page.getByRole("radio", { name: "Male", exact: true }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  const formUrl = page.url();

  // Every free-text field of the declaration, after the choices that make them visible.
  await setField(page, "indication", "PRIMARY_TUMOUR");
  await setField(page, "clinicalTrial", "YES");
  const typed: { path: string; value: string }[] = [];
  for (const [index, { path, field }] of moduleTexts.entries()) {
    const control = page.locator(`#${fieldDomId(path)}`);
    await expect(control, `${path} is on the form`).toBeVisible();
    if (!(await control.isEditable())) continue; // filled by the application (E3 "corrected version of")
    const value = moduleValue(index, field.maxLength);
    await control.fill(value);
    typed.push({ path, value });
  }
  expect(typed.length).toBeGreaterThanOrEqual(moduleTexts.length - 1);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
  await expectNothingRan(page, dialogs, "form after saving");

  // The form, loaded anew from the server: every value as typed.
  await page.goto(formUrl);
  for (const { path, value } of typed) await expect(page.locator(`#${fieldDomId(path)}`), path).toHaveValue(value);
  await expectNothingRan(page, dialogs, "form");

  // The summary shows every value as text.
  await page.goto(`${formUrl}/summary`);
  const main = page.locator("main");
  for (const { path, value } of typed) await expect(main.getByText(value, { exact: false }).first(), path).toBeVisible();
  // The summary names the patient (the address is on the patient page).
  for (const value of [patient.lastName, patient.firstName]) await expect(main.getByText(value, { exact: false }).first()).toBeVisible();
  await expectNothingRan(page, dialogs, "summary");

  // The patient page shows every value as typed, the Saved list the names as text.
  await page.goto(`${formUrl}/patient`);
  for (const [field, label] of [["lastName", /Last name/], ["firstName", /First name/], ["postalCode", /Postal code/], ["town", /Town/], ["comment", /Comment/]] as const) {
    await expect(page.getByRole("textbox", { name: label })).toHaveValue(patient[field]);
  }
  await expectNothingRan(page, dialogs, "patient page");
  await page.goto("/modules/srt/registrations?tab=saved");
  await expect(page.getByRole("table").getByText(patient.lastName, { exact: false }).first()).toBeVisible();
  await expectNothingRan(page, dialogs, "Saved list");
});
