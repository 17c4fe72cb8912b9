import { expect, test, type Locator, type Page } from "@playwright/test";
import { fieldDomId } from "@/components/registration/field-dom-id";
import { signIn } from "./support/sign-in";
import { srtLink } from "./support/srt-form";

/**
 * The registrar's effort for the typical SRT case (one plan, one lesion, primary tumour), from
 * the home page to sent (issue 13, "Done when"): by keyboard only, every key press that is not
 * typing a value is counted (≤ 40); with the mouse, every click (≤ 30). Typed values (and an
 * option's first letters, which choose it as in a list) are typing. The counts per page are
 * printed, so a regression says where it happened.
 */

test.use({ locale: "nl-BE" });
test.setTimeout(240_000);

const KEYBOARD_BUDGET = 40;
const MOUSE_BUDGET = 30;
const PATIENT_INSZ = "85073003328";

/** A date this many days ago as typed (dd-mm-yyyy): the case is recent, so it is not late (SRT-W08). */
function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return `${String(date.getUTCDate()).padStart(2, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${date.getUTCFullYear()}`;
}
const dates = { incidence: daysAgo(70), mdt: daysAgo(45), start: daysAgo(27), end: daysAgo(19) };

type Stage = "home" | "patient" | "form" | "summary" | "sent";

class Counter {
  readonly perStage = new Map<Stage, number>();
  stage: Stage = "home";
  add(count = 1) {
    this.perStage.set(this.stage, (this.perStage.get(this.stage) ?? 0) + count);
  }
  get total() {
    return [...this.perStage.values()].reduce((sum, count) => sum + count, 0);
  }
  report(kind: string) {
    const parts = [...this.perStage].map(([stage, count]) => `${stage} ${count}`).join(", ");
    console.log(`${kind}: ${this.total} (${parts})`);
  }
}

/** Keyboard only: presses keys (counted) and types values (not counted). */
class Keyboard {
  constructor(
    private readonly page: Page,
    readonly counter: Counter,
  ) {}

  async press(key: string) {
    this.counter.add();
    await this.page.keyboard.press(key);
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }

  /**
   * Moves on in the form: Enter goes to the next required field still empty (a code picker keeps
   * its Enter: Tab there), then Tabs if that is not the field wanted.
   */
  async moveTo(target: Locator) {
    const onField = await this.page.evaluate(() => {
      const active = document.activeElement;
      return !!active?.closest("form [data-field]") && active.getAttribute("role") !== "combobox";
    });
    if (onField) await this.press("Enter");
    await this.tabTo(target);
  }

  /** Tabs forward until `target` has the focus, as a user would (at most 25 presses). */
  async tabTo(target: Locator) {
    for (let presses = 0; presses < 25; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
      await this.press("Tab");
    }
    throw new Error(`Tab never reached ${target}`);
  }
}

const field = (page: Page, path: string) => page.locator(`#${fieldDomId(path)}`);
const group = (page: Page, path: string) => page.locator(`#${fieldDomId(path)}-group`);

