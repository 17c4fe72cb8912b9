import { expect, test } from "@playwright/test";
import { primaryTumourEntries, setField, srtLink } from "./support/srt-form";
import { signIn } from "./support/sign-in";

test.use({ locale: "en-GB" });
test.setTimeout(180_000);

test("a specialist registers an SRT treatment from patient to sent, with PDF and corrected version", async ({ page, request }) => {
  await signIn(page, "63061906056", { organisation: "AZ Demo Gent" });
  await srtLink(page, "New registration").click();
  await expect(page).toHaveURL(/\/modules\/srt\/new/);

  // The INSZ fills the patient from IdentifyPerson.
  await page.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await expect(page.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
  await page.getByRole("combobox", { name: /Health insurance institution/ }).selectOption("100");
  await page.screenshot({ path: "test-results/shots/03-patient-filled.png", fullPage: true });
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  const registrationUrl = page.url();

  // A registration with an error: the plan starts before the incidence date (SRT-E03).
  for (const [path, value] of primaryTumourEntries) await setField(page, path, value);
  await setField(page, "plans.0.startDate", "2025-09-01");
  await page.screenshot({ path: "test-results/shots/04-form.png", fullPage: true });
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);
  const e03 = "The start date of RT for the currently administered dosimetric plan cannot be earlier than the incidence date of the primary tumour";
  const errors = page.locator("main").getByRole("alert").filter({ hasText: e03 });
  await expect(errors).toBeVisible();
  // The error summary has the focus; the rule id is for support staff only (footer switch).
  await expect(errors).toBeFocused();
  await expect(errors.getByText("SRT-E03")).toBeHidden();
  await page.getByRole("checkbox", { name: /Show codes for support/ }).check();
  await expect(errors.getByText("SRT-E03")).toBeVisible();
  await page.getByRole("checkbox", { name: /Show codes for support/ }).uncheck();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toHaveCount(0);
  // A check-answers page: no "Save" with nothing to save, no two links to the same place, and
  // the row with the error is marked and has its own change link back to the field.
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Previous page", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "First page of the form", exact: true })).toHaveCount(0);
  const more = page.getByRole("navigation", { name: "Other actions" });
  // The manual's "Vorige" and "Naar 1e pagina" (§5.1): the form's last and first sections.
  await expect(more.getByRole("link", { name: "To the first page of the form" })).toHaveAttribute("href", `${new URL(registrationUrl).pathname}#section-A`);
  await expect(more.getByRole("link", { name: "Previous", exact: true })).toHaveAttribute("href", new RegExp(`^${new URL(registrationUrl).pathname}#section-`));
  await expect(more.getByRole("link", { name: "Patient identification" })).toHaveAttribute("href", `${new URL(registrationUrl).pathname}/patient`);
  await expect(more.getByRole("link", { name: "To the saved registrations" })).toBeVisible();
  const startRow = page.locator("main dl > div").filter({ hasText: "Start date of the plan" }).first();
  await expect(startRow).toContainText(`Error 1${e03}`);
  const change = startRow.getByRole("link", { name: "Change Start date of the plan" });
  await expect(change).toHaveAttribute("href", /#field-plans-0-startDate$/);
  await page.screenshot({ path: "test-results/shots/05-summary-error.png", fullPage: true });
  await change.click();
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}#field-plans-0-startDate$/);
  await expect(page.locator("#field-plans-0-startDate")).toBeFocused();

  // Fix it, and make a vague topography to get a warning (SRT-W02).
  await page.goto(registrationUrl);
  await setField(page, "plans.0.startDate", "2025-11-04");
  await setField(page, "topography", "C80.9");
  await setField(page, "morphology", "8000/3");
  const nextAction = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: "Next" }).click();
  const captured = await nextAction;
  await expect(page).toHaveURL(/\/summary$/);
  await expect(page.getByText("topography C80.9 is vaguely coded").first()).toBeVisible();
  const send = page.getByRole("button", { name: "Send", exact: true });
  // One primary action: Send; "Send and print" is there, styled as secondary.
  await expect(page.getByRole("button", { name: "Send and print" })).toBeVisible();
  await expect(send).toBeDisabled();
  const comments = page.getByRole("textbox", { name: /Comment confirming warning/ });
  for (let i = 0; i < (await comments.count()); i += 1) await comments.nth(i).fill("Primary site unknown after full work-up");
  await page.screenshot({ path: "test-results/shots/06-summary-warning.png", fullPage: true });
  await send.click();
  // One confirmation, with the focus: the reference, what happens next, where to go from here.
  const confirmation = page.locator("[data-page-focus]");
  await expect(confirmation.getByRole("heading", { level: 1, name: "Registration sent" })).toBeVisible();
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toContainText(/WBCR reference: SRT-\d{4}-\d{6}/);
  await expect(confirmation.getByRole("heading", { name: "What happens next" })).toBeVisible();
  await expect(page.getByText("this registration can be sent")).toHaveCount(0);
  const reference = (await confirmation.textContent())!.match(/SRT-\d{4}-\d{6}/)![0];
  const id = registrationUrl.split("/").pop()!;
  await expect(confirmation.getByRole("link", { name: "New registration for this patient" })).toHaveAttribute("href", `/modules/srt/new?from=${id}`);
  await expect(confirmation.getByRole("link", { name: "New registration", exact: true })).toHaveAttribute("href", "/modules/srt/new");
  await expect(confirmation.getByRole("link", { name: "Back to the sent registrations" })).toHaveAttribute("href", "/modules/srt/registrations?tab=sent");
  await page.screenshot({ path: "test-results/shots/07-sent.png", fullPage: true });

  // The PDF downloads and carries the reference.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Print registration (PDF)" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe(`${reference}.pdf`);
  const { extractText, getDocumentProxy } = await import("unpdf");
  const bytes = new Uint8Array(await (await import("node:fs/promises")).readFile((await pdf.path())!));
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  expect(text).toContain(reference);

  // Sent is immutable: the form is read-only, and a direct call to the server is refused.
  await page.goto(registrationUrl);
  await expect(page.getByText("This registration has been sent and can no longer be changed.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  // Replaying the form's own server action with the owner's session changes nothing either.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (const version of [1, 2, 3, 4, 5]) {
    const replay = await request.post(captured.url(), {
      headers: { "Next-Action": captured.headers()["next-action"]!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: new URL(captured.url()).origin, Cookie: cookie },
      data: JSON.stringify([{ id, version, formData: { indication: "AVM" } }]),
    });
    expect(replay.status()).toBeLessThan(500);
  }
  await page.goto(`${registrationUrl}/summary`);
  await expect(page.getByText("Extracerebral primary malignant tumour")).toBeVisible();
  await expect(page.getByText(reference).first()).toBeVisible();
  const pdfWithoutSession = await request.get(`/registrations/${id}/pdf`, { headers: { cookie: "" } });
  expect(pdfWithoutSession.status()).toBe(404);

  // Create a corrected version: a new draft citing the reference.
  await page.goto(`${registrationUrl}/summary`);
  await page.getByRole("button", { name: "Create corrected version" }).click();
  await expect(page).toHaveURL((url) => /\/registrations\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(id));
  await expect(page.getByText(`Corrected version of ${reference}`)).toBeVisible();
  await page.screenshot({ path: "test-results/shots/08-corrected.png", fullPage: true });

  // Send the correction, with its summary open in a second tab as well.
  const correctionUrl = page.url();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/summary$/);
  const secondTab = await page.context().newPage();
  await secondTab.goto(`${correctionUrl}/summary`);
  for (const tab of [page, secondTab]) {
    const boxes = tab.getByRole("textbox", { name: /Comment confirming warning/ });
    for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).fill("Primary site unknown after full work-up");
  }
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registration sent" })).toBeVisible();
  const correctionReference = (await page.locator("[data-page-focus]").textContent())!.match(/SRT-\d{4}-\d{6}/)![0];
  expect(correctionReference).not.toBe(reference);
  // The second tab's Send changes nothing and says so, instead of a second "Registration sent".
  await secondTab.getByRole("button", { name: "Send", exact: true }).click();
  await expect(secondTab.getByRole("heading", { level: 1, name: "This registration had already been sent" })).toBeVisible();
  await expect(secondTab.locator("[data-page-focus]")).toContainText(correctionReference);
  await expect(secondTab.getByRole("heading", { name: "Registration sent" })).toHaveCount(0);
  await secondTab.close();

  // The original now points to its correction: summary (with a link), Sent list row and PDF.
  await page.goto(`${registrationUrl}/summary`);
  await expect(page.getByText(`Corrected by ${correctionReference}`).first()).toBeVisible();
  await page.getByRole("link", { name: `Open corrected version ${correctionReference}` }).click();
  await expect(page).toHaveURL(new RegExp(`${new URL(correctionUrl).pathname}/summary$`));
  await expect(page.getByText(`Corrected version of ${reference}`)).toBeVisible();
  await page.goto("/modules/srt/registrations?tab=sent");
  const originalRow = page.getByRole("row").filter({ has: page.getByRole("rowheader").filter({ hasText: reference }) });
  await expect(originalRow.getByRole("link", { name: `Corrected by ${correctionReference}` })).toHaveAttribute("href", new RegExp(`${new URL(correctionUrl).pathname}/summary$`));
  const originalPdf = await page.request.get(`/registrations/${id}/pdf`, { headers: { "Accept-Language": "en-GB" } });
  const { text: originalText } = await extractText(await getDocumentProxy(new Uint8Array(await originalPdf.body())), { mergePages: true });
  expect(originalText).toContain(`Corrected by ${correctionReference}`);
});
