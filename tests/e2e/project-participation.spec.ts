import { expect, test, type Page } from "@playwright/test";
import { fieldValue, setField } from "./support/srt-form";
import { signedInContext } from "./support/stored-session";
import { checkAndSend, DEMO_PATIENT, isoDaysFromToday, sendStandardWithRadiotherapy, type StandardDates } from "./support/standard-registration";

/**
 * Issue 15 part 1 (manual §6.1.1, §5.8c): a specialist sends a standard registration whose
 * chronology activates SRT, chooses "later", finds it in the Projects tab by INSZ and by MOC date,
 * starts the SRT registration there with patient, tumour and dates prefilled (marked), sends it;
 * both summaries show the link. Another registration of the same patient answers "never", and the
 * offer does not come back for that project.
 */

test.setTimeout(360_000);

const SPECIALIST = { key: "projects-specialist", insz: "62071407283" }; // Els Maes, AZ Demo Gent
const SRT = "Stereotactische radiotherapie (SRT)";
const desktop = { locale: "nl-BE", viewport: { width: 1280, height: 900 } };

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/shots/project-participation-${name}.png`, fullPage: true });

async function atWidth(page: Page, width: number, name: string) {
  const before = page.viewportSize();
  await page.setViewportSize({ width, height: 900 });
  await shot(page, name);
  if (before) await page.setViewportSize(before);
}

async function language(page: Page, name: "Français" | "Nederlands") {
  await page.getByRole("button", { name }).click();
  await expect(page.getByRole("button", { name })).toHaveAttribute("aria-pressed", "true");
  // The switch refreshes the page: let it finish before the next click changes anything.
  await page.waitForLoadState("networkidle");
}

test("a project offered after sending: later, found in the Projects tab, started prefilled, sent and linked; never does not come back", async ({ browser }) => {
  const context = await signedInContext(browser, SPECIALIST, desktop);
  const page = await context.newPage();
  // A MOC date no other test uses: the search by MOC date must find this registration alone.
  const offset = 120 + Math.floor(Math.random() * 20);
  const dates: StandardDates = {
    incidenceDate: isoDaysFromToday(-offset),
    mocDate: isoDaysFromToday(-offset + 6),
    radiotherapyStart: isoDaysFromToday(-offset + 20),
  };

  // 1. The standard registration is sent; the offer follows on the sent page.
  const standardReference = await sendStandardWithRadiotherapy(page, dates);
  const offers = page.getByRole("region", { name: "Deelname aan specifieke registratieprojecten" });
  await expect(offers).toBeVisible();
  const srtOffer = offers.getByRole("listitem").filter({ hasText: SRT });
  await expect(srtOffer.getByRole("group", { name: `Keuze voor ${SRT}` })).toBeVisible();
  await expect(srtOffer.getByRole("button", { name: "Nu invullen" })).toBeVisible();
  await expect(srtOffer.getByRole("link", { name: "Nooit voor deze patiënt" })).toBeVisible();
  await shot(page, "offer-nl");
  await atWidth(page, 390, "offer-phone-nl");
  await language(page, "Français");
  await expect(page.getByRole("region", { name: "Participation à des projets d'enregistrement spécifiques" })).toBeVisible();
  await shot(page, "offer-fr");
  await atWidth(page, 390, "offer-phone-fr");
  await language(page, "Nederlands");

  await page.getByRole("region", { name: "Deelname aan specifieke registratieprojecten" }).getByRole("button", { name: "Later invullen" }).click();
  await expect(srtOffer).toContainText("Uitgesteld: te vinden onder het tabblad ‘Projecten’");
  await expect(srtOffer.getByRole("button", { name: "Later invullen" })).toHaveCount(0);

  // 2. The Projects tab of the standard module's search: by INSZ, then by MOC date.
  await page.goto("/modules/standard/registrations");
  await page.getByRole("navigation", { name: "Bewaarde of verstuurde registraties" }).getByRole("link", { name: "Projecten" }).click();
  await expect(page).toHaveURL(/\/modules\/standard\/projects/);
  await page.getByLabel("INSZ, ziekenfondsnummer of ander identificatienummer").fill(DEMO_PATIENT);
  await page.getByRole("button", { name: "Zoeken" }).click();
  const row = page.locator(`tr[data-offer-row="${standardReference}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText(SRT);
  await expect(row).toContainText("Uitgesteld");
  expect(new URL(page.url()).search).not.toContain(DEMO_PATIENT);
  await page.getByRole("link", { name: "Zoekopdracht wissen" }).click();
  await expect(page.getByLabel("INSZ, ziekenfondsnummer of ander identificatienummer")).toHaveValue("");
  await page.getByLabel("Datum van het MOC").fill(dates.mocDate);
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.locator("tr[data-offer-row]")).toHaveCount(1);
  await expect(row).toBeVisible();
  await shot(page, "projects-tab-nl");
  await atWidth(page, 390, "projects-tab-phone-nl");
  await language(page, "Français");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("enregistrements pour des projets");
  await shot(page, "projects-tab-fr");
  await atWidth(page, 390, "projects-tab-phone-fr");
  await language(page, "Nederlands");

  // 3. Started from there: the patient, the tumour and the dates are prefilled and marked.
  await row.getByRole("button", { name: /Projectregistratie SRT|Projectregistratie .* starten/ }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(SRT);
  await expect(page.getByText(`komen uit standaardregistratie ${standardReference}`)).toBeVisible();
  await expect(page.locator("dl").first()).toContainText("85.07.30-033.28");
  await expect(page.locator('[data-prefilled="mdtDate"]')).toBeVisible();
  await setField(page, "indication", "PRIMARY_TUMOUR");
  for (const path of ["incidenceDate", "topography", "morphology", "laterality", "basisOfDiagnosis"]) {
    await expect(page.locator(`[data-prefilled="${path}"]`), path).toHaveText("Overgenomen");
  }
  expect(await fieldValue(page, "topography")).toContain("C34.1");
  expect(await fieldValue(page, "laterality")).toBe("2");
  await shot(page, "prefilled-nl");
  await atWidth(page, 390, "prefilled-phone-nl");
  // Editable: a changed field loses its mark.
  await setField(page, "basisOfDiagnosis", "3");
  await expect(page.locator('[data-prefilled="basisOfDiagnosis"]')).toHaveCount(0);
  await setField(page, "basisOfDiagnosis", "2");

  const planStart = isoDaysFromToday(-offset + 20);
  const planEnd = isoDaysFromToday(-offset + 28);
  const rest: [string, string | string[]][] = [
    ["nomenclatureCode", "444636"],
    ["whoPerformanceStatus", "1"],
    ["treatmentIntent", "CURATIVE"],
    ["previousRtSameRegion", "NO"],
    ["concurrentSystemicTherapy", ["NONE"]],
    ["clinicalTrial", "NO"],
    ["plans.0.startDate", planStart],
    ["plans.0.endDate", planEnd],
    ["plans.0.platform", "LINAC"],
    ["plans.0.technique", "VMAT"],
    ["plans.0.imageGuidance", ["CBCT"]],
    ["plans.0.motionManagement", "ITV_4DCT"],
    ["plans.0.lesions.0.targetSite", "LUNG"],
    ["plans.0.lesions.0.laterality", "RIGHT"],
    ["plans.0.lesions.0.totalDoseGy", "54"],
    ["plans.0.lesions.0.fractions", "3"],
  ];
  for (const [path, value] of rest) await setField(page, path, value);
  const srtReference = await checkAndSend(page);
  expect(srtReference).toMatch(/^SRT-\d{4}-\d{6}$/);

  // 4. Both summaries show the link.
  const links = page.locator("[data-project-links]");
  await expect(links).toContainText("Gestart vanuit de standaardregistratie");
  await expect(links).toContainText(standardReference);
  await shot(page, "project-sent-nl");
  await links.getByRole("link", { name: new RegExp(standardReference) }).click();
  await expect(page).toHaveURL(/\/summary/);
  await expect(page.locator("[data-project-links]")).toContainText(`Projectregistraties vanuit deze registratie`);
  await expect(page.locator("[data-project-links]")).toContainText(srtReference);
  await expect(page.getByRole("region", { name: "Deelname aan specifieke registratieprojecten" })).toContainText("Projectregistratie gestart");

  // 5. Another registration of the same patient: "never", confirmed (figure 31) — and it does not come back.
  await sendStandardWithRadiotherapy(page, dates);
  await page.getByRole("region", { name: "Deelname aan specifieke registratieprojecten" }).getByRole("link", { name: "Nooit voor deze patiënt" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Geen deelname aan een project voor deze patiënt" });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText("voor DEZE patiënt");
  await shot(page, "never-confirm-nl");
  await language(page, "Français");
  await expect(page.getByRole("alertdialog", { name: "Pas de participation à un projet pour ce patient" })).toBeVisible();
  await shot(page, "never-confirm-fr");
  await atWidth(page, 390, "never-confirm-phone-fr");
  await language(page, "Nederlands");
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja" }).click();
  await expect(page.getByRole("region", { name: "Deelname aan specifieke registratieprojecten" })).toContainText("Geen deelname voor deze patiënt");

  await sendStandardWithRadiotherapy(page, dates);
  await expect(page.getByRole("heading", { name: "Registratie verstuurd" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Deelname aan specifieke registratieprojecten" })).toHaveCount(0);

  // §6.1.2: starting SRT from the home page stays possible for this patient.
  await page.goto("/modules/srt/new");
  await page.getByRole("textbox", { name: /INSZ/ }).fill(DEMO_PATIENT);
  await expect(page.getByRole("textbox", { name: /Familienaam/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Verzekeringsinstelling/ }).selectOption("100");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.locator("[data-prefilled]")).toHaveCount(0);
  await context.close();
});
