import { readFile } from "node:fs/promises";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { parseDelimited, records } from "./support/delimited";
import { primaryTumourEntries, setField } from "./support/srt-form";
import { signedInContext } from "./support/stored-session";

// Issue 15 part 2: "this tumour may already be registered" — the multiple-primary hints at the
// form and on the summary, the user's decision on the summary, in the sent record and the CSV.
test.setTimeout(240_000);

const maes = { key: "tumour-hints-maes", insz: "62071407283", options: { organisation: "AZ Demo Gent" } };
/** Marc Willems of the demo population: no other spec registers him. */
const patientInsz = "85073006197";
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

async function newDraft(page: Page): Promise<string> {
  await page.goto("/modules/srt/new");
  await page.getByRole("textbox", { name: /INSZ/ }).fill(patientInsz);
  await expect(page.getByRole("textbox", { name: /Last name/ })).toHaveValue("Willems");
  const insurer = page.getByRole("combobox", { name: /Health insurance institution/ });
  if ((await insurer.inputValue()) === "") await insurer.selectOption("100");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

async function fillTumour(page: Page, changes: Record<string, string>): Promise<void> {
  for (const [path, value] of primaryTumourEntries) await setField(page, path, changes[path] ?? value);
}

/** From the summary: confirm any warning, send, and return the reference. */
async function send(page: Page): Promise<string> {
  const comments = page.getByRole("textbox", { name: /Comment confirming warning/ });
  for (let i = 0; i < (await comments.count()); i += 1) await comments.nth(i).fill("Checked with the pathologist");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const confirmation = page.locator("[data-page-focus]");
  await expect(confirmation.getByRole("heading", { level: 1, name: "Registration sent" })).toBeVisible();
  return (await confirmation.innerText()).match(/SRT-\d{4}-\d{6}/)![0];
}

async function shots(context: BrowserContext, page: Page, path: string, name: string): Promise<void> {
  for (const locale of ["nl", "fr"] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: new URL(page.url()).origin }]);
    for (const [size, viewport] of [["desktop", desktop], ["phone", phone]] as const) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      const hints = page.locator("[data-tumour-hints]");
      await expect(hints.locator('[data-outcome="same"]').first()).toBeVisible();
      await hints.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/shots/tumour-hints-${name}-${locale}-${size}.png`, fullPage: size === "desktop" });
    }
  }
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL(page.url()).origin }]);
  await page.setViewportSize(desktop);
}

test("a second tumour of the same site and histology group shows 'same tumour' with a link; another histology group 'new primary'; the decision is on the summary and in the CSV", async ({ browser }) => {
  const context = await signedInContext(browser, maes, { locale: "en-GB", viewport: desktop });
  const page = await context.newPage();

  // A first lung adenocarcinoma, sent.
  const first = await newDraft(page);
  const firstId = first.split("/").at(-1)!;
  await fillTumour(page, {});
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);
  const reference = await send(page);

  // A second registration of the patient: at once, the form lists the tumour already registered.
  const second = await newDraft(page);
  const hints = page.locator("[data-tumour-hints]");
  await expect(hints.getByRole("heading", { name: "Is this tumour already registered?" })).toBeVisible();
  await expect(hints.getByText(/Fill in topography, morphology and incidence date/)).toBeVisible();
  await expect(hints.getByRole("link", { name: new RegExp(reference) })).toBeVisible();
  await expect(hints.getByText(/WBCR keeps registrations for 3 years/)).toBeVisible();

  // Another lobe of the same lung, same histology group (adenocarcinoma): probably the same tumour.
  await fillTumour(page, { topography: "C34.3", morphology: "8140/3", incidenceDate: "2025-10-01" });
  const same = hints.locator('[data-outcome="same"]').filter({ hasText: reference });
  await expect(same).toContainText("Probably the same tumour");
  await expect(same).toContainText("Open it and correct it, or register a follow-up");
  await expect(same.getByRole("link", { name: `Open ${reference}` })).toHaveAttribute("href", `/registrations/${firstId}/summary`);
  await page.screenshot({ path: "test-results/shots/tumour-hints-form-same-en.png", fullPage: true });

  // Saved (Next): the summary says the same, and so do the pages in Dutch and French.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);
  await expect(page.locator('[data-tumour-hints] [data-outcome="same"]').filter({ hasText: reference })).toBeVisible();
  await shots(context, page, second, "form");
  await shots(context, page, `${second}/summary`, "summary");

  // A squamous cell carcinoma instead (another histology group): probably a new primary.
  await page.goto(second);
  await setField(page, "morphology", "8070/3");
  const fresh = hints.locator('[data-outcome="new"]').filter({ hasText: reference });
  await expect(fresh).toContainText("Probably a new primary");
  await expect(fresh).toContainText("MP-R42");
  await expect(hints.locator('[data-outcome="same"]').filter({ hasText: reference })).toHaveCount(0);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);

  // The decision on the summary: a choice and a comment, saved with the draft.
  const decision = page.getByRole("group", { name: `Your decision on ${reference}` });
  await decision.getByRole("radio", { name: "It is a new primary" }).check();
  await decision.getByRole("textbox", { name: "Comment" }).fill("Squamous cell carcinoma of the upper lobe, biopsy 2025-10-01");
  await decision.getByRole("button", { name: "Record decision" }).click();
  await expect(decision.getByRole("status")).toHaveText("Decision recorded.");
  const recorded = page.locator("[data-tumour-decisions]");
  await expect(recorded).toContainText(`It is a new primary — on ${reference} (MP-R42)`);
  await page.screenshot({ path: "test-results/shots/tumour-hints-summary-decision-en.png", fullPage: true });

  // Sent: the record keeps the decision.
  const secondReference = await send(page);
  await expect(page.locator("[data-tumour-decisions]")).toContainText(`It is a new primary — on ${reference} (MP-R42)`);
  await expect(page.locator("[data-tumour-decisions]")).toContainText("Squamous cell carcinoma of the upper lobe");

  // And the CSV.
  await page.goto("/modules/srt/download");
  await page.getByRole("radio", { name: /Sent registrations/ }).check();
  await page.locator('input[name="format"][value="csv"]').check();
  await page.getByRole("checkbox", { name: /accept responsibility/ }).check();
  const file = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download" }).click();
  const rows = records(parseDelimited(await readFile((await (await file).path())!, "utf8"), ","));
  const row = rows.find((r) => r.reference === secondReference);
  expect(row?.tumourDecisions).toBe(`MP-R42:${reference}:new_primary`);
  expect(row?.tumourDecisionComments).toBe(`${reference}: Squamous cell carcinoma of the upper lobe, biopsy 2025-10-01`);
  expect(rows.find((r) => r.reference === reference)?.tumourDecisions).toBe("");
  await context.close();
});
