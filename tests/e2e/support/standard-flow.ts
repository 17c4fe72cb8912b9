/**
 * The standard registration's Done-when flow (issue 14), step by step, in English (en-GB): a
 * specialist registers a breast cancer new diagnosis with MOC participants, meets an error and a
 * warning of the spec's cross-field table, fixes and confirms them and sends it; then a follow-up
 * of it with a year-only incidence date. Each step ends on a page the next one (or a spec that
 * appends its own, e.g. printing or downloading) can start from.
 */
import { expect as baseExpect, type Page } from "@playwright/test";
import { fieldDomId } from "@/components/registration/field-dom-id";
import { fieldValue, setField } from "./srt-form";

/** A long flow of saves and validations: allow a busy machine (CI, parallel checkouts) more than 5 s a step. */
export const expect = baseExpect.configure({ timeout: 20_000 });

/** Marie Dubois, born 1985-07-30 (F), in the IdentifyPerson simulator's demo population. */
export const STANDARD_PATIENT = "85073003427";
export const STANDARD_MODULE = "Standard cancer registration";

/** A physician of a MOC as the person field stores them. */
export interface MocPhysician {
  lastName: string;
  firstName: string;
  /** 11 digits. */
  riziv: string;
}

/** "1-23456-78-901", as the field and the list show it. */
export const written = (riziv: string) => `${riziv.slice(0, 1)}-${riziv.slice(1, 6)}-${riziv.slice(6, 8)}-${riziv.slice(8)}`;

/** On every hospital's list from the demo seed (lib/modules/standard/examples.ts). */
export const listedPhysicians = {
  janssens: { lastName: "Janssens", firstName: "Els", riziv: "34567830003" },
  peeters: { lastName: "Peeters", firstName: "An", riziv: "12345625003" },
  maes: { lastName: "Maes", firstName: "Sofie", riziv: "56789045003" },
} as const satisfies Record<string, MocPhysician>;

/** A physician no list has yet: a random name and a number with valid check digits. */
export function newPhysician(): MocPhysician {
  const letters = Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("");
  const firstSix = 100_000 + Math.floor(Math.random() * 99_999);
  return { lastName: `Nieuw${letters}`, firstName: "Ann-Sophie", riziv: `${firstSix}${String(97 - (firstSix % 97)).padStart(2, "0")}580` };
}

const day = 86_400_000;
/** yyyy-mm-dd, `days` from today (negative: before). */
export const isoDay = (days: number, from = new Date()) => new Date(from.getTime() + days * day).toISOString().slice(0, 10);

/** The module's action on the home page. */
export async function standardAction(page: Page, name: string): Promise<void> {
  await page.goto("/");
  await page.getByRole("list", { name: new RegExp(STANDARD_MODULE) }).getByRole("link", { name, exact: true }).click();
}

/** Chooses a physician already on the hospital's list: typed prefix, arrows to their row, Enter. */
export async function choosePhysician(page: Page, path: string, physician: MocPhysician): Promise<void> {
  const id = fieldDomId(path);
  const field = page.locator(`#${id}`);
  await field.fill(physician.lastName.slice(0, 4));
  const options = page.locator(`#${id}-listbox [role=option]`);
  await expect(options.filter({ hasText: written(physician.riziv) })).toBeVisible();
  const index = await options.evaluateAll((items, text) => items.findIndex((item) => item.textContent?.includes(text)), written(physician.riziv));
  for (let i = 0; i <= index; i += 1) await field.press("ArrowDown");
  await field.press("Enter");
  await expect(field).toHaveValue(`${physician.firstName} ${physician.lastName} (${written(physician.riziv)})`);
}

/** Types a physician the list does not have yet (they join it), through the field's "Type a new physician". */
export async function typeNewPhysician(page: Page, path: string, physician: MocPhysician): Promise<void> {
  const id = fieldDomId(path);
  const field = page.locator(`#${id}`);
  const container = page.locator("div[data-field]").filter({ has: field });
  await field.fill(physician.lastName);
  // Announced (a status) and shown.
  await expect(container.getByRole("status").filter({ hasText: `No physician on the list matches “${physician.lastName}”.` })).toHaveCount(1);
  await container.getByRole("button", { name: "Type a new physician" }).click();
  const group = container.getByRole("group", { name: /New physician for/ });
  await expect(group.getByLabel("Last name", { exact: true })).toHaveValue(physician.lastName);
  await group.getByLabel("First name").fill(physician.firstName);
  await group.getByLabel("RIZIV/INAMI number").fill(written(physician.riziv));
  await group.getByRole("button", { name: "Use this physician" }).click();
  await expect(container.getByText(`${physician.firstName} ${physician.lastName} has been added to the hospital's list.`)).toBeVisible();
  await expect(field).toHaveValue(`${physician.firstName} ${physician.lastName} (${written(physician.riziv)})`);
}

