import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Issue 13, the registrar's day: the patient page (11 and the patient part of 1), reuse of a
// patient and of a registration (12), lists that can be scanned and fit a phone (13).
test.use({ locale: "en-GB" });
test.setTimeout(120_000);

const claes = { insz: "63061906056", organisation: "AZ Demo Gent" };

async function noSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test("patient page: INSZ first, the register fills the rest (insurer too), fixed errors leave at once, one draft per attempt", async ({ page }) => {
  await signIn(page, claes.insz, { organisation: claes.organisation });
  await page.goto("/modules/srt/new");
  const form = page.locator("main form");
  // The INSZ is the first text field of the page, before the insurer.
  await expect(form.getByRole("textbox").first()).toHaveAccessibleName(/INSZ/);
  const inszBox = await form.getByRole("textbox", { name: /INSZ/ }).boundingBox();
  const insurerBox = await form.getByRole("combobox", { name: /Health insurance institution/ }).boundingBox();
  expect(inszBox!.y).toBeLessThan(insurerBox!.y);

  // "Next" on an empty page: errors in the summary and at the fields.
  await page.getByRole("button", { name: "Next" }).click();
  const summary = page.getByRole("alert").filter({ hasText: /errors?/ });
  await expect(summary).toBeVisible();
  await expect(page.getByText("Last name is required").first()).toBeVisible();
  const before = (await summary.innerText()).match(/(\d+) errors?/)![1];
  expect(Number(before)).toBeGreaterThanOrEqual(7);

  // Typing one field drops its error only, and the count with it.
  await form.getByRole("textbox", { name: /Town/ }).fill("Antwerpen");
  await expect(summary).toContainText(`${Number(before) - 1} error`);

  // The INSZ: IdentifyPerson fills the patient and the insurer; no error is left.
  await form.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await expect(form.getByRole("textbox", { name: /Last name/ })).toHaveValue("Peeters");
  await expect(form.getByRole("combobox", { name: /Health insurance institution/ })).toHaveValue("400");
  await expect(page.getByText("Last name is required")).toHaveCount(0);
  await expect(summary).toHaveCount(0);
  await page.screenshot({ path: "test-results/shots/daily-01-patient-filled.png", fullPage: true });

  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  // Back does not return to a patient page whose "Next" was done (no second draft from it).
  await page.goBack();
  await expect(page).not.toHaveURL(/\/modules\/srt\/new/);
});

test("reuse: a new registration for the patient of a sent one, and a copy of its content marked as copied", async ({ page }) => {
  await signIn(page, claes.insz, { organisation: claes.organisation });
  await page.goto("/modules/srt/registrations?tab=sent");
  const first = page.getByRole("table", { name: "Sent registrations you can open" }).locator("tbody tr").first();
  const reference = (await first.locator("th a").innerText()).trim();
  const patientName = (await first.locator("td").nth(1).innerText()).split("\n")[0]!.trim();

  // Same patient, empty form: no identifier in the address.
  await first.getByRole("link", { name: /^New registration for this patient/ }).click();
  await expect(page).toHaveURL(/\/modules\/srt\/new\?from=[0-9a-f-]{36}$/);
  expect(page.url()).not.toMatch(/\d{11}/);
  await expect(page.getByText(`Patient details taken from ${reference}`)).toBeVisible();
  await expect(page.getByRole("textbox", { name: /Last name/ })).toHaveValue(patientName.split(", ")[0]!);

  // A copy of the content: from the row's "More".
  await page.goto("/modules/srt/registrations?tab=sent");
  await first.locator("summary", { hasText: "More" }).click();
  await first.getByRole("link", { name: /^Copy as a new registration/ }).click();
  await expect(page).toHaveURL(/\/modules\/srt\/new\?from=[0-9a-f-]{36}&copy=1$/);
  await expect(page.getByText(`The content of ${reference} is copied as a starting point`)).toBeVisible();
  await expect(page.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
  const insurer = page.getByRole("combobox", { name: /Health insurance institution/ });
  if ((await insurer.inputValue()) === "") await insurer.selectOption("100");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`Copy of ${reference}`)).toBeVisible();
  await page.goto(`${page.url()}/summary`);
  await expect(page.getByText(`Copy of ${reference}`)).toBeVisible();
});

test("lists: what tells rows apart, one action per row, no sideways scroll on a phone (nl, fr)", async ({ page }) => {
  await signIn(page, claes.insz, { organisation: claes.organisation });
  for (const [language, indication] of [["nl", "Indicatie:"], ["fr", "Indication :"]] as const) {
    await page.goto("/modules/srt/registrations");
    await page.locator(`button[name="locale"][value="${language}"]`).click();
    await expect(page.locator("html")).toHaveAttribute("lang", new RegExp(`^${language}`));
    for (const tab of ["saved", "sent"] as const) {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`/modules/srt/registrations?tab=${tab}`);
      const rows = page.locator("main table tbody tr");
      await expect(rows.first()).toBeVisible();
      // The module's list summary: SRT shows the indication.
      await expect(rows.filter({ hasText: indication }).first()).toBeVisible();
      await page.screenshot({ path: `test-results/shots/daily-list-${tab}-${language}-1366.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect(rows.first()).toBeVisible();
      await noSidewaysScroll(page);
      await page.screenshot({ path: `test-results/shots/daily-list-${tab}-${language}-390.png`, fullPage: false });
    }
    await page.goto("/modules/srt/new");
    await noSidewaysScroll(page);
    await page.screenshot({ path: `test-results/shots/daily-patient-${language}-390.png`, fullPage: true });
  }
});
