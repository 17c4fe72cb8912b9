import { expect, test } from "@playwright/test";
import { primaryTumourEntries, setField } from "./support/srt-form";
import { signIn } from "./support/sign-in";

test.use({ locale: "en-GB" });
test.setTimeout(180_000);

test("a specialist registers an SRT treatment from patient to sent, with PDF and corrected version", async ({ page, request }) => {
  await signIn(page, "63061906056", { organisation: "AZ Demo Gent" });
  await page.getByRole("link", { name: "New registration" }).click();
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
  const errors = page.locator("main").getByRole("alert").filter({ hasText: "SRT-E03" });
  await expect(errors).toBeVisible();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toHaveCount(0);
  await page.screenshot({ path: "test-results/shots/05-summary-error.png", fullPage: true });

  // Fix it, and make a vague topography to get a warning (SRT-W02).
  await page.goto(registrationUrl);
  await setField(page, "plans.0.startDate", "2025-11-04");
  await setField(page, "topography", "C80.9");
  await setField(page, "morphology", "8000/3");
  const nextAction = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: "Next" }).click();
  const captured = await nextAction;
  await expect(page).toHaveURL(/\/summary$/);
  await expect(page.getByText("SRT-W02").first()).toBeVisible();
  const send = page.getByRole("button", { name: "Send", exact: true });
  await expect(send).toBeDisabled();
  const comments = page.getByRole("textbox", { name: /Comment confirming warning/ });
  for (let i = 0; i < (await comments.count()); i += 1) await comments.nth(i).fill("Primary site unknown after full work-up");
  await page.screenshot({ path: "test-results/shots/06-summary-warning.png", fullPage: true });
  await send.click();
  await expect(page.getByText(/Sent\. WBCR reference: SRT-\d{4}-\d{6}/)).toBeVisible();
  const reference = (await page.getByText(/SRT-\d{4}-\d{6}/).first().textContent())!.match(/SRT-\d{4}-\d{6}/)![0];
  await page.screenshot({ path: "test-results/shots/07-sent.png", fullPage: true });

  // The PDF downloads and carries the reference.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Print (PDF)" }).click();
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
  const id = registrationUrl.split("/").pop()!;
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
});