/** From the home page: a new standard registration for the demo patient; its form's path. */
export async function startStandardDraft(page: Page, patient = STANDARD_PATIENT): Promise<string> {
  await standardAction(page, "New registration");
  await page.getByRole("textbox", { name: /INSZ/ }).fill(patient);
  await expect(page.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Health insurance institution/ }).selectOption("100");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** Clicks Send on the summary; the reference the confirmation gives. */
export async function sendFromSummary(page: Page): Promise<string> {
  const comments = page.getByRole("textbox", { name: /Comment confirming warning/ });
  for (let i = 0; i < (await comments.count()); i += 1) if ((await comments.nth(i).inputValue()) === "") await comments.nth(i).fill("Checked against the patient file.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const confirmation = page.locator("[data-page-focus]");
  await expect(confirmation.getByRole("heading", { level: 1, name: "Registration sent" })).toBeVisible();
  return (await confirmation.textContent())!.match(/STD-\d{4}-\d{6}/)![0];
}

/** What the breast cancer new diagnosis was sent with. */
export interface SentNewDiagnosis {
  reference: string;
  /** The registration's path, /registrations/<id>. */
  path: string;
  incidenceDate: string;
  mocDate: string;
  /** Coordinating physician, requester (typed new), coordinator, participant 1. */
  participants: MocPhysician[];
}

/**
 * From the home page: a breast cancer new diagnosis for the demo patient, discussed at a MOC
 * (requester typed new, the others chosen from the hospital's list), with a TNM value outside
 * the UICC syntax (X20, error A55-E120 at cT) and a pT that does not match the invasive diameter
 * (X27, warning A55-W127 at pT). Fixes the error, confirms the warning, sends it. Ends on the
 * "Registration sent" page. `shot` takes screenshots along the way.
 */
export async function sendBreastCancerNewDiagnosis(page: Page, shot: (name: string) => Promise<void> = async () => {}): Promise<SentNewDiagnosis> {
  const path = await startStandardDraft(page);
  const incidenceDate = isoDay(-110);
  const mocDate = isoDay(-100);
  const requester = newPhysician();
  const entries: [string, string | number | string[]][] = [
    ["incidenceDate", incidenceDate],
    ["basisOfDiagnosis", "2"],
    ["whoPerformanceStatus", "0"],
    ["topography", "C50.4"],
    ["laterality", "1"],
    ["morphology", "8500/3"],
    ["grade", "2"],
    // X20: not UICC syntax (fixed below).
    ["cT", "T5"],
    ["cN", "N0"],
    ["cM", "M0"],
    // X27: a 14 mm invasive tumour is pT1c, not pT2 (confirmed below).
    ["pT", "T2"],
    ["pN", "N0(sn)"],
    ["clinicalTrial", "NO"],
    ["treatments.0.code", "10"],
    ["treatments.0.campus", "710"],
    ["treatments.0.startDate", isoDay(-90)],
    ["menopausalStatus", "NO"],
    ["invasiveDiameterMm", "14"],
    ["mocReasons", ["NEW_DIAGNOSIS"]],
    ["mocDate", mocDate],
  ];
  for (const [field, value] of entries) await setField(page, field, value);
  await choosePhysician(page, "coordinatingPhysician", listedPhysicians.janssens);
  await typeNewPhysician(page, "requester", requester);
  await choosePhysician(page, "coordinator", listedPhysicians.peeters);
  // The first participant's row comes with the first MOC reason, or is added (the module's empty draft has none).
  const firstParticipant = page.locator(`#${fieldDomId("mocParticipants.0.physician")}`);
  if ((await firstParticipant.count()) === 0) await page.getByRole("button", { name: "Add Participant 1" }).click();
  await choosePhysician(page, "mocParticipants.0.physician", listedPhysicians.maes);
  await shot("form-moc");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);

  // The error at cT: Send is not offered; "Change" leads to the field.
  const send = page.getByRole("button", { name: "Send", exact: true });
  await expect(send).toHaveCount(0);
  const cT = page.locator("main dl > div").filter({ hasText: "T5 does not follow the UICC notation" }).first();
  await expect(cT).toBeVisible();
  await expect(cT.getByRole("link", { name: /^Change / })).toHaveAttribute("href", new RegExp(`#${fieldDomId("cT")}$`));
  const pT = page.locator("main dl > div").filter({ hasText: "T2 does not match an invasive diameter of 14 mm (expected T1)" }).first();
  await expect(pT).toBeVisible();
  await shot("summary-error-warning");
  await cT.getByRole("link", { name: /^Change / }).click();
  await expect(page.locator(`#${fieldDomId("cT")}`)).toBeFocused();
  await setField(page, "cT", "T1c");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);

  // Only the warning is left: confirmed with a comment, then sent.
  await expect(page.getByText("T5 does not follow the UICC notation")).toHaveCount(0);
  await expect(page.locator("main dl > div").filter({ hasText: "T2 does not match an invasive diameter of 14 mm (expected T1)" }).first()).toBeVisible();
  await expect(send).toBeDisabled();
  await page.getByRole("textbox", { name: /Comment confirming warning/ }).first().fill("pT2 on the pathology report (two foci).");
  const reference = await sendFromSummary(page);
  return { reference, path, incidenceDate, mocDate, participants: [listedPhysicians.janssens, requester, listedPhysicians.peeters, listedPhysicians.maes] };
}

