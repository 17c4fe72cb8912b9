/**
 * Small helpers that fill and send a standard registration (Annex 55) through the browser, in
 * Dutch, for the project-participation spec: adapt these entries, not the spec, when its fields change.
 */
import { expect, type Page } from "@playwright/test";
import { fieldDomId } from "@/components/registration/field-dom-id";
import { choosePhysician, listedPhysicians } from "./standard-flow";
import { setField } from "./srt-form";

export const DEMO_PATIENT = "85073003328";

/** ISO day `days` from today (negative: before). */
export function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface StandardDates {
  incidenceDate: string;
  mocDate: string;
  radiotherapyStart: string;
}

/** A lung cancer treated by external radiotherapy (code 20), discussed at a MOC: it activates SRT. */
export function radiotherapyEntries(dates: StandardDates): [string, string | string[]][] {
  return [
    ["incidenceDate", dates.incidenceDate],
    ["basisOfDiagnosis", "2"],
    ["whoPerformanceStatus", "1"],
    ["topography", "C34.1"],
    ["laterality", "2"],
    ["morphology", "8140/3"],
    ["grade", "2"],
    ["cT", "T2a"],
    ["cN", "N0"],
    ["cM", "M0"],
    ["clinicalTrial", "NO"],
    ["treatments.0.code", "20"],
    ["treatments.0.campus", "710"],
    ["treatments.0.startDate", dates.radiotherapyStart],
    ["mocReasons", ["NEW_DIAGNOSIS"]],
    ["mocDate", dates.mocDate],
  ];
}

/** From the patient page of a new registration of `moduleId` to its form, for the demo patient. */
export async function startRegistration(page: Page, moduleId: string): Promise<void> {
  await page.goto(`/modules/${moduleId}/new`);
  await page.getByRole("textbox", { name: /INSZ/ }).fill(DEMO_PATIENT);
  await expect(page.getByRole("textbox", { name: /Familienaam/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Verzekeringsinstelling/ }).selectOption("100");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/, { timeout: 30_000 });
}

/** From a filled form: "Next", every warning confirmed, "Send"; returns the reference. */
export async function checkAndSend(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Volgende" }).first().click();
  await expect(page).toHaveURL(/\/summary/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Samenvatting" })).toBeVisible();
  const comments = page.getByRole("textbox", { name: /Commentaar ter bevestiging van waarschuwing/ });
  for (let index = 0; index < (await comments.count()); index += 1) await comments.nth(index).fill("Nagekeken met het dossier.");
  await page.getByRole("button", { name: "Versturen", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Registratie verstuurd" })).toBeVisible({ timeout: 30_000 });
  return (await page.locator("#sent-title + p strong").innerText()).trim();
}

/** A new standard registration for the demo patient that activates SRT, sent; its reference. */
export async function sendStandardWithRadiotherapy(page: Page, dates: StandardDates): Promise<string> {
  await startRegistration(page, "standard");
  for (const [path, value] of radiotherapyEntries(dates)) await setField(page, path, value);
  // The MOC's physicians, from the hospital's list (the demo seed puts them there).
  await choosePhysician(page, "coordinatingPhysician", listedPhysicians.peeters);
  await choosePhysician(page, "requester", listedPhysicians.janssens);
  await choosePhysician(page, "coordinator", listedPhysicians.peeters);
  if ((await page.locator(`#${fieldDomId("mocParticipants.0.physician")}`).count()) === 0) await page.getByRole("button", { name: "Deelnemer 1 toevoegen" }).click();
  await choosePhysician(page, "mocParticipants.0.physician", listedPhysicians.maes);
  return checkAndSend(page);
}
