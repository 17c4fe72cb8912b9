import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

/**
 * The person field (issue 12): a physician typed once in a registration joins the hospital's
 * list (the number checked at the field, with a translated message) and is offered by the next
 * registration, chosen with the keyboard, in the fixture module the e2e server registers
 * (WBCR_TEST_MODULES, open to the demo neurosurgeon) on its "moc-participants" list.
 */

test.use({ locale: "nl-BE" });
test.setTimeout(180_000);

/** The fixture module's person field (tests/fixtures/modules/follow-up-trial, field A5). */
const MODULE = "follow-up-trial";
const FIELD = "coordinator";

/** A new registration of the module, past the patient page; null when the module is not registered. */
async function openDraft(page: Page): Promise<boolean> {
  const response = await page.goto(`/modules/${MODULE}/new`);
  if (!response || response.status() === 404) return false;
  await page.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await expect(page.getByRole("textbox", { name: /Familienaam/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Verzekeringsinstelling/ }).selectOption("100");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  return true;
}

function freshRiziv(): string {
  const firstSix = 100000 + Math.floor(Math.random() * 99999);
  return `${firstSix}${String(97 - (firstSix % 97)).padStart(2, "0")}580`;
}

test("a physician typed once joins the list and is chosen from it in the next registration", async ({ page }) => {
  await signIn(page, "80041210084", { organisation: "CHU Démo Liège" });
  expect(await openDraft(page), `module ${MODULE} is registered for this user`).toBe(true);
  const field = page.locator(`#field-${FIELD}`);
  const lastName = `Essai${Array.from({ length: 5 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("")}`;
  const riziv = freshRiziv();
  const written = `${riziv.slice(0, 1)}-${riziv.slice(1, 6)}-${riziv.slice(6, 8)}-${riziv.slice(8)}`;

  await field.fill(lastName);
  // Announced to screen readers, and shown.
  await expect(page.getByRole("status").filter({ hasText: `Geen arts op de lijst past bij “${lastName}”.` })).toHaveCount(1);
  await expect(page.getByText(`Geen arts op de lijst past bij “${lastName}”.`).last()).toBeVisible();
  await page.getByRole("button", { name: "Nieuwe arts invullen" }).first().click();
  const group = page.getByRole("group", { name: /Nieuwe arts voor/ });
  await expect(group.getByLabel("Naam", { exact: true })).toHaveValue(lastName);
  await expect(group.getByLabel("Voornaam")).toBeFocused();
  await group.getByLabel("Voornaam").fill("Désiré");
  await group.getByLabel("RIZIV-nummer").fill(`${riziv.slice(0, 6)}00580`);
  await group.getByLabel("RIZIV-nummer").press("Enter");
  await expect(group.getByText("de controlecijfers (7e en 8e cijfer) kloppen niet")).toBeVisible();
  await expect(group.getByLabel("RIZIV-nummer")).toBeFocused();
  await page.screenshot({ path: "test-results/shots/person-field-new-nl.png", fullPage: true });
  await group.getByLabel("RIZIV-nummer").fill(written);
  await group.getByRole("button", { name: "Deze arts gebruiken" }).click();
  await expect(page.getByText(`Gekozen: Désiré ${lastName} (${written})`)).toBeVisible();
  await expect(page.getByText(`Désiré ${lastName} is toegevoegd aan de lijst van het ziekenhuis.`)).toBeVisible();
  await expect(field).toBeFocused();
  await page.getByRole("button", { name: "Bewaren" }).first().click();
  await expect(page.getByText(/Bewaard om/).first()).toBeVisible();

  // The next registration finds them by a prefix without accents; nothing is highlighted until the arrow.
  await page.goto("/");
  expect(await openDraft(page)).toBe(true);
  await field.fill("desi");
  const options = page.locator(`#field-${FIELD}-listbox [role=option]`);
  await expect(options.filter({ hasText: written })).toBeVisible();
  await expect(page.locator(`#field-${FIELD}-listbox [aria-selected=true]`)).toHaveCount(0);
  await field.press("Enter");
  await expect(page.getByText(/^Gekozen:/)).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/shots/person-field-search-phone-nl.png", fullPage: true });
  const index = await options.evaluateAll((items, text) => items.findIndex((item) => item.textContent?.includes(text)), written);
  for (let i = 0; i <= index; i += 1) await field.press("ArrowDown");
  await expect(field).toHaveAttribute("aria-activedescendant", `field-${FIELD}-option-${index}`);
  await field.press("Enter");
  await expect(page.getByText(`Gekozen: Désiré ${lastName} (${written})`)).toBeVisible();
  await expect(field).toHaveValue(`Désiré ${lastName} (${written})`);
  // Escape after typing undoes the search words.
  await field.fill("zz");
  await field.press("Escape");
  await field.press("Escape");
  await expect(field).toHaveValue(`Désiré ${lastName} (${written})`);
});
