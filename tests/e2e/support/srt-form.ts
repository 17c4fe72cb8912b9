import { expect, type Locator, type Page } from "@playwright/test";
import { fieldDomId } from "@/components/registration/field-dom-id";

/** A link of the SRT module on the home page ("New registration"): the standard registration is listed before it (F-HOME-1). */
export function srtLink(page: Page, name: string | RegExp): Locator {
  return page.getByRole("list", { name: /\(SRT\)/ }).getByRole("link", { name });
}

/** Sets one form field by its data path, whatever control the form renders for it. */
export async function setField(page: Page, path: string, value: string | number | string[]): Promise<void> {
  const id = fieldDomId(path);
  const group = page.locator(`#${id}-group`);
  if ((await group.count()) > 0) {
    for (const v of Array.isArray(value) ? value : [value]) await group.locator(`input[value="${v}"]`).check();
    return;
  }
  const control = page.locator(`#${id}`);
  await expect(control).toBeVisible();
  const kind = await control.evaluate((element) => `${element.tagName}:${element.getAttribute("role") ?? ""}`);
  if (kind.startsWith("SELECT")) {
    await control.selectOption(String(value));
  } else if (kind.endsWith(":combobox")) {
    await control.fill(String(value));
    await expect(page.locator(`[role="option"]`).first()).toBeVisible();
    await control.press("Enter");
  } else {
    await control.fill(String(value));
  }
}

/** The value a form field holds now, whatever control the form renders for it (a radio group: its checked option). */
export async function fieldValue(page: Page, path: string): Promise<string> {
  const id = fieldDomId(path);
  const group = page.locator(`#${id}-group`);
  if ((await group.count()) > 0) {
    const checked = group.locator("input:checked");
    return (await checked.count()) > 0 ? ((await checked.first().getAttribute("value")) ?? "") : "";
  }
  return page.locator(`#${id}`).inputValue();
}

/** A complete primary-tumour SRT registration, as a user types it. */
export const primaryTumourEntries: [string, string | number | string[]][] = [
  ["indication", "PRIMARY_TUMOUR"],
  ["nomenclatureCode", "444636"],
  ["mdtDate", "2025-10-15"],
  ["whoPerformanceStatus", "1"],
  ["treatmentIntent", "CURATIVE"],
  ["previousRtSameRegion", "NO"],
  ["concurrentSystemicTherapy", ["NONE"]],
  ["clinicalTrial", "NO"],
  ["incidenceDate", "2025-09-20"],
  ["topography", "C34.1"],
  ["morphology", "8140/3"],
  ["laterality", "2"],
  ["basisOfDiagnosis", "7"],
  ["plans.0.startDate", "2025-11-04"],
  ["plans.0.endDate", "2025-11-12"],
  ["plans.0.platform", "LINAC"],
  ["plans.0.technique", "VMAT"],
  ["plans.0.imageGuidance", ["CBCT"]],
  ["plans.0.motionManagement", "ITV_4DCT"],
  ["plans.0.lesions.0.targetSite", "LUNG"],
  ["plans.0.lesions.0.laterality", "RIGHT"],
  ["plans.0.lesions.0.totalDoseGy", "54"],
  ["plans.0.lesions.0.fractions", "3"],
];

/** From the home page: a new SRT registration for the demo patient 85073003328; its form's path. */
export async function startDraft(page: Page): Promise<string> {
  await srtLink(page, "New registration").click();
  await page.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await expect(page.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Health insurance institution/ }).selectOption("100");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}