/** Values typed by keyboard: text for text boxes and dates, letters for lists and radio groups. */
const typedEntries: { path: string; kind: "text" | "choice" | "tick" | "code"; value: string; expect?: string }[] = [
  { path: "indication", kind: "choice", value: "Extra", expect: "PRIMARY_TUMOUR" },
  { path: "nomenclatureCode", kind: "choice", value: "444636", expect: "444636" },
  { path: "mdtDate", kind: "text", value: dates.mdt },
  { path: "whoPerformanceStatus", kind: "choice", value: "1", expect: "1" },
  { path: "treatmentIntent", kind: "choice", value: "C", expect: "CURATIVE" },
  { path: "previousRtSameRegion", kind: "choice", value: "N", expect: "NO" },
  { path: "concurrentSystemicTherapy", kind: "tick", value: "NONE" },
  { path: "clinicalTrial", kind: "choice", value: "N", expect: "NO" },
  { path: "incidenceDate", kind: "text", value: dates.incidence },
  { path: "topography", kind: "code", value: "C34.1" },
  { path: "morphology", kind: "code", value: "8140/3" },
  { path: "laterality", kind: "choice", value: "2", expect: "2" },
  { path: "basisOfDiagnosis", kind: "choice", value: "7", expect: "7" },
  { path: "plans.0.startDate", kind: "text", value: dates.start },
  { path: "plans.0.endDate", kind: "text", value: dates.end },
  { path: "plans.0.platform", kind: "choice", value: "L", expect: "LINAC" },
  { path: "plans.0.technique", kind: "choice", value: "V", expect: "VMAT" },
  { path: "plans.0.imageGuidance", kind: "tick", value: "CBCT" },
  { path: "plans.0.motionManagement", kind: "choice", value: "ITV", expect: "ITV_4DCT" },
  { path: "plans.0.lesions.0.targetSite", kind: "choice", value: "Lo", expect: "LUNG" },
  { path: "plans.0.lesions.0.laterality", kind: "choice", value: "R", expect: "RIGHT" },
  { path: "plans.0.lesions.0.totalDoseGy", kind: "text", value: "54" },
  { path: "plans.0.lesions.0.fractions", kind: "text", value: "3" },
];

/** The value a choice field holds now (a list's value, or the checked radio's). */
async function chosen(page: Page, path: string): Promise<string> {
  const radios = group(page, path);
  if ((await radios.count()) > 0) return (await radios.locator("input:checked").getAttribute("value")) ?? "";
  return field(page, path).inputValue();
}

test("the typical SRT case from the home page to sent by keyboard only takes at most 40 key presses besides typing", async ({ page }) => {
  await signIn(page, "63061906056", { organisation: "AZ Demo Gent" });
  const counter = new Counter();
  const keys = new Keyboard(page, counter);

  // Home: the page as it opens, the skip link, then the module's "new registration".
  await page.goto("/");
  await keys.press("Tab");
  await keys.press("Enter");
  await keys.tabTo(srtLink(page, "Nieuwe registratie"));
  await keys.press("Enter");

  counter.stage = "patient";
  await expect(page).toHaveURL(/\/modules\/srt\/new/);
  const insz = page.getByRole("textbox", { name: /INSZ/ });
  await keys.tabTo(insz);
  await keys.type(PATIENT_INSZ);
  await expect(page.getByRole("textbox", { name: /Familienaam/ })).not.toHaveValue("");
  const insurer = page.getByRole("combobox", { name: /Verzekeringsinstelling|ziekenfonds/i });
  // The register's answer fills the insurer too; a user chooses it only when it did not.
  if (!(await insurer.inputValue())) {
    await keys.tabTo(insurer);
    await keys.type("1");
    await expect(insurer).not.toHaveValue("");
    await keys.tabTo(page.getByRole("button", { name: "Volgende" }));
  }
  // Enter in a text box goes on ("Volgende" is the page's one submit button).
  await keys.press("Enter");

  counter.stage = "form";
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  // The focus moved to the page (its heading) and the first field is the next Tab.
  await expect(page.locator("main h1")).toBeFocused();
  for (const entry of typedEntries) {
    const target = (await group(page, entry.path).count()) > 0 ? group(page, entry.path) : field(page, entry.path);
    await keys.moveTo(target);
    if (entry.kind === "tick") {
      // The group's one tab stop is its first option; the first letter moves to the one wanted.
      const option = group(page, entry.path).locator(`input[value="${entry.value}"]`);
      if (!(await option.evaluate((element) => element === document.activeElement))) await keys.type(entry.value.charAt(0));
      await expect(option).toBeFocused();
      await keys.press("Space");
      await expect(option).toBeChecked();
    } else {
      await keys.type(entry.value);
      if (entry.kind === "choice") await expect.poll(() => chosen(page, entry.path)).toBe(entry.expect);
    }
  }
  await page.screenshot({ path: "test-results/shots/effort-keyboard-form.png", fullPage: true });
  await keys.press("Control+Enter");

  counter.stage = "summary";
  await expect(page).toHaveURL(/\/summary$/);
  const send = page.getByRole("button", { name: "Versturen", exact: true });
  await keys.tabTo(send);
  await keys.press("Enter");

  counter.stage = "sent";
  await expect(page.getByText(/SRT-\d{4}-\d{6}/).first()).toBeVisible();
  counter.report("keyboard presses besides typing");
  expect(counter.total).toBeLessThanOrEqual(KEYBOARD_BUDGET);
});

