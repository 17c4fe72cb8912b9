import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseDelimited, records } from "./support/delimited";
import { signIn } from "./support/sign-in";

test.use({ locale: "en-GB" });
test.setTimeout(120_000);

/** The download page: sent registrations, the disclaimer confirmed, one file. */
async function download(page: Page, format: "csv" | "txt"): Promise<Record<string, string>[]> {
  await page.goto("/modules/srt/download");
  await page.getByRole("radio", { name: /Sent registrations/ }).check();
  await page.locator(`input[name="format"][value="${format}"]`).check();
  const button = page.getByRole("button", { name: "Download" });
  await expect(button).toBeDisabled();
  await page.getByRole("checkbox", { name: /accept responsibility/ }).check();
  const file = page.waitForEvent("download");
  await button.click();
  const text = await readFile((await (await file).path())!, "utf8");
  const rows = parseDelimited(text, format === "csv" ? "," : "\t");
  const width = rows[0]!.length;
  expect(rows.every((row) => row.length === width), "every row has every column").toBe(true);
  expect(rows[0]).toEqual(expect.arrayContaining(["reference", "organisation", "responsiblePhysician", "patient_insz", "A1_indication", "plan1_lesion1_D4_totalDoseGy"]));
  return records(rows);
}

test("downloads hold exactly the sent registrations each user may see, in CSV and TXT", async ({ browser }) => {
  const as = async (insz: string, organisation: string, functionLabel?: RegExp) => {
    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await signIn(page, insz, { organisation, functionLabel });
    return page;
  };
  const specialist = await as("63061906056", "AZ Demo Gent");
  const csv = await download(specialist, "csv");
  const txt = await download(specialist, "txt");
  expect(csv.length).toBeGreaterThan(0);
  expect(txt.map((r) => r.reference).sort()).toEqual(csv.map((r) => r.reference).sort());
  expect(new Set(csv.map((r) => r.organisation))).toEqual(new Set(["AZ Demo Gent"]));
  expect(new Set(csv.map((r) => r.responsiblePhysician))).toEqual(new Set(["An Claes"]));
  expect(csv.every((r) => /^SRT-\d{4}-\d{6}$/.test(r.reference!))).toBe(true);

  const coordinator = await download(await as("70031366746", "AZ Demo Gent", /coordinator/i), "csv");
  expect(coordinator.length).toBeGreaterThan(csv.length);
  const coordinatorReferences = new Set(coordinator.map((r) => r.reference));
  expect(csv.every((r) => coordinatorReferences.has(r.reference))).toBe(true);
  expect(new Set(coordinator.map((r) => r.organisation))).toEqual(new Set(["AZ Demo Gent"]));

  const liege = await download(await as("77031043035", "CHU Démo Liège"), "csv");
  expect(liege.length).toBeGreaterThan(0);
  expect(liege.some((r) => coordinatorReferences.has(r.reference))).toBe(false);
  expect(new Set(liege.map((r) => r.organisation))).toEqual(new Set(["CHU Démo Liège"]));
});