/** The follow-up's MOC took place this many days ago (a download by MOC date finds both). */
export const FOLLOW_UP_MOC_DAYS_AGO = 3;

/**
 * From anywhere: the follow-up of `original` for the demo patient, chosen among the patient's
 * sent registrations; site, histology and incidence date come prefilled from the original, the
 * incidence date is replaced by its year alone; a local recurrence, operated, discussed at a MOC
 * (physicians from the hospital's list). Ends on the "Registration sent" page; returns the
 * follow-up's reference.
 */
export async function sendFollowUp(page: Page, original: SentNewDiagnosis, shot: (name: string) => Promise<void> = async () => {}): Promise<string> {
  await standardAction(page, "New follow-up");
  await page.getByRole("textbox", { name: "INSZ of the patient" }).fill(STANDARD_PATIENT);
  await page.getByRole("button", { name: "Show registrations" }).click();
  await page.getByRole("button", { name: `Follow-up of ${original.reference}` }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  // Prefilled from the original (F1–F3).
  expect(await fieldValue(page, "topography")).toContain("C50.4");
  expect(await fieldValue(page, "morphology")).toContain("8500/3");
  const year = original.incidenceDate.slice(0, 4);
  expect(await fieldValue(page, "incidenceDate")).toContain(year);
  await shot("follow-up-prefilled");
  await setField(page, "incidenceDate", year);
  await setField(page, "diseaseFreeInterval", "YES");
  await setField(page, "recurrenceDate", isoDay(-5));
  await setField(page, "recurrenceTypes", ["LOCAL"]);
  await setField(page, "treatmentPlan.0.code", "10");
  await setField(page, "mocReasons", ["RECURRENCE"]);
  await choosePhysician(page, "coordinatingPhysician", listedPhysicians.janssens);
  await choosePhysician(page, "requester", listedPhysicians.peeters);
  await choosePhysician(page, "coordinator", listedPhysicians.maes);
  const firstParticipant = page.locator(`#${fieldDomId("mocParticipants.0.physician")}`);
  if ((await firstParticipant.count()) === 0) await page.getByRole("button", { name: "Add Participant 1" }).click();
  await choosePhysician(page, "mocParticipants.0.physician", listedPhysicians.janssens);
  await setField(page, "mocDate", isoDay(-FOLLOW_UP_MOC_DAYS_AGO));
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);
  await expect(page.locator("main dl > div").filter({ hasText: "Incidence date" }).first()).toContainText(year);
  return sendFromSummary(page);
}