test("the typical SRT case from the home page to sent with the mouse takes at most 30 clicks", async ({ page }) => {
  await signIn(page, "63061906056", { organisation: "AZ Demo Gent" });
  const counter = new Counter();
  const click = async (target: Locator) => {
    counter.add();
    await target.click();
  };
  /** A native list opens with one click and chooses with a second. */
  const choose = async (target: Locator, value: string) => {
    counter.add(2);
    await target.selectOption(value);
  };

  await page.goto("/");
  await click(srtLink(page, "Nieuwe registratie"));

  counter.stage = "patient";
  await expect(page).toHaveURL(/\/modules\/srt\/new/);
  await click(page.getByRole("textbox", { name: /INSZ/ }));
  await page.keyboard.type(PATIENT_INSZ);
  await expect(page.getByRole("textbox", { name: /Familienaam/ })).not.toHaveValue("");
  const insurer = page.getByRole("combobox", { name: /Verzekeringsinstelling|ziekenfonds/i });
  // The register's answer fills the insurer too; a user chooses it only when it did not.
  if (!(await insurer.inputValue())) await choose(insurer, "100");
  await click(page.getByRole("button", { name: "Volgende" }));

  counter.stage = "form";
  await expect(page).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  const mouseEntries: [string, string][] = [
    ["indication", "PRIMARY_TUMOUR"],
    ["nomenclatureCode", "444636"],
    ["mdtDate", dates.mdt],
    ["whoPerformanceStatus", "1"],
    ["treatmentIntent", "CURATIVE"],
    ["previousRtSameRegion", "NO"],
    ["concurrentSystemicTherapy", "NONE"],
    ["clinicalTrial", "NO"],
    ["incidenceDate", dates.incidence],
    ["topography", "C34.1"],
    ["morphology", "8140/3"],
    ["laterality", "2"],
    ["basisOfDiagnosis", "7"],
    ["plans.0.startDate", dates.start],
    ["plans.0.endDate", dates.end],
    ["plans.0.platform", "LINAC"],
    ["plans.0.technique", "VMAT"],
    ["plans.0.imageGuidance", "CBCT"],
    ["plans.0.motionManagement", "ITV_4DCT"],
    ["plans.0.lesions.0.targetSite", "LUNG"],
    ["plans.0.lesions.0.laterality", "RIGHT"],
    ["plans.0.lesions.0.totalDoseGy", "54"],
    ["plans.0.lesions.0.fractions", "3"],
  ];
  for (const [path, value] of mouseEntries) {
    const options = group(page, path);
    if ((await options.count()) > 0) {
      await click(options.locator(`label:has(input[value="${value}"])`));
      continue;
    }
    const control = field(page, path);
    if ((await control.evaluate((element) => element.tagName)) === "SELECT") {
      await choose(control, value);
      continue;
    }
    // A text box, a date or a code typed in full: one click to get there, then typing.
    await click(control);
    await page.keyboard.type(value);
  }
  await click(page.getByRole("button", { name: /Volgende/ }));

  counter.stage = "summary";
  await expect(page).toHaveURL(/\/summary$/);
  await click(page.getByRole("button", { name: "Versturen", exact: true }));

  counter.stage = "sent";
  await expect(page.getByText(/SRT-\d{4}-\d{6}/).first()).toBeVisible();
  counter.report("mouse clicks");
  expect(counter.total).toBeLessThanOrEqual(MOUSE_BUDGET);
});
