/**
 * Who the virtual users are and what they enter: the demo people who register (specialists, and
 * administrative staff for their physician), adult patients IdentifyPerson knows, and the
 * complete SRT examples. Several virtual users may share one demo person: each has a session of
 * its own, and nobody signs out during a run (signing out ends every session of the person).
 */
import { demoPeople } from "@/lib/demo/people";
import { validRegistrations } from "@/lib/modules/srt/examples";
import { endedDaysAgo } from "@/lib/modules/srt/demo";
import { getModule } from "@/lib/modules/registry";
import { demoPopulation } from "@/lib/patients/demo-population";
import type { LedgerEntry } from "@/perf/reconcile/reconcile";
import type { HeadlessBrowser } from "./headless-browser";
import { saveAndCheck, saveDraft, send, startRegistration, type PatientEntry, type Persona } from "./user-flow";
import type { StepStats } from "./step-stats";

export const personas: Persona[] = demoPeople.flatMap((person): Persona[] => {
  const functions = new Set(person.memberships.map((m) => m.function));
  if (functions.has("SPECIALIST")) return [{ insz: person.insz, functionLabel: "Specialist" }];
  if (functions.has("ADMINISTRATIVE")) return [{ insz: person.insz, functionLabel: "Administrative staff" }];
  return [];
});

export const patients: PatientEntry[] = demoPopulation
  // Men born before 1990: every example (one is a prostate) is valid for them.
  .filter((p) => !p.deceasedDate && p.birthDate && p.birthDate.length === 10 && p.birthDate < "1990" && p.sex === "M")
  .slice(0, 500)
  .map((p) => ({
    insz: p.insz,
    lastName: p.lastName,
    firstName: p.firstName,
    birthDate: p.birthDate ?? undefined,
    sex: p.sex ?? "",
    postalCode: p.address.postalCode,
    town: p.address.town,
    country: p.address.country,
  }));

const examples = Object.values(validRegistrations);

/** Form data of iteration n: a first partial save, then the complete example. */
export function formsFor(n: number): { partial: Record<string, unknown>; complete: Record<string, unknown> } {
  const complete = structuredClone(examples[n % examples.length]) as Record<string, unknown>;
  return { partial: { indication: complete.indication, nomenclatureCode: complete.nomenclatureCode }, complete };
}


/** The complete example with its dates moved so the last plan ended `daysAgo` days ago: sent in time, no lateness warning. */
export function recentForm(n: number, daysAgo = 30, now = new Date()): Record<string, unknown> {
  return endedDaysAgo(formsFor(n).complete, daysAgo, now);
}

export function emptyDraft(): unknown {
  return getModule("srt")!.emptyDraft();
}

/**
 * One registration from the patient page to sent (or, with `keepDraft`, saved twice and left as
 * a draft), keeping the ledger in step with what the server acknowledged.
 */
export async function registerOnce(
  browser: HeadlessBrowser,
  stats: StepStats,
  ledger: LedgerEntry[],
  n: number,
  options: { keepDraft?: boolean; expectLookup?: "found" | "unavailable"; patient?: PatientEntry } = {},
): Promise<LedgerEntry> {
  const patient = options.patient ?? patients[n % patients.length]!;
  const created = await stats.time("new registration", () => startRegistration(browser, patient, { expectLookup: options.expectLookup }));
  const entry: LedgerEntry = { id: created.id, expect: "draft", version: created.version, formData: emptyDraft() };
  ledger.push(entry);
  const { partial, complete } = formsFor(n);
  await acknowledgedSave(entry, partial, () => stats.time("save", () => saveDraft(browser, entry.id, entry.version, partial)));
  if (options.keepDraft) {
    await acknowledgedSave(entry, complete, () => stats.time("save", () => saveDraft(browser, entry.id, entry.version, complete)));
    return entry;
  }
  await acknowledgedSave(entry, complete, () => stats.time("check", () => saveAndCheck(browser, entry.id, entry.version, complete)));
  entry.expect = "either";
  entry.reference = await stats.time("send", () => send(browser, entry.id, entry.version));
  entry.expect = "sent";
  return entry;
}

/** Records a save as pending until the server's answer arrives, then as acknowledged. */
export async function acknowledgedSave(entry: LedgerEntry, formData: unknown, save: () => Promise<number>): Promise<void> {
  entry.unacknowledged = { version: entry.version + 1, formData };
  const version = await save();
  entry.version = version;
  entry.formData = formData;
  entry.unacknowledged = undefined;
}
