import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

/**
 * The person-lists page ("MOC-deelnemers", issue 12): coordinators and specialists correct or
 * remove the physicians of their hospital's lists; administrative staff are refused. The lists
 * are those the registered modules' person fields declare: the management steps run when one is
 * registered (a module with a person field, e.g. the fixture module in the e2e server).
 */

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Serious and critical axe-core violations of the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** A RIZIV/INAMI number no other run used (the e2e server may be reused): 97 − (first six mod 97). */
function freshRiziv(): { digits: string; written: string } {
  const firstSix = 100000 + Math.floor(Math.random() * 99999);
  const digits = `${firstSix}${String(97 - (firstSix % 97)).padStart(2, "0")}580`;
  return { digits, written: `${digits.slice(0, 1)}-${digits.slice(1, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}` };
}

/** A last name of letters only, different on every run. */
function freshLastName(): string {
  return `Essai${Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("")}`;
}

test.describe("person lists page", () => {
  test.use({ locale: "nl-BE" });
  test.setTimeout(120_000);

  test("administrative staff are refused the page", async ({ page }) => {
    await signIn(page, "90011960048", { organisation: "AZ Demo Gent", physician: "Claes" });
    const response = await page.goto("/person-lists");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("navigation").getByRole("link", { name: /deelnemers|Personenlijsten/ })).toHaveCount(0);
  });

  test("a coordinator adds, corrects and removes a physician of the hospital's list, at desktop and phone width", async ({ page }) => {
    await signIn(page, "70031366746", { organisation: "AZ Demo Gent", functionLabel: /co[oö]rdinat/i });
    await page.goto("/person-lists");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const addForms = page.getByRole("form", { name: "Arts toevoegen" });
    // The e2e server's fixture module declares the MOC participants list.
    expect(await addForms.count()).toBeGreaterThan(0);

    // The header links the page for coordinators.
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    await expect(page.getByRole("link", { name: title }).first()).toBeVisible();

    const add = addForms.first();
    const lastName = freshLastName();
    const riziv = freshRiziv();
    await add.getByLabel("Naam", { exact: true }).fill(lastName);
    await add.getByLabel("Voornaam").fill("Désiré");
    // A wrong check digit: a translated message at the field, nothing added.
    const wrong = `${riziv.digits.slice(0, 6)}${String((Number(riziv.digits.slice(6, 8)) % 97) + 1).padStart(2, "0")}580`;
    await add.getByLabel("RIZIV-nummer").fill(wrong);
    await add.getByRole("button", { name: "Toevoegen" }).click();
    await expect(add.getByText("de controlecijfers (7e en 8e cijfer) kloppen niet")).toBeVisible();
    await expect(add.getByLabel("RIZIV-nummer")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(riziv.written)).toHaveCount(0);

    await add.getByLabel("RIZIV-nummer").fill(riziv.written);
    await add.getByRole("button", { name: "Toevoegen" }).click();
    await expect(add.getByText(`Désiré ${lastName} staat op de lijst.`)).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: riziv.written });
    await expect(item).toContainText(`${lastName} Désiré`);
    await page.screenshot({ path: "test-results/shots/person-lists-desktop-nl.png", fullPage: true });

    // Correct the first name.
    await item.getByRole("button", { name: `Désiré ${lastName} verbeteren` }).click();
    const correction = item.getByRole("group", { name: `Désiré ${lastName} verbeteren` });
    await expect(correction.getByLabel("Naam", { exact: true })).toBeFocused();
    await correction.getByLabel("Voornaam").fill("Desiree");
    await correction.getByRole("button", { name: "Bewaren" }).click();
    const corrected = page.getByRole("listitem").filter({ hasText: riziv.written });
    await expect(corrected).toContainText(`${lastName} Desiree`);
    await expect(corrected.getByText(`Desiree ${lastName} is verbeterd.`)).toBeVisible();

    // Phone width, French.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("form", { name: "Ajouter un médecin" }).first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/shots/person-lists-phone-fr.png", fullPage: true });

    // Cancel (the button, or Escape) closes the form or the question and gives the focus back to the button that opened it.
    const row = page.getByRole("listitem").filter({ hasText: riziv.written });
    await row.getByRole("button", { name: `Supprimer Desiree ${lastName}` }).click();
    await row.getByRole("button", { name: "Annuler" }).click();
    await expect(row.getByRole("button", { name: `Supprimer Desiree ${lastName}` })).toBeFocused();
    await row.getByRole("button", { name: `Corriger Desiree ${lastName}` }).click();
    await expect(row.getByRole("group", { name: `Corriger Desiree ${lastName}` }).getByLabel("Nom", { exact: true })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(row.getByRole("group")).toHaveCount(0);
    await expect(row.getByRole("button", { name: `Corriger Desiree ${lastName}` })).toBeFocused();

    // Remove: asked once more (the question is the confirming button's description), then gone; the status line says so.
    await row.getByRole("button", { name: `Supprimer Desiree ${lastName}` }).click();
    await expect(row.getByText("Les enregistrements qui mentionnent déjà ce médecin ne changent pas.")).toBeVisible();
    await expect(row.getByRole("button", { name: `Supprimer Desiree ${lastName}` })).toBeFocused();
    await expect(row.getByRole("button", { name: `Supprimer Desiree ${lastName}` })).toHaveAccessibleDescription(/ne changent pas/);
    await row.getByRole("button", { name: `Supprimer Desiree ${lastName}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Desiree ${lastName} a été retiré de la liste.` })).toBeVisible();
    await expect(page.getByText(riziv.written)).toHaveCount(0);
  });
});
