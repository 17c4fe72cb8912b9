/**
 * "This tumour may already be registered": a registration's tumour facts compared with the other
 * tumours known for the same patient (lib/clinical/multiple-primary.ts). Pure and file-free: the
 * form computes the hints in the browser as the user types, the summary, PDF and decision on the
 * server, with the same function. Where the known tumours come from: find-patient-tumours.ts.
 */
import { compareTumours, type MultiplePrimaryRule, type TumourOutcome } from "@/lib/clinical/multiple-primary";
import type { TumourFacts } from "@/lib/modules/facts";

/** A registration of the same patient the user may open (any module, draft or sent), with its facts. */
export interface KnownTumour {
  id: string;
  moduleId: string;
  status: "DRAFT" | "SENT";
  reference: string | null;
  sentAt: string | null;
  facts: Pick<TumourFacts, "incidenceDate" | "topography" | "morphology" | "laterality">;
}

/** A sent registration of the same patient by another source: only what list 2 may show, plus its incidence date. */
export interface OtherSourceTumour {
  moduleId: string;
  incidenceDate: string | null;
  organisationName: string;
  physicianName: string;
}

export interface PatientTumours {
  known: KnownTumour[];
  others: OtherSourceTumour[];
  /** Registrations are removed this many days after sending (or their last change): the lookback. */
  retentionDays: number;
}

export interface TumourHint {
  outcome: TumourOutcome;
  rule: MultiplePrimaryRule;
  other: KnownTumour;
}

export const TUMOUR_CHOICES = ["new_primary", "same_tumour", "checked"] as const;
export type TumourChoice = (typeof TUMOUR_CHOICES)[number];

/** What the user decided on one hint (stored with the registration, like a warning confirmation). */
export interface TumourDecisionView {
  ruleId: string;
  outcome: string;
  otherRegistrationId: string | null;
  otherReference: string | null;
  choice: string;
  comment: string;
  decidedByName: string;
  decidedAt: Date;
}

/** Whether the facts hold what a comparison needs: topography, morphology and incidence date. */
export function readyToCompare(facts: TumourFacts | null | undefined): boolean {
  return Boolean(facts?.topography && facts.morphology && facts.incidenceDate);
}

const order: Record<TumourOutcome, number> = { same: 0, unknown: 1, new: 2 };

/**
 * The hints for a tumour: one per known tumour that can be compared, "same" first, then
 * "unknown primary site", then "new primary"; within each, the nearest incidence date first.
 * Empty until topography, morphology and incidence date are filled.
 */
export function tumourHints(facts: TumourFacts, known: readonly KnownTumour[]): TumourHint[] {
  if (!readyToCompare(facts)) return [];
  const at = Date.parse(facts.incidenceDate ?? "");
  const found: { hint: TumourHint; distance: number }[] = [];
  for (const other of known) {
    const compared = compareTumours(facts, other.facts);
    if (!compared) continue;
    const then = Date.parse(other.facts.incidenceDate ?? "");
    const distance = Number.isNaN(at) || Number.isNaN(then) ? Number.MAX_SAFE_INTEGER : Math.abs(at - then);
    found.push({ hint: { ...compared, other }, distance });
  }
  found.sort((x, y) => order[x.hint.outcome] - order[y.hint.outcome] || x.distance - y.distance);
  return found.map(({ hint }) => hint);
}
