/**
 * Steps of issue 14's outputs in the browser, exported so that a longer flow (the Done-when of
 * the standard registration) can append them: print registration + MOC in one PDF, download by
 * MOC date as CSV, search by MOC date.
 */
import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { parseDelimited, records } from "./delimited";

/** The text of a downloaded PDF, pages joined, whitespace collapsed. */
async function pdfTextOf(path: string): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await readFile(path))), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/**
 * On a registration's summary (`page` shows it): "Print report" — the registration and its MOC
 * list in one file. Returns the PDF's text, its file name and its page count.
 */
export async function printRegistrationAndMoc(page: Page): Promise<{ text: string; fileName: string; pages: number }> {
  const link = page.getByRole("link", { name: /^(Print report|Rapport afdrukken|Imprimer le rapport|Bericht drucken)/ });
  await expect(link).toBeVisible();
  const download = page.waitForEvent("download");
  await link.click();
  const pdf = await download;
  const path = (await pdf.path())!;
  const { getDocumentProxy } = await import("unpdf");
  const pages = (await getDocumentProxy(new Uint8Array(await readFile(path)))).numPages;
  return { text: await pdfTextOf(path), fileName: pdf.suggestedFilename(), pages };
}

/** "Print MOC" alone, on a registration's summary: the PDF's text. */
export async function printMoc(page: Page): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^(Print MOC|MOC afdrukken|Imprimer la COM|MOK drucken)$/ }).click();
  return pdfTextOf((await (await download).path())!);
}

/**
 * The download page of the standard module: sent registrations whose MOC date lies from `from`
 * to `to` (yyyy-mm-dd, both included), as CSV with column codes; the rows as records.
 */
export async function downloadCsvByMocDate(page: Page, from: string, to: string, options: { kind?: "saved" | "sent"; audience?: "registry" | "hospital" } = {}): Promise<Record<string, string>[]> {
  await page.goto("/modules/standard/download");
  await page.locator(`input[name="kind"][value="${options.kind ?? "sent"}"]`).check();
  await page.locator('input[name="dateBy"][value="mocDate"]').check();
  await page.locator("#download-from").fill(from);
  await page.locator("#download-to").fill(to);
  await page.locator('input[name="format"][value="csv"]').check();
  if (options.audience) await page.locator(`input[name="audience"][value="${options.audience}"]`).check();
  await page.locator('input[name="confirm"]').check();
  const file = page.waitForEvent("download");
  await page.locator('form[action$="/download/file"] button[type="submit"]').click();
  const text = await readFile((await (await file).path())!, "utf8");
  return records(parseDelimited(text, ","));
}

/** The Sent (or Saved) tab searched by MOC date (yyyy-mm-dd): the references listed. */
export async function searchByMocDate(page: Page, day: string, tab: "saved" | "sent" = "sent"): Promise<void> {
  await page.goto(`/modules/standard/registrations?tab=${tab}`);
  const which = page.locator("#date-search-by");
  if ((await which.count()) > 0) await which.selectOption("mocDate");
  await page.locator("#date-search-on").fill(day);
  await page.locator('form[aria-labelledby="date-search-title"] button[type="submit"]').click();
  await expect(page).toHaveURL(/dateBy=mocDate/);
}

/** Every RIZIV/INAMI number (11 digits) in a CSV row's MOC participant columns. */
export function participantRizivs(row: Record<string, string>): string[] {
  return Object.entries(row)
    .filter(([id]) => id.startsWith("participant"))
    .flatMap(([, value]) => value.match(/\b\d{11}\b/g) ?? []);
}

/** "12345625580" → "1-23456-25-580", as the PDF may print it. */
export function formattedRiziv(riziv: string): string {
  return `${riziv.slice(0, 1)}-${riziv.slice(1, 6)}-${riziv.slice(6, 8)}-${riziv.slice(8)}`;
}
