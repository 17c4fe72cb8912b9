/**
 * Issue 14, outputs of the standard registration in the browser, on the demo seed's standard
 * registrations: a coordinator downloads by MOC date as CSV and finds the registry's codes; the
 * summary offers the manual's buttons; registration + MOC print in one PDF holding the
 * participants' RIZIV numbers and the attestation; search by MOC date; the send-window worklist.
 * Screenshots (nl, fr; desktop, phone) of the summary, the download page and the worklist.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedInContext } from "./support/stored-session";
import { downloadCsvByMocDate, formattedRiziv, participantRizivs, printRegistrationAndMoc, searchByMocDate } from "./support/standard-outputs";

test.setTimeout(180_000);

const coordinator = { key: "gent-coordinator", insz: "70031366746", options: { organisation: "AZ Demo Gent", functionLabel: /co[oö]rdinat/i } };
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function pageAs(browser: Browser, locale: string, viewport: { width: number; height: number } = viewports.desktop): Promise<Page> {
  const context = await signedInContext(browser, coordinator, { locale, viewport });
  const page = await context.newPage();
  // The app's language follows the user's choice, kept in a cookie; the locale sets the first one.
  return page;
}

async function setLanguage(page: Page, language: "nl" | "fr" | "en"): Promise<void> {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: language, url: page.url().startsWith("http") ? page.url() : "http://localhost" }]);
}

test("a coordinator downloads by MOC date, prints registration + MOC in one PDF and finds registrations by MOC date", async ({ browser }) => {
  const page = await pageAs(browser, "en-GB");
  await page.goto("/");

  // Every sent standard registration with a MOC, whatever the seed's dates.
  const all = await downloadCsvByMocDate(page, "2000-01-01", "2999-12-31");
  // Follow-ups discussed at a MOC come too, with their MOC date in the follow-up's own columns.
  const followUps = all.filter((row) => row.kind === "FOLLOW_UP");
  expect(followUps.every((row) => Object.entries(row).some(([id, value]) => id.startsWith("followUp_") && id.endsWith("_mocDate") && value !== ""))).toBe(true);
  const rows = all.filter((row) => row.kind !== "FOLLOW_UP");
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.MP6D_mocDate !== "")).toBe(true);
  expect(rows.every((row) => /^STD-\d{4}-\d{6}$/.test(row.reference!))).toBe(true);
  // The registry's codes, not labels.
  expect(rows.every((row) => /^[2-9]$/.test(row["2_basisOfDiagnosis"]!))).toBe(true);
  expect(rows.every((row) => /^C\d\d\.\d$/.test(row["4_topography"]!))).toBe(true);
  expect(rows.some((row) => /^\d+$/.test(row.treatment1_10B1_code ?? ""))).toBe(true);
  expect(rows.every((row) => !Object.keys(row).some((id) => id.includes("X2")))).toBe(true);

  // One day's MOC: only the registrations of that day.
  const day = rows[0]!.MP6D_mocDate!;
  const ofDay = (await downloadCsvByMocDate(page, day, day)).filter((row) => row.kind !== "FOLLOW_UP");
  expect(ofDay.map((row) => row.registrationId).sort()).toEqual(rows.filter((row) => row.MP6D_mocDate === day).map((row) => row.registrationId).sort());

  // The summary: the manual's buttons; registration and MOC list in one PDF.
  const chosen = ofDay[0]!;
  await page.goto(`/registrations/${chosen.registrationId}/summary`);
  await expect(page.getByRole("link", { name: "Print registration (PDF)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Print MOC", exact: true })).toBeVisible();
  const printed = await printRegistrationAndMoc(page);
  expect(printed.fileName).toBe(`${chosen.reference}-report.pdf`);
  expect(printed.pages).toBeGreaterThan(1);
  expect(printed.text).toContain("List of the MOC participants");
  expect(printed.text).toContain("350276-350280, 350291-350302 and 350372-350383");
  const rizivs = participantRizivs(chosen);
  expect(rizivs.length).toBeGreaterThan(0);
  for (const riziv of rizivs) expect(printed.text.includes(riziv) || printed.text.includes(formattedRiziv(riziv)), riziv).toBe(true);

  // Search by MOC date on the Sent tab.
  await searchByMocDate(page, day);
  for (const row of ofDay) await expect(page.getByText(row.reference!).first()).toBeVisible();
  await page.context().close();
});

test("the home page counts the drafts due or overdue and links to the worklist; a Sent row prints the MOC list", async ({ browser }) => {
  const page = await pageAs(browser, "nl-BE");
  await page.goto("/");
  await setLanguage(page, "nl");
  await page.goto("/");
  const notice = page.getByRole("region", { name: "Te versturen registraties" });
  await expect(notice).toContainText(/\d+ registraties? (moet|moeten) nu verstuurd worden, \d+ te laat\./);
  const [due, overdue] = (await notice.textContent())!.match(/\d+/g)!.map(Number);
  // After the module list, so the list keeps its place in the keyboard order.
  const after = await page.evaluate(() => {
    const links = [...document.querySelectorAll("main a")];
    const noticeLink = document.querySelector('main a[href*="#worklist"]')!;
    const moduleLinks = [...document.querySelectorAll('[aria-labelledby="modules-heading"] a')];
    return moduleLinks.every((link) => links.indexOf(link) < links.indexOf(noticeLink));
  });
  expect(after).toBe(true);
  await notice.getByRole("link", { name: "Naar de werklijst (Standaard kankerregistratie)" }).click();
  await expect(page).toHaveURL(/\/modules\/standard\/registrations\?tab=saved#worklist$/);
  const heading = page.locator("#worklist-title");
  await expect(heading).toBeVisible();
  if (due! + overdue! <= 50) await expect(heading).toContainText(`(${due! + overdue!})`);

  // "MOC afdrukken" as a row action of a sent registration with a MOC, through the print route.
  await page.goto("/modules/standard/registrations?tab=sent");
  const row = page.getByRole("row").filter({ has: page.locator('a[href$="/pdf?parts=moc"]') }).first();
  await row.locator("summary").first().click();
  const print = row.getByRole("link", { name: /^MOC afdrukken\s?: STD-/ });
  await expect(print).toBeVisible();
  const response = await page.request.get((await print.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/-moc\.pdf/);
  await page.context().close();
});

for (const language of ["nl", "fr"] as const) {
  for (const [device, viewport] of Object.entries(viewports)) {
    test(`screenshots in ${language} on ${device}: summary, download page, worklist`, async ({ browser }) => {
      const page = await pageAs(browser, language === "nl" ? "nl-BE" : "fr-BE", viewport);
      await page.goto("/");
      await setLanguage(page, language);
      const rows = await downloadCsvByMocDate(page, "2000-01-01", "2999-12-31");
      await page.goto(`/registrations/${rows[0]!.registrationId}/summary`);
      await expect(page.getByRole("link", { name: language === "nl" ? "MOC afdrukken" : "Imprimer la COM", exact: true })).toBeVisible();
      await page.screenshot({ path: `test-results/shots/standard-summary-${language}-${device}.png`, fullPage: true });
      await page.goto("/modules/standard/download");
      await expect(page.locator('input[name="dateBy"][value="mocDate"]')).toBeVisible();
      await page.screenshot({ path: `test-results/shots/standard-download-${language}-${device}.png`, fullPage: true });
      await page.goto("/modules/standard/registrations?tab=saved");
      await expect(page.locator("#worklist-title")).toBeVisible();
      await page.screenshot({ path: `test-results/shots/standard-worklist-${language}-${device}.png`, fullPage: true });
      await page.goto("/");
      await expect(page.locator('main a[href*="#worklist"]')).toBeVisible();
      await page.screenshot({ path: `test-results/shots/standard-home-worklist-${language}-${device}.png`, fullPage: true });
      await page.goto("/modules/standard/registrations?tab=sent");
      const row = page.getByRole("row").filter({ has: page.locator('a[href$="/pdf?parts=moc"]') }).first();
      await row.locator("summary").first().click();
      await expect(row.getByRole("link", { name: language === "nl" ? /^MOC afdrukken/ : /^Imprimer la COM/ })).toBeVisible();
      await page.screenshot({ path: `test-results/shots/standard-sent-print-moc-${language}-${device}.png`, fullPage: true });
      await page.context().close();
    });
  }
}
