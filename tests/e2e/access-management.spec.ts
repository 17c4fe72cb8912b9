import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

test.use({ locale: "en-GB" });

/**
 * A valid national number no other run used: the e2e server may be reused between runs, and
 * adding the same person twice is (rightly) refused. Check digits: 97 − (first nine mod 97).
 */
function freshInsz(): { digits: string; formatted: string } {
  const random = (from: number, to: number) => from + Math.floor(Math.random() * (to - from + 1));
  const pad = (n: number, length = 2) => String(n).padStart(length, "0");
  const firstNine = `${pad(random(50, 89))}${pad(random(1, 12))}${pad(random(1, 28))}${pad(random(1, 997), 3)}`;
  const digits = `${firstNine}${pad(97 - (Number(firstNine) % 97))}`;
  return { digits, formatted: `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}` };
}

/** A last name of letters only, different on every run. */
function freshLastName(): string {
  const letters = Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("");
  return `Essai${letters}`;
}

/** The row of one person in the list, found by its row header (the name). */
function personRow(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
}

test("the access manager adds a specialist, sees them listed, links administrative staff to them and deactivates them", async ({ page }) => {
  await signIn(page, "67112159763", { organisation: "CHU Démo Liège" });
  await page.goto("/access-management");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access management");

  const insz = freshInsz();
  const lastName = freshLastName();
  const fullName = `Anne ${lastName}`;
  const addForm = page.getByRole("form", { name: "Add a person" });
  const inszField = addForm.getByLabel("National number (INSZ/NISS)");

  // A wrong check number: a translated message tied to the field, focus back on it, nothing added.
  const wrongCheck = `${insz.digits.slice(0, 9)}${insz.digits.slice(9) === "01" ? "02" : "01"}`;
  await inszField.fill(wrongCheck);
  await addForm.getByLabel("First name").fill("Anne");
  await addForm.getByLabel("Last name").fill(lastName);
  await addForm.getByLabel("Function").selectOption({ label: "Specialist" });
  await addForm.getByLabel("RIZIV/INAMI number (optional)").fill("1-23456-78-901");
  await addForm.getByLabel("Specialty (optional)").selectOption({ label: "Radiotherapy" });
  await addForm.getByRole("button", { name: "Add" }).click();
  await expect(inszField).toHaveAttribute("aria-invalid", "true");
  await expect(inszField).toHaveAccessibleDescription(/check digits do not match/);
  await expect(inszField).toBeFocused();
  await expect(addForm.getByRole("alert")).toContainText("Nothing was changed");
  await expect(personRow(page, fullName)).toHaveCount(0);

  // The typed values survived the refusal: only the number needs fixing.
  await expect(addForm.getByLabel("Last name")).toHaveValue(lastName);
  await inszField.fill(insz.formatted);
  await inszField.press("Enter");
  await expect(addForm.getByRole("status")).toHaveText(`${fullName} was added.`);
  await expect(inszField).toHaveValue("");

  const row = personRow(page, fullName);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(insz.formatted);
  await expect(row).toContainText("Specialist");
  await expect(row).toContainText("RIZIV/INAMI 12345678901");
  await expect(row).toContainText("Radiotherapy");
  await expect(row).toContainText("Active");

  // Link Céline Leclercq (administrative staff) to the new specialist.
  const linkForm = page.getByRole("form", { name: "Link administrative staff to a physician" });
  await linkForm.getByLabel("Administrative employee").selectOption({ label: "Céline Leclercq" });
  await linkForm.getByLabel("Physician").selectOption({ label: fullName });
  await linkForm.getByRole("button", { name: "Link" }).click();
  await expect(linkForm.getByRole("status")).toHaveText("The link was made.");
  const leclercq = personRow(page, "Céline Leclercq");
  await expect(leclercq).toContainText(fullName);
  await expect(leclercq.getByRole("button", { name: `Remove link: Céline Leclercq for ${fullName}` })).toBeVisible();

  // Linking twice is refused with a clear message.
  await linkForm.getByLabel("Administrative employee").selectOption({ label: "Céline Leclercq" });
  await linkForm.getByLabel("Physician").selectOption({ label: fullName });
  await linkForm.getByRole("button", { name: "Link" }).click();
  await expect(linkForm.getByRole("alert")).toHaveText("This employee is already linked to this physician.");

  // Deactivate (never delete): the row stays, marked inactive, and can be reactivated.
  await row.getByRole("button", { name: `Deactivate: Specialist, ${fullName}` }).click();
  await expect(row).toContainText("Inactive");
  await expect(row.getByRole("button", { name: `Reactivate: Specialist, ${fullName}` })).toBeVisible();

  // The manager's own access offers no deactivation (the server refuses it anyway).
  const own = personRow(page, "Luc Simon");
  await expect(own).toContainText("Your own access");
  await expect(own.getByRole("button")).toHaveCount(0);
});

test("a specialist gets the access-denied page", async ({ page }) => {
  await signIn(page, "67021843558", { organisation: "CHU Démo Liège" });
  await page.goto("/access-management");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
  await expect(page.locator("main").getByRole("alert")).toHaveText("You have no access to this page with your current profile.");
  await expect(page.getByRole("form", { name: "Add a person" })).toHaveCount(0);
});
