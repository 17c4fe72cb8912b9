/**
 * The module platform end to end, with the test module of tests/fixtures/modules (registered by
 * this suite's setup, WBCR_TEST_MODULES=1, for neurosurgeons only): a code field, a grid, a
 * partial date and a follow-up whose rule reads the original, from patient identification to
 * the Saved/Sent lists, the PDF and the CSV export.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseDelimited, records } from "./support/delimited";
import { signIn } from "./support/sign-in";
import { setField } from "./support/srt-form";

test.use({ locale: "en-GB" });
test.setTimeout(240_000);

const MODULE = "Test module with follow-up";
const PATIENT = "85073003328";

async function moduleLink(page: Page, name: string) {
  await page.goto("/");
  await page.getByRole("list", { name: new RegExp(MODULE) }).getByRole("link", { name }).click();
}

async function pdfText(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Print registration (PDF)" }).click();
  const pdf = await download;
  const { extractText, getDocumentProxy } = await import("unpdf");
  const bytes = new Uint8Array(await readFile((await pdf.path())!));
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return { name: pdf.suggestedFilename(), text: text.replace(/\s+/g, " ") };
}

async function send(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Registration sent" })).toBeVisible();
  await expect(page.getByText(/WBCR reference: FUT-\d{4}-\d{6}/)).toBeVisible();
  return (await page.getByText(/FUT-\d{4}-\d{6}/).first().textContent())!.match(/FUT-\d{4}-\d{6}/)![0];
}

test("a registration of a declared module, and its follow-up, from patient to export", async ({ page }) => {
  await signIn(page, "80041210084", { organisation: "CHU Démo Liège" });

  // Patient identification, as in every module.
  await moduleLink(page, "New registration");
  await expect(page).toHaveURL(/\/modules\/follow-up-trial\/new/);
  await page.getByRole("textbox", { name: /INSZ/ }).fill(PATIENT);
  await expect(page.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Health insurance institution/ }).selectOption("100");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);

  // The form: a date, an ICD-O-3 code, a code of the registry's list, a grid with a partial date.
  await setField(page, "diagnosisDate", "2025-03-01");
  await setField(page, "topography", "C34.1");
  await setField(page, "firstTreatment", "40");
  await expect(page.getByRole("group", { name: "KRAS" })).toBeVisible();
  await setField(page, "markers.KRAS.tumour1", "MUTATED");
  await setField(page, "markers.KRAS.tested", "20245");
  await page.locator("#field-markers-KRAS-tested").blur();
  await expect(page.getByText(/year|yyyy/i).first()).toBeVisible();
  await setField(page, "markers.KRAS.tested", "2024");
  await page.screenshot({ path: "test-results/shots/platform-01-form.png", fullPage: true });
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);
  await expect(page.getByText("Chemotherapy", { exact: true })).toBeVisible();
  await expect(page.getByText("KRAS: Tumour 1 Mutated, Tested in 2024")).toBeVisible();
  await page.screenshot({ path: "test-results/shots/platform-02-summary.png", fullPage: true });
  const original = await send(page);

  const printed = await pdfText(page);
  expect(printed.name).toBe(`${original}.pdf`);
  expect(printed.text).toContain(original);
  expect(printed.text).toContain("First treatment A3 Chemotherapy");
  expect(printed.text).toContain("KRAS: Tumour 1 Mutated, Tested in 2024");

  // The follow-up: chosen among the patient's sent registrations; its rule reads the original.
  await moduleLink(page, "New follow-up");
  await expect(page).toHaveURL(/\/modules\/follow-up-trial\/follow-up/);
  await page.getByRole("textbox", { name: "INSZ of the patient" }).fill(PATIENT);
  await page.getByRole("button", { name: "Show registrations" }).click();
  await page.getByRole("button", { name: `Follow-up of ${original}` }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  await setField(page, "followUpDate", "2025-01-10");
  await setField(page, "vitalStatus", "ALIVE");
  await setField(page, "lastNews", "2026");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);
  // The follow-up rule that reads the original (TRI-E10; rule ids are support codes, hidden by default).
  await expect(page.locator("main").getByText(/Date of follow-up is before the diagnosis of the original registration/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toHaveCount(0);
  await page.screenshot({ path: "test-results/shots/platform-03-follow-up-error.png", fullPage: true });
  await page.goto(page.url().replace(/\/summary$/, ""));
  await setField(page, "followUpDate", "2026-01-10");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);
  const followUp = await send(page);
  const followUpPdf = await pdfText(page);
  expect(followUpPdf.text).toContain(`Follow-up of ${original}`);
  expect(followUpPdf.text).toContain("Last news F3 2026");

  // Sent list: the follow-up names its original.
  await moduleLink(page, "Search");
  await page.getByRole("tab", { name: "Sent" }).or(page.getByRole("link", { name: "Sent", exact: true })).first().click();
  const row = page.getByRole("row").filter({ hasText: followUp });
  await expect(row).toContainText(`Follow-up of ${original}`);
  await page.screenshot({ path: "test-results/shots/platform-04-sent.png", fullPage: true });

  // CSV export: the code as its number, the grid cell by cell, the follow-up's own columns.
  await moduleLink(page, "Download");
  await page.getByRole("radio", { name: /Sent registrations/ }).check();
  await page.locator('input[name="format"][value="csv"]').check();
  await page.getByRole("checkbox", { name: /accept responsibility/ }).check();
  const file = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download" }).click();
  const rows = records(parseDelimited(await readFile((await (await file).path())!, "utf8"), ","));
  const first = rows.find((r) => r.reference === original)!;
  const second = rows.find((r) => r.reference === followUp)!;
  expect(first).toMatchObject({ kind: "INITIAL", A3_firstTreatment: "40", A4a_markers_KRAS_tumour1: "MUTATED", A4b_markers_KRAS_tested: "2024", followUp_F1_followUpDate: "" });
  expect(second).toMatchObject({ kind: "FOLLOW_UP", followUpOf: original, A3_firstTreatment: "", followUp_F1_followUpDate: "2026-01-10", followUp_F3_lastNews: "2026" });
});
