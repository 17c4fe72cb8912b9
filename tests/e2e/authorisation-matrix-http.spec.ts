/**
 * The authorisation matrix over HTTP: who may print (PDF route) and save (server action) a
 * draft and a sent registration of a Gent specialist. The data-access layer's own matrix is in
 * tests/integration/access-policy.test.ts; this proves the routes use it.
 */
import { expect, test, type Browser } from "@playwright/test";
import { primaryTumourEntries, setField } from "./support/srt-form";
import { signIn, type SignInOptions } from "./support/sign-in";

test.use({ locale: "en-GB" });
test.setTimeout(240_000);

async function cookieOf(browser: Browser, insz: string, options: SignInOptions): Promise<string> {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signIn(page, insz, options);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  return `${cookie.name}=${cookie.value}`;
}

test("print and save are allowed exactly as the role table says", async ({ browser, page, request }) => {
  // Els Maes (Gent specialist) creates a draft and a sent registration.
  await signIn(page, "62071407283", { organisation: "AZ Demo Gent" });
  const ids: Record<"draft" | "sent", string> = { draft: "", sent: "" };
  for (const kind of ["sent", "draft"] as const) {
    await page.goto("/modules/srt/new");
    await page.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
    await expect(page.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
    await page.getByRole("combobox", { name: /Health insurance institution/ }).selectOption("100");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
    ids[kind] = new URL(page.url()).pathname.split("/").pop()!;
    if (kind === "draft") break;
    for (const [path, value] of primaryTumourEntries) await setField(page, path, value);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/summary$/);
    await expect(page.getByRole("button", { name: "Send", exact: true })).toBeVisible();
    const comments = page.getByRole("textbox", { name: /Comment confirming warning/ });
    for (let i = 0; i < (await comments.count()); i += 1) await comments.nth(i).fill("verified");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByText(/WBCR reference/)).toBeVisible();
  }

  const who: Record<string, [string, SignInOptions]> = {
    owner: ["62071407283", { organisation: "AZ Demo Gent" }],
    adminForOwner: ["72010804867", { organisation: "AZ Demo Gent", physician: "Els Maes" }],
    adminForOther: ["90011960048", { organisation: "AZ Demo Gent", physician: "Jan Peeters" }],
    otherSpecialistSameHospital: ["61022754933", { organisation: "AZ Demo Gent" }],
    coordinatorSameHospital: ["70031366746", { organisation: "AZ Demo Gent", functionLabel: /coordinator/i }],
    coordinatorOtherHospital: ["77031043035", { organisation: "CHU Démo Liège" }],
    accessManager: ["89090703934", { organisation: "AZ Demo Gent" }],
    registryStaff: ["74061025571", { organisation: "Belgian Cancer Registry" }],
  };
  const mayPrint: Record<string, ("draft" | "sent")[]> = {
    owner: ["draft", "sent"],
    adminForOwner: ["draft", "sent"],
    coordinatorSameHospital: ["draft", "sent"],
    registryStaff: ["sent"],
  };
  for (const [name, [insz, options]] of Object.entries(who)) {
    const cookie = await cookieOf(browser, insz, options);
    for (const kind of ["draft", "sent"] as const) {
      const response = await request.get(`/registrations/${ids[kind]}/pdf`, { headers: { Cookie: cookie } });
      const allowed = (mayPrint[name] ?? []).includes(kind);
      expect(response.status(), `${name} prints the ${kind}`).toBe(allowed ? 200 : 404);
      // The summary page: the same rule, and never a hint of the content when refused.
      const summary = await request.get(`/registrations/${ids[kind]}/summary`, { headers: { Cookie: cookie } });
      expect(summary.status(), `${name} opens the ${kind}`).toBe(allowed ? 200 : 404);
      if (allowed) expect(await summary.text()).toContain("Peeters, Jan");
    }
  }
});
