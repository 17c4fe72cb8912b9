import { expect, test } from "@playwright/test";

/** The eHealth simulator follows the language WBCR passes, its person list included. */
for (const { locale, lang, heading, identityHeading, person } of [
  { locale: "de-BE", lang: "de", heading: "Wie möchten Sie sich anmelden?", identityHeading: "Als wer möchten Sie sich anmelden?", person: "Facharzt, AZ Demo Gent und UZ Demo Brussel" },
  { locale: "fr-BE", lang: "fr", heading: "Comment souhaitez-vous vous connecter ?", identityHeading: "Sous quelle identité souhaitez-vous vous connecter ?", person: "Spécialiste, AZ Demo Gent et UZ Demo Brussel" },
  { locale: "nl-BE", lang: "nl", heading: "Hoe wilt u zich aanmelden?", identityHeading: "Als wie wilt u zich aanmelden?", person: "Specialist, AZ Demo Gent en UZ Demo Brussel" },
]) {
  test(`signing in from the ${lang} interface shows the simulator and its person list in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(async () => {
      await page.locator("main button").click();
      await page.waitForURL(/\/interaction\//, { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await page.check('input[name="method"][value="itsme"]');
    await page.locator('form[action$="/verify"] button[type="submit"]').click();
    await page.locator('form[action$="/verify"] button[type="submit"]').click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(identityHeading);
    await expect(page.locator('label[for="person-63061906056"]')).toContainText(person);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `test-results/shots/ehealth-identities-${lang}-phone.png` });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: `test-results/shots/ehealth-identities-${lang}-desktop.png` });
    await context.close();
  });
}
