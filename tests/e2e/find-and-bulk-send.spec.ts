import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// F-FIND-1..4, F-BULK-1, F-BULK-3 against the demo data (random but deterministic): rows are
// picked from what the pages show, never by id.
test.use({ locale: "en-GB" });

const claes = { insz: "63061906056", organisation: "AZ Demo Gent" };
const searchLabel = "INSZ, health insurance number or other identifier";

function savedTable(page: Page): Locator {
  return page.getByRole("table", { name: "Saved registrations (drafts) you can open" });
}

function sentTable(page: Page): Locator {
  return page.getByRole("table", { name: "Sent registrations you can open" });
}

/** The INSZ (as shown, with separators) of the first row of the Sent tab. */
async function firstSentInsz(page: Page): Promise<string> {
  await page.goto("/modules/srt/registrations?tab=sent");
  const cell = sentTable(page).locator("tbody tr").first().locator("td").nth(2);
  await expect(cell).toHaveText(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/);
  return (await cell.innerText()).trim();
}

test("a specialist sees the Saved tab with statuses and deletes a draft after confirming", async ({ page }) => {
  await signIn(page, claes.insz, { organisation: claes.organisation });
  await page.goto("/modules/srt/registrations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stereotactic radiotherapy (SRT): search registrations");
  const tabs = page.getByRole("navigation", { name: "Saved or sent registrations" });
  await expect(tabs.getByRole("link", { name: "Saved" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Sent" })).not.toHaveAttribute("aria-current", "page");

  const table = savedTable(page);
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);
  // Every draft shows its status as text (the icon is decorative).
  const statuses = await table.locator("tbody tr td:nth-child(6)").allInnerTexts();
  for (const status of statuses) expect(status.trim()).toMatch(/^(Not validated|Validated without errors|Validated with warnings|Validated, with errors)$/);
  expect(statuses.some((s) => s.includes("Not validated"))).toBe(true);
  // Edit opens the patient identification page; send only when validated without errors.
  const firstEdit = rows.first().getByRole("link", { name: /^Edit/ });
  await expect(firstEdit).toHaveAttribute("href", /^\/registrations\/[0-9a-f-]{36}\/patient$/);
  for (const row of await rows.filter({ hasText: "Not validated" }).all()) {
    await expect(row.getByRole("link", { name: /^Send/ })).toHaveCount(0);
  }

  // Delete a draft that was never validated: ask first, cancel keeps it, confirm removes it.
  const victim = rows.filter({ hasText: "Not validated" }).first();
  const editHref = await victim.getByRole("link", { name: /^Edit/ }).getAttribute("href");
  expect(editHref).toBeTruthy();
  const row = table.locator("tbody tr", { has: page.locator(`a[href="${editHref}"]`) });
  // Print, download and delete sit under the row's "More".
  await row.locator("summary", { hasText: "More" }).click();
  await row.locator("summary", { hasText: "Delete" }).click();
  await expect(row.getByText("Delete this draft? This cannot be undone.")).toBeVisible();
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByText("Delete this draft? This cannot be undone.")).toBeHidden();
  await row.locator("summary", { hasText: "Delete" }).click();
  await row.getByRole("button", { name: "Yes, delete the draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The draft has been deleted." })).toBeVisible();
  await expect(page.locator(`a[href="${editHref}"]`)).toHaveCount(0);
  // Gone for good: its summary is not found any more.
  await page.goto(editHref!.replace(/\/patient$/, "/summary"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the Sent tab lists sent registrations; a search by INSZ typed with separators finds the patient", async ({ page }) => {
  await signIn(page, claes.insz, { organisation: claes.organisation });
  await page.goto("/modules/srt/registrations");
  await page.getByRole("navigation", { name: "Saved or sent registrations" }).getByRole("link", { name: "Sent" }).click();
  await expect(page).toHaveURL(/tab=sent/);
  const table = sentTable(page);
  const first = table.locator("tbody tr").first();
  await expect(first).toBeVisible();
  const reference = (await first.locator("th").innerText()).split("\n")[0]!.trim();
  expect(reference).toMatch(/^SRT-\d{4}-\d{6}$/);
  const insz = (await first.locator("td").nth(2).innerText()).trim();
  await expect(first.getByRole("link", { name: /^View/ })).toHaveAttribute("href", /^\/registrations\/[0-9a-f-]{36}\/summary$/);
  await expect(first.getByRole("link", { name: /^New registration for this patient/ })).toHaveAttribute("href", /^\/modules\/srt\/new\?from=[0-9a-f-]{36}$/);
  await first.locator("summary", { hasText: "More" }).click();
  await expect(first.getByRole("link", { name: /^Print/ })).toHaveAttribute("href", /^\/registrations\/[0-9a-f-]{36}\/pdf$/);

  // Typed another way than shown: spaces instead of dots and hyphen.
  const typed = `${insz.slice(0, 2)} ${insz.slice(3, 5)} ${insz.slice(6, 8)} ${insz.slice(9, 12)} ${insz.slice(13)}`;
  await page.getByLabel(searchLabel).fill(typed);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  // The identifier is posted and kept on the server: the address holds only the search's id.
  await expect(page).toHaveURL(/tab=sent&search=[0-9a-f-]{36}$/);
  expect(page.url()).not.toContain(insz.replace(/\D/g, "").slice(0, 6));
  await expect(page.getByText(`Registrations of the patient with identifier ${typed}`)).toBeVisible();
  const found = table.locator("tbody tr");
  await expect(found.filter({ hasText: reference })).toHaveCount(1);
  for (const identifier of await table.locator("tbody tr td:nth-child(4)").allInnerTexts()) expect(identifier.trim()).toBe(insz);
  await expect(page.getByRole("heading", { name: "Sent registrations of this patient you cannot open" })).toBeVisible();

  // The tabs keep the search, by its id.
  await expect(page.getByRole("navigation", { name: "Saved or sent registrations" }).getByRole("link", { name: "Saved" })).toHaveAttribute(
    "href",
    /tab=saved&search=[0-9a-f-]{36}$/,
  );

  // Download the selection: nothing leaves before the disclaimer is confirmed.
  const requested: string[] = [];
  await page.route("**/modules/srt/download/file**", async (route) => {
    requested.push(route.request().postData() ?? "");
    await route.fulfill({ status: 200, headers: { "content-type": "text/csv", "content-disposition": 'attachment; filename="sent.csv"' }, body: "reference\r\n" });
  });
  const exportForm = page.getByRole("form", { name: "Download the selection" });
  await expect(exportForm.getByRole("button", { name: "Download selection as CSV" })).toBeDisabled();
  await page.getByRole("checkbox", { name: "Select all registrations on this page" }).check();
  await expect(page.getByText(/^Selected: [1-9]\d*$/)).toBeVisible();
  await exportForm.getByRole("button", { name: "Download selection as CSV" }).click();
  await expect(exportForm.getByRole("alert")).toHaveText("Confirm that you take responsibility for the exported data first.");
  expect(requested).toHaveLength(0);
  await exportForm.getByRole("checkbox", { name: /take responsibility/ }).check();
  const download = page.waitForEvent("download");
  await exportForm.getByRole("button", { name: "Download selection as CSV" }).click();
  await download;
  expect(requested).toHaveLength(1);
  // Posted, never in the URL: an export starts only from a POST carrying the confirmation.
  const posted = new URLSearchParams(requested[0]!);
  expect(posted.get("kind")).toBe("sent");
  expect(posted.get("format")).toBe("csv");
  expect(posted.get("confirm")).toBe("1");
  expect(posted.get("ids")!.split(",").length).toBe(await found.count());
});

test("bulk send: nothing selected is explained; drafts with unconfirmed warnings are refused with the reason", async ({ page }) => {
  await signIn(page, claes.insz, { organisation: claes.organisation });
  await page.goto("/modules/srt/bulk-send");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stereotactic radiotherapy (SRT): send validated registrations");
  await page.getByRole("button", { name: "Send selected" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Select at least one registration to send.");

  // An Claes's validated demo drafts all have warnings that nobody confirmed yet.
  const table = page.getByRole("table", { name: "Validated saved registrations" });
  const withWarnings = table.locator("tbody tr").filter({ hasText: "Validated with warnings" });
  expect(await withWarnings.count()).toBeGreaterThanOrEqual(2);
  const chosen = [withWarnings.nth(0), withWarnings.nth(1)];
  const summaries: string[] = [];
  for (const row of chosen) summaries.push((await row.locator("th a").getAttribute("href"))!);
  for (const row of chosen) await row.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Send selected" }).click();
  await expect(page.getByText("Finished: 0 sent, 2 refused.")).toBeVisible();
  const results = page.getByRole("region", { name: "Result per registration" });
  await expect(results.locator("tbody tr")).toHaveCount(2);
  for (const href of summaries) {
    const row = results.locator("tbody tr", { has: page.locator(`a[href="${href}"]`) });
    await expect(row).toContainText("Not sent: The warnings of this registration must be confirmed with a comment on the summary page");
    await expect(row.getByRole("link", { name: /^Open the summary/ })).toHaveAttribute("href", href);
  }
  // Nothing was sent: both are still candidates, no longer ticked (a second "Send selected" would not resend them unnoticed).
  for (const href of summaries) await expect(table.locator(`a[href="${href}"]`)).toHaveCount(1);
  for (const href of summaries) await expect(table.locator("tbody tr", { has: page.locator(`a[href="${href}"]`) }).getByRole("checkbox")).not.toBeChecked();
  await expect(page.getByText("Selected: 0")).toBeVisible();
});

test("bulk send: a coordinator sends two drafts validated without errors and gets their references", async ({ page }) => {
  await signIn(page, "70031366746", { organisation: "AZ Demo Gent", functionLabel: /coordinator/i });
  await page.goto("/modules/srt/bulk-send");
  const table = page.getByRole("table", { name: "Validated saved registrations" });
  const ready = table.locator("tbody tr").filter({ hasText: "Validated without errors" });
  expect(await ready.count()).toBeGreaterThanOrEqual(2);
  const chosen = [ready.nth(0), ready.nth(1)];
  const summaries: string[] = [];
  for (const row of chosen) summaries.push((await row.locator("th a").getAttribute("href"))!);
  for (const row of chosen) await row.getByRole("checkbox").check();
  await expect(page.getByText("Selected: 2")).toBeVisible();
  await page.getByRole("button", { name: "Send selected" }).click();

  const progress = page.getByRole("progressbar", { name: "Sending progress" });
  await expect(progress).toHaveAttribute("aria-valuemax", "2");
  await expect(page.getByText("Finished: 2 sent, 0 refused.")).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuenow", "2");
  const results = page.getByRole("region", { name: "Result per registration" });
  await expect(results.locator("tbody tr")).toHaveCount(2);
  const references: string[] = [];
  for (const href of summaries) {
    const link = results.locator(`a[href="${href}"]`);
    await expect(link).toHaveText(/^Sent, reference SRT-\d{4}-\d{6}$/);
    references.push((await link.innerText()).replace("Sent, reference ", ""));
  }
  expect(new Set(references).size).toBe(2);
  // Sent ones leave the candidates and head the Sent tab (newest first).
  for (const href of summaries) await expect(table.locator(`a[href="${href}"]`)).toHaveCount(0);
  await page.goto("/modules/srt/registrations?tab=sent");
  const newest = await sentTable(page).locator("tbody tr th").allInnerTexts();
  expect(newest.slice(0, 2).map((text) => text.split("\n")[0]!.trim()).sort()).toEqual([...references].sort());
});

test("list 2: a Liège coordinator sees only the physician and hospital of Gent's sent registrations", async ({ browser }) => {
  const gent = await browser.newPage();
  await signIn(gent, claes.insz, { organisation: claes.organisation });
  const insz = await firstSentInsz(gent);
  await gent.close();

  const page = await browser.newPage();
  await signIn(page, "77031043035", { organisation: "CHU Démo Liège", functionLabel: /coordinator/i });
  await page.goto("/modules/srt/registrations?tab=sent");
  await page.getByLabel(searchLabel).fill(insz);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/search=/);
  const others = page.getByRole("region", { name: "Sent registrations of this patient you cannot open" });
  const table = others.getByRole("table");
  await expect(table.getByRole("row", { name: "An Claes AZ Demo Gent" })).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Physician", "Hospital"]);
  // Names only: no links, no references, no identifiers or medical data.
  await expect(others.getByRole("link")).toHaveCount(0);
  await expect(others).not.toContainText(/SRT-\d{4}/);
  await expect(others).not.toContainText(insz);
  // And none of Gent's registrations is in list 1.
  await expect(page.getByRole("table", { name: "Sent registrations you can open" }).getByText("An Claes")).toHaveCount(0);
  await page.close();
});

test("the lists are paginated with a cursor: next page and back to the first page", async ({ page }) => {
  // The Gent coordinator sees the sent registrations of the whole hospital: more than one page.
  await signIn(page, "70031366746", { organisation: "AZ Demo Gent", functionLabel: /coordinator/i });
  await page.goto("/modules/srt/registrations?tab=sent");
  const rows = sentTable(page).locator("tbody tr th");
  await expect(rows).toHaveCount(25);
  const firstPage = await rows.allInnerTexts();
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByRole("link", { name: "First page" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/tab=sent&after=/);
  await expect(rows.first()).not.toHaveText(firstPage[0]!);
  const secondPage = await rows.allInnerTexts();
  expect(secondPage.filter((reference) => firstPage.includes(reference))).toEqual([]);
  await pages.getByRole("link", { name: "First page" }).click();
  await expect(rows.first()).toHaveText(firstPage[0]!);
});

test("an access manager cannot use the search or bulk-send pages", async ({ page }) => {
  await signIn(page, "89090703934", { organisation: "AZ Demo Gent" });
  for (const path of ["/modules/srt/registrations?tab=sent", "/modules/srt/bulk-send"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
  }
});
