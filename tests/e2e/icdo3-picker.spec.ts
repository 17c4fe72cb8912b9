import { expect, test, type Page } from "@playwright/test";
import { setField, srtLink } from "./support/srt-form";
import { signIn } from "./support/sign-in";

test.use({ locale: "nl-BE" });
test.setTimeout(180_000);

const topography = (page: Page) => page.locator("#field-topography");
const options = (page: Page) => page.locator("#field-topography-listbox [role=option]");

/** A new SRT draft for a primary tumour, so the topography picker shows. */
async function openDraft(page: Page): Promise<string> {
  await signIn(page, "63061906056", { organisation: "AZ Demo Gent" });
  await srtLink(page, "Nieuwe registratie").click();
  await page.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await expect(page.getByRole("textbox", { name: /Familienaam/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Verzekeringsinstelling/ }).selectOption("100");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  await setField(page, "indication", "PRIMARY_TUMOUR");
  await expect(topography(page)).toBeVisible();
  return page.url();
}

/** A screenshot with the picker and its list in view (the list opens below the field). */
async function shot(page: Page, name: string, field = "#field-topography") {
  await page.locator(field).evaluate((element) => element.scrollIntoView({ block: "start" }));
  await page.mouse.wheel(0, -60);
  await page.screenshot({ path: `test-results/shots/${name}.png` });
}

async function switchLanguage(page: Page, name: string, lang: string) {
  await page.getByRole("button", { name }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(topography(page)).toBeVisible();
}

/** Types a word; the list shows lung (C34) first and nothing is highlighted. */
async function expectLungFirst(page: Page, word: string, site = "C34") {
  await topography(page).fill("");
  await topography(page).pressSequentially(word);
  await expect(options(page).first()).toBeVisible();
  await expect(options(page).first()).toContainText(site);
  await expect(topography(page)).not.toHaveAttribute("aria-activedescendant");
  await expect(page.locator('#field-topography-listbox [aria-selected="true"]')).toHaveCount(0);
}

test("ICD-O-3 topography search in Dutch and French finds lung and breast, and Enter never picks for the user", async ({ page }) => {
  await openDraft(page);

  // Dutch labels, and "long" is the lung, not the long bones.
  await expectLungFirst(page, "long");
  await expect(options(page).first()).toContainText("Hoofdbronchus");
  await expect(options(page).filter({ hasText: "C34.9" })).toContainText("Long, NNO");
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot(page, "icdo3-nl-long-desktop");

  // Enter after typing a word picks nothing: the text stays, the list stays, no code is stored.
  await topography(page).press("Enter");
  await expect(topography(page)).toHaveValue("long");
  await expect(page.locator("#field-topography-code")).toHaveText("");
  await expect(options(page).first()).toBeVisible();

  // Moving to an option highlights it; Enter then picks exactly that one.
  await topography(page).press("ArrowDown");
  await topography(page).press("ArrowDown");
  await expect(topography(page)).toHaveAttribute("aria-activedescendant", "field-topography-option-1");
  await topography(page).press("Enter");
  await expect(topography(page)).toHaveValue("C34.1");
  await expect(page.locator("#field-topography-code")).toContainText("Bovenkwab, long");

  await expectLungFirst(page, "poumon");
  await expectLungFirst(page, "borst", "C50");
  await expect(options(page).filter({ hasText: "C50.9" })).toContainText("Borst, NNO");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "icdo3-nl-borst-phone");

  // Escape closes the list and puts back the chosen code.
  await topography(page).press("Escape");
  await topography(page).press("Escape");
  await expect(topography(page)).toHaveValue("C34.1");

  // French: French labels, and Dutch or French words alike.
  await page.setViewportSize({ width: 1366, height: 768 });
  await switchLanguage(page, "Français", "fr");
  await expectLungFirst(page, "poumon");
  await expect(options(page).filter({ hasText: "C34.9" })).toContainText("Poumon, SAI");
  await shot(page, "icdo3-fr-poumon-desktop");
  await expectLungFirst(page, "long");
  await expectLungFirst(page, "borst", "C50");
  await expect(options(page).filter({ hasText: "C50.9" })).toContainText("Sein, SAI");
  await topography(page).press("Enter");
  await expect(topography(page)).toHaveValue("borst");
  await page.setViewportSize({ width: 390, height: 844 });
  await expectLungFirst(page, "sein", "C50");
  await shot(page, "icdo3-fr-sein-phone");

  // Morphology families by their French and Dutch names.
  const morphology = page.locator("#field-morphology");
  await morphology.pressSequentially("adénocarcinome sai");
  await expect(page.locator("#field-morphology-listbox [role=option]").first()).toContainText("8140/");
  await expect(page.locator("#field-morphology-listbox [role=option]").filter({ hasText: "8140/3" })).toContainText("Adénocarcinome, SAI");
  await morphology.fill("");
  await morphology.pressSequentially("plaveiselcel");
  await expect(page.locator("#field-morphology-listbox [role=option]").first()).toContainText("8052/2");
  await expect(page.locator("#field-morphology-listbox [role=option]").filter({ hasText: "8070/3" })).toContainText("Carcinome épidermoïde, SAI");
  await shot(page, "icdo3-fr-plaveiselcel-phone", "#field-morphology");
  await morphology.press("Escape");

  // German: the form in German, German topography labels (morphology falls back to English).
  await page.setViewportSize({ width: 1366, height: 768 });
  await switchLanguage(page, "Deutsch", "de");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Registrierung");
  await expect(page.getByText("Indikation", { exact: false }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/shots/form-de-desktop.png", fullPage: true });
  await expectLungFirst(page, "Lunge");
  await expect(options(page).filter({ hasText: "C34.9" })).toContainText("Lunge, o.n.A.");
  await shot(page, "icdo3-de-lunge-desktop");
  await topography(page).press("Escape");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/shots/form-de-phone.png" });
});
