import { expect, test, type Page } from "@playwright/test";
import { fieldDomId } from "@/components/registration/field-dom-id";
import { signIn } from "./support/sign-in";
import { startRegistration } from "./support/standard-registration";

/** A site number no earlier run used (the e2e server may be reused between runs). */
const freshSiteNumber = () => String(100000 + Math.floor(Math.random() * 899999));

/** One campus of the list, by its site number. */
const campusItem = (page: Page, siteNumber: string) => page.locator(`li[data-campus="${siteNumber}"]`);

const shot = async (page: Page, name: string) => page.screenshot({ path: `test-results/campuses-${name}.png`, fullPage: true });

test.describe("Dutch, the access manager of AZ Demo Gent", () => {
  test.use({ locale: "nl-BE" });

  test("adds, renames, deactivates and reactivates a campus, with translated errors for a bad or taken site number", async ({ page }) => {
    await signIn(page, "89090703934");
    await page.goto("/access-management");
    await page.getByRole("link", { name: /Campussen van het ziekenhuis/ }).click();
    await expect(page).toHaveURL(/\/access-management\/campuses$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Campussen");
    // The seeded list: active campuses and a deactivated one.
    await expect(campusItem(page, "710")).toContainText("Campus Sint-Jan");
    await expect(campusItem(page, "714")).toContainText("Gedeactiveerd: niet meer aangeboden");

    const form = page.getByRole("form", { name: "Campus toevoegen" });
    const siteNumber = form.getByLabel("Vestigingsnummer");
    const name = form.getByLabel("Naam van de campus");
    // Not digits: a translated message at the field, the focus on it, nothing added.
    await siteNumber.fill("71a");
    await name.fill("Campus Test");
    await form.getByRole("button", { name: "Campus toevoegen" }).click();
    await expect(siteNumber).toHaveAttribute("aria-invalid", "true");
    await expect(siteNumber).toHaveAccessibleDescription(/1 tot 6 cijfers/);
    await expect(siteNumber).toBeFocused();
    await expect(name).toHaveValue("Campus Test");
    // A number the list already has (here deactivated): refused, with the way out.
    await siteNumber.fill("714");
    await form.getByRole("button", { name: "Campus toevoegen" }).click();
    await expect(siteNumber).toHaveAccessibleDescription(/activeer hem dan opnieuw/);
    await shot(page, "nl-desktop-refused");

    const fresh = freshSiteNumber();
    await siteNumber.fill(fresh);
    await name.fill("Campus Test");
    await siteNumber.press("Enter");
    await expect(form.getByRole("status")).toHaveText(`Campus ${fresh} – Campus Test is toegevoegd.`);
    const item = campusItem(page, fresh);
    await expect(item).toContainText("Actief");

    await item.getByRole("button", { name: `Naam wijzigen: ${fresh} – Campus Test` }).click();
    const newName = item.getByLabel("Naam van de campus");
    await expect(newName).toBeFocused();
    await newName.fill("");
    await item.getByRole("button", { name: "Naam opslaan" }).click();
    await expect(newName).toHaveAccessibleDescription(/Vul de naam van de campus in/);
    await newName.fill("Campus Noord");
    await newName.press("Enter");
    await expect(item.getByRole("status")).toHaveText(`De naam is gewijzigd: ${fresh} – Campus Noord.`);
    await expect(item.getByRole("button", { name: `Naam wijzigen: ${fresh} – Campus Noord` })).toBeFocused();

    await item.getByRole("button", { name: `Deactiveren: ${fresh} – Campus Noord` }).click();
    await expect(item).toContainText("Gedeactiveerd: niet meer aangeboden");
    await expect(item.getByRole("status")).toContainText("niet meer aangeboden");
    await shot(page, "nl-desktop");
    await item.getByRole("button", { name: `Opnieuw activeren: ${fresh} – Campus Noord` }).click();
    await expect(item).toContainText("Actief");

    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "nl-phone");
  });
});

test.describe("French, the access manager of CHU Démo Liège", () => {
  test.use({ locale: "fr-BE" });

  test("sees only the campuses of their hospital, in French", async ({ page }) => {
    await signIn(page, "67112159763");
    await page.goto("/access-management/campuses");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sites (campus)");
    await expect(campusItem(page, "710")).toContainText("Site du Sart Tilman");
    await expect(page.getByText("Campus Sint-Jan")).toHaveCount(0);
    await expect(campusItem(page, "714")).toHaveCount(0);
    await shot(page, "fr-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "fr-phone");
  });
});

test("other functions of the hospital do not get the campus page", async ({ page }) => {
  await signIn(page, "62071407283");
  const response = await page.goto("/access-management/campuses");
  expect(response?.status()).toBe(403);
});

test.describe("the treatment chronology", () => {
  test.use({ locale: "nl-BE" });

  test("offers the hospital's active campuses as 'site number – name' and shows the choice on the summary", async ({ page }) => {
    await signIn(page, "62071407283");
    await startRegistration(page, "standard");
    const campus = page.locator(`#${fieldDomId("treatments.0.campus")}`);
    await expect(campus).toHaveAccessibleName(/Campus \(vestigingsnummer\)/);
    // AZ Demo Gent's active campuses (the campus page's test may have added one); 714 is deactivated and not offered.
    const offered = campus.locator("option");
    await expect(offered.first()).toHaveText("— kies een campus —");
    await expect(offered.filter({ hasText: "710 – Campus Sint-Jan" })).toHaveCount(1);
    await expect(offered.filter({ hasText: "712 – Campus Maria Middelares" })).toHaveCount(1);
    await expect(offered.filter({ hasText: /^714/ })).toHaveCount(0);
    await campus.selectOption("712");
    await campus.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/campuses-form-nl-desktop.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await campus.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/campuses-form-nl-phone.png" });
    await page.getByRole("button", { name: "Français" }).click();
    await expect(campus).toHaveAccessibleName(/Campus \(numéro d'implantation\)/);
    await campus.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/campuses-form-fr-phone.png" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("button", { name: "Suivant" }).first().click();
    await expect(page).toHaveURL(/\/summary/, { timeout: 30_000 });
    const row = page.locator("main dl > div").filter({ hasText: "Campus (numéro d'implantation)" }).first();
    await expect(row).toContainText("712 – Campus Maria Middelares");
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/campuses-summary-fr-desktop.png" });
  });
});
