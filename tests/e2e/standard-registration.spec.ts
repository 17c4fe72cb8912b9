/**
 * Issue 14, "Done when": a specialist registers a breast cancer new diagnosis with MOC
 * participants (one typed new, one chosen from the hospital's list), meets an error and a warning
 * of the spec's cross-field table at their fields, fixes and confirms them and sends it; then a
 * follow-up of it with a year-only incidence date; the Sent tab shows the follow-up with its
 * original. The steps live in support/standard-flow.ts so other specs can continue from them
 * (printing registration + MOC, downloading by MOC date).
 */
import { test } from "@playwright/test";
import { signedInContext } from "./support/stored-session";
import { expect, sendBreastCancerNewDiagnosis, sendFollowUp, standardAction, written } from "./support/standard-flow";

test.use({ locale: "en-GB" });
test.setTimeout(300_000);

/** Els Maes, specialist at AZ Demo Gent. */
const specialist = { key: "standard-specialist", insz: "62071407283" };

test("a breast cancer new diagnosis with its MOC, then its follow-up, from patient to the Sent tab", async ({ browser }) => {
  const context = await signedInContext(browser, specialist, { locale: "en-GB" });
  const page = await context.newPage();
  const shot = (name: string) => page.screenshot({ path: `test-results/shots/standard-${name}.png`, fullPage: true }).then(() => undefined);

  const original = await sendBreastCancerNewDiagnosis(page, shot);
  expect(original.reference).toMatch(/^STD-\d{4}-\d{6}$/);
  await shot("sent");

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
});
