/**
 * Item 11 of the standard new diagnosis: a specialist attaches a MOC report (a small PDF built
 * here) to a breast registration, is refused a file that only calls itself a PDF, sees the
 * report on the summary and downloads it whole, as an attachment under its name.
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { test } from "@playwright/test";
import { fieldDomId } from "@/components/registration/field-dom-id";
import { setField } from "./support/srt-form";
import { signedInContext } from "./support/stored-session";
import { expect, startStandardDraft } from "./support/standard-flow";
import { tinyPdf } from "../support/pdf-bytes";

test.use({ locale: "en-GB" });
test.setTimeout(180_000);

/** Els Maes, specialist at AZ Demo Gent. */
// Its own stored session: a later spec signing Els Maes in or out (campuses, session-ended) would end a shared one.
const specialist = { key: "attachments-specialist", insz: "62071407283" };

test("a specialist attaches a MOC report to a breast registration, sees it on the summary and downloads it; a non-PDF is refused", async ({ browser }) => {
  const context = await signedInContext(browser, specialist, { locale: "en-GB" });
  const page = await context.newPage();
  const shot = (name: string) => page.screenshot({ path: `test-results/shots/attachments-${name}.png`, fullPage: true }).then(() => undefined);
  await page.goto("/");
  await startStandardDraft(page);

  const input = page.locator(`#${fieldDomId("mocReports")}`);
  // Item 11 is for breast tumours only (footnote 7).
  await expect(input).toHaveCount(0);
  await setField(page, "topography", "C50.4");
  await expect(page.getByLabel("MOC reports")).toBeVisible();

  // A file named .pdf whose content is not a PDF is refused at the field, and nothing is attached.
  await input.setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("Just some notes, not a PDF.") });
  await expect(page.getByRole("alert").filter({ hasText: "notes.pdf is not a PDF file: attach a PDF." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Attached files" })).toHaveCount(0);
  await shot("refused");

  const report = tinyPdf("MOC report of the e2e test");
  await input.setInputFiles({ name: "MOC report 2026.pdf", mimeType: "application/pdf", buffer: report });
  const list = page.getByRole("list", { name: "Attached files" });
  await expect(list.getByRole("link", { name: "MOC report 2026.pdf" })).toBeVisible();
  await expect(list.getByRole("button", { name: "Remove MOC report 2026.pdf" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "notes.pdf" })).toHaveCount(0);
  await shot("attached");

  // The field with a file listed and a refusal showing: nothing serious for axe (WCAG 2.1 AA).
  await input.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("GIF89a") });
  await expect(page.getByRole("alert").filter({ hasText: "scan.pdf is not a PDF file" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include("[data-field='11A']").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);

  // To the summary (Next saves the draft): the report's name is a download link.
  await page.getByRole("button", { name: "Next" }).first().click();
  await expect(page).toHaveURL(/\/summary/, { timeout: 30_000 });
  const link = page.getByRole("link", { name: "MOC report 2026.pdf" });
  await expect(link).toBeVisible();
  await shot("summary");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("MOC report 2026.pdf");
  const bytes = await readFile((await download.path())!);
  expect(Buffer.compare(bytes, report)).toBe(0);

  // The route answers as an attachment, never inline.
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="MOC report 2026\.pdf"/);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  await context.close();
});
