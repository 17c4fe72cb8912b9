import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

test.use({ locale: "en-GB" });

/** The body rows of the audit table. */
const eventRows = (page: Page) => page.getByRole("table", { name: /Audit events at AZ Demo Gent/ }).locator("tbody tr");

test("the Gent coordinator consults the audit trail of their hospital and filters it by action", async ({ page }) => {
  await signIn(page, "70031366746", { organisation: "AZ Demo Gent", functionLabel: /coordinator/i });
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail");

  // Their own login steps are listed, with translated labels and Belgian times.
  const ownChoice = eventRows(page)
    .filter({ has: page.getByRole("rowheader", { name: /Hospital and profile chosen/ }) })
    .filter({ hasText: "Pieter De Smet" });
  await expect(ownChoice.first()).toBeVisible();
  await expect(ownChoice.first()).toContainText("Function: Oncology coordinator");
  await expect(ownChoice.first().locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);

  const form = page.getByRole("form", { name: "Filter" });
  await form.getByLabel("Action").selectOption({ label: "All session actions" });
  await form.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/audit\?action=session\.$/);
  await expect(eventRows(page).first()).toBeVisible();
  for (const header of await eventRows(page).getByRole("rowheader").all()) await expect(header).toContainText("session.");

  // Viewing the audit trail is itself audited; the filter is a link that can be shared.
  await form.getByLabel("Action").selectOption({ label: "Audit trail viewed" });
  await form.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/audit\?action=audit\.view$/);
  const views = eventRows(page);
  await expect(views.first()).toContainText("Audit trail viewed");
  await expect(views.first()).toContainText("Pieter De Smet");
  await expect(views.first()).toContainText("Filters: Action: All session actions");
  for (const header of await views.getByRole("rowheader").all()) await expect(header).toContainText("audit.view");

  await page.goto("/audit?action=session.&person=De%20Smet");
  await expect(page.getByRole("form", { name: "Filter" }).getByLabel("Person")).toHaveValue("De Smet");
  await expect(page.getByRole("form", { name: "Filter" }).getByLabel("Action")).toHaveValue("session.");
  for (const row of await eventRows(page).all()) await expect(row).toContainText("Pieter De Smet");
});

test("malformed filters get a clear message, not an error page", async ({ page }) => {
  await signIn(page, "70031366746", { organisation: "AZ Demo Gent", functionLabel: /coordinator/i });
  await page.goto(`/audit?from=2024-02-30&person=${encodeURIComponent("' OR 1=1 --")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
  await expect(page.locator("main").getByRole("alert")).toContainText("The filters could not be used");
  const form = page.getByRole("form", { name: "Filter" });
  await expect(form.getByLabel("From")).toHaveAccessibleDescription("Type dd-mm-yyyy, for example 20-09-2026. Enter an existing date (dd-mm-yyyy).");
  await expect(form.getByLabel("Person")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("a specialist opening the audit trail gets the access-denied page", async ({ page }) => {
  await signIn(page, "63061906056", { organisation: "AZ Demo Gent", functionLabel: /Specialist/ });
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
  await expect(page.locator("main").getByRole("alert")).toHaveText("You have no access to this page with your current profile.");
  await expect(page.getByRole("table")).toHaveCount(0);
});
