/**
 * Issue 14, "Done when": a specialist registers a breast cancer new diagnosis with MOC
 * participants (one typed new, one chosen from the hospital's list), meets an error and a warning
 * of the spec's cross-field table at their fields, fixes and confirms them and sends it; then a
 * follow-up of it with a year-only incidence date; the Sent tab shows the follow-up with its
 * original; registration + MOC print in one PDF holding the participants' RIZIV numbers and the
 * coordinator's attestation; a coordinator downloads both by MOC date as CSV and finds the
 * registry's codes. The steps live in support/standard-flow.ts and support/standard-outputs.ts.
 */
import { test } from "@playwright/test";
import { signedInContext } from "./support/stored-session";
import { expect, FOLLOW_UP_MOC_DAYS_AGO, isoDay, sendBreastCancerNewDiagnosis, sendFollowUp, standardAction, written } from "./support/standard-flow";
import { downloadCsvByMocDate, formattedRiziv, printRegistrationAndMoc } from "./support/standard-outputs";

test.use({ locale: "en-GB" });
test.setTimeout(300_000);

/** Els Maes, specialist at AZ Demo Gent. */
const specialist = { key: "standard-specialist", insz: "62071407283" };
/** The oncology coordinator of the same hospital. */
const coordinator = { key: "gent-coordinator", insz: "70031366746", options: { organisation: "AZ Demo Gent", functionLabel: /co[oö]rdinat/i } };

test("a breast cancer new diagnosis with its MOC, then its follow-up, from patient to the Sent tab", async ({ browser }) => {
  const context = await signedInContext(browser, specialist, { locale: "en-GB" });
  const page = await context.newPage();
  const shot = (name: string) => page.screenshot({ path: `test-results/shots/standard-${name}.png`, fullPage: true }).then(() => undefined);

  const original = await sendBreastCancerNewDiagnosis(page, shot);
  expect(original.reference).toMatch(/^STD-\d{4}-\d{6}$/);
  await shot("sent");

  // Registration and MOC list in one PDF: the participants' RIZIV numbers and the attestation (§5.9).
  await page.goto(`${original.path}/summary`);
  const printed = await printRegistrationAndMoc(page);
  expect(printed.pages).toBeGreaterThan(1);
  expect(printed.text).toContain("List of the MOC participants");
  expect(printed.text).toContain("350276-350280");
  for (const { riziv } of original.participants) expect(printed.text.includes(riziv) || printed.text.includes(formattedRiziv(riziv)), riziv).toBe(true);

  const followUp = await sendFollowUp(page, original, shot);
  expect(followUp).not.toBe(original.reference);

  // The Sent tab: the follow-up names its original.
  await standardAction(page, "Search");
  await page.getByRole("tab", { name: "Sent" }).or(page.getByRole("link", { name: "Sent", exact: true })).first().click();
  await expect(page.getByRole("row").filter({ hasText: followUp })).toContainText(`Follow-up of ${original.reference}`);
  await expect(page.getByRole("row").filter({ hasText: original.reference }).first()).toBeVisible();
  await shot("sent-tab");

  // The physician typed new joined the hospital's list: the "MOC participants" page shows them.
  const requester = original.participants[1]!;
  await page.goto("/person-lists");
  await expect(page.getByRole("heading", { level: 1, name: "MOC participants" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: written(requester.riziv) })).toContainText(`${requester.lastName} ${requester.firstName}`);
  await shot("moc-participants");
  await context.close();

  // A coordinator of the hospital downloads both by their MOC dates, with the registry's codes.
  const coordinatorContext = await signedInContext(browser, coordinator, { locale: "en-GB" });
  const coordinatorPage = await coordinatorContext.newPage();
  await coordinatorPage.goto("/");
  const rows = await downloadCsvByMocDate(coordinatorPage, original.mocDate, isoDay(-FOLLOW_UP_MOC_DAYS_AGO));
  const sentOriginal = rows.find((row) => row.reference === original.reference);
  expect(sentOriginal, `${original.reference} in the download by MOC date`).toBeDefined();
  expect(sentOriginal!["2_basisOfDiagnosis"]).toBe("2");
  expect(sentOriginal!["4_topography"]).toBe("C50.4");
  expect(sentOriginal!["5_laterality"]).toBe("1");
  expect(sentOriginal!.treatment1_10B1_code).toBe("10");
  const sentFollowUp = rows.find((row) => row.reference === followUp);
  expect(sentFollowUp, `${followUp} in the download by MOC date`).toBeDefined();
  expect(sentFollowUp!.followUpOf).toBe(original.reference);
  expect(Object.entries(sentFollowUp!).some(([id, value]) => id.startsWith("followUp_") && id.endsWith("_code") && value === "10")).toBe(true);
  await coordinatorContext.close();
});
