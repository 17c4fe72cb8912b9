/**
 * Multiple primaries (IARC/IACR/ENCR rules, July 2004): is a new tumour probably one already
 * registered for the patient, a new primary, or can it not be told because one of them has an
 * unknown primary site? Site groups (Table 1) and histology groups (Table 2) as CanReg5's
 * multiple-primary tester applies them (data/multiple-primary, GPL-3.0, see its NOTICE.md), plus
 * the rules' recommendations for recording (paired organs, colon and skin subsites). Pure and
 * file-free, so the browser, the server and the benchmark use the same code; it never throws.
 */
import tables from "@/data/multiple-primary/iarc-2004-groups.json";
import { isPairedSite } from "@/lib/icdo3/paired-sites";

export type TumourOutcome = "same" | "new" | "unknown";

/**
 * Why: the rule of the 2004 document that decided, as a stable id stored with the user's decision.
 * - MP-R3: same site group and same histology group (a NOS histology counts as the specific one) — one tumour
 * - MP-R41: haematological or Kaposi sarcoma of the same group — counted once whatever the site (rule 4.1)
 * - MP-R42: different histology groups — multiple primaries, even in the same site (rule 4.2)
 * - MP-R3S: different site groups — multiple primaries (rule 3)
 * - MP-REC1: opposite sides of a paired organ — registered separately (recommendation 1)
 * - MP-REC1X: both sides of an ovary, a nephroblastoma or a retinoblastoma — one bilateral registration
 * - MP-REC2: another subsite (4th character) of colon or skin — separate primaries (recommendation 2)
 * - MP-C80: one of them has an unknown primary site (C80.9) — check
 */
export const MULTIPLE_PRIMARY_RULES = ["MP-R3", "MP-R41", "MP-R42", "MP-R3S", "MP-REC1", "MP-REC1X", "MP-REC2", "MP-C80"] as const;
export type MultiplePrimaryRule = (typeof MULTIPLE_PRIMARY_RULES)[number];

export interface TumourCodes {
  /** ICD-O-3 topography, "C50.4" (or "C504"). */
  topography?: string;
  /** ICD-O-3 morphology with or without behaviour, "8500/3" or "8500". */
  morphology?: string;
  laterality?: "left" | "right" | "unpaired" | "unknown";
}

export interface TumourComparison {
  outcome: TumourOutcome;
  rule: MultiplePrimaryRule;
}

interface HistologyGroup {
  group: number;
  ranges: readonly (readonly number[])[];
  systemic?: boolean;
  nosFor?: readonly number[];
}

const HISTOLOGY: readonly HistologyGroup[] = tables.histologyGroups.groups;
const SITE_GROUP = new Map<string, string>(tables.siteGroups.groups.flatMap((g) => g.sites.map((site) => [site, g.id] as const)));
const UNKNOWN_PRIMARY = tables.siteGroups.unknownPrimary;
const SUBSITE_SEPARATE = new Set(tables.recording.subsiteSeparate);

const inRanges = (ranges: readonly (readonly number[])[] | undefined, code: number) =>
  (ranges ?? []).some(([from = 0, to = -1]) => code >= from && code <= to);

/** "C50.4" / "c504" → { site: "C50", full: "C50.4" }; anything else → null. */
function parseTopography(topography: unknown): { site: string; full: string } | null {
  if (typeof topography !== "string") return null;
  const match = /^\s*C?(\d{2})\.?(\d)\s*$/i.exec(topography);
  if (!match) return null;
  return { site: `C${match[1]}`, full: `C${match[1]}.${match[2]}` };
}

/** "8500/3" → { histology: 8500, behaviour: "3" }; the behaviour may be absent. */
function parseMorphology(morphology: unknown): { histology: number; behaviour: string | null } | null {
  if (typeof morphology !== "string") return null;
  const match = /^\s*(\d{4})(?:\s*\/\s*(\d))?\s*$/.exec(morphology);
  if (!match) return null;
  return { histology: Number(match[1]), behaviour: match[2] ?? null };
}

/** Table 1: the site group of a topography ("C19.9" → "C20"); null when it is not a topography. */
export function siteGroupOf(topography: string | undefined): string | null {
  const parsed = parseTopography(topography);
  return parsed ? (SITE_GROUP.get(parsed.site) ?? parsed.site) : null;
}

/** Every 4-digit histology code's group, computed once (the first group of Table 2 that holds it). */
const GROUP_OF_CODE = new Map<number, number>();
for (let code = 8000; code <= 9999; code += 1) {
  const group = HISTOLOGY.find((g) => inRanges(g.ranges, code))?.group;
  if (group !== undefined) GROUP_OF_CODE.set(code, group);
}
const GROUP_INFO = new Map(HISTOLOGY.map((g) => [g.group, g] as const));

/** Table 2: the histology group (1–17) of a morphology; null below 8000 or outside every group. */
export function histologyGroupOf(morphology: string | undefined): number | null {
  const parsed = parseMorphology(morphology);
  if (!parsed) return null;
  return GROUP_OF_CODE.get(parsed.histology) ?? null;
}

const groupInfo = (group: number) => GROUP_INFO.get(group);

/** Same histology for counting: equal groups, or one unspecified group standing for the other. */
function sameHistology(a: number, b: number): boolean {
  if (a === b) return true;
  return (groupInfo(a)?.nosFor ?? []).includes(b) || (groupInfo(b)?.nosFor ?? []).includes(a);
}

const isSystemic = (group: number) => groupInfo(group)?.systemic === true;

function bilateralSingle(site: string, histology: number): boolean {
  return tables.recording.bilateralSingle.some(
    (entry) => entry.sites.includes(site) && (!("ranges" in entry) || inRanges(entry.ranges as readonly (readonly number[])[], histology)),
  );
}

const sided = (laterality: TumourCodes["laterality"]) => laterality === "left" || laterality === "right";

/**
 * Compares a new tumour with one already registered. Null when either lacks a readable
 * topography or a morphology of Table 2 (nothing can be said). Never throws.
 */
export function compareTumours(a: TumourCodes, b: TumourCodes): TumourComparison | null {
  const siteA = parseTopography(a?.topography);
  const siteB = parseTopography(b?.topography);
  const morphA = parseMorphology(a?.morphology);
  const morphB = parseMorphology(b?.morphology);
  if (!siteA || !siteB || !morphA || !morphB) return null;
  const groupA = histologyGroupOf(a.morphology);
  const groupB = histologyGroupOf(b.morphology);
  if (groupA === null || groupB === null) return null;

  // Rule 4.1: systemic tumours (haematological, Kaposi sarcoma) are counted once, whatever the site.
  if (isSystemic(groupA) && isSystemic(groupB) && sameHistology(groupA, groupB) && groupA !== 17 && groupB !== 17) {
    return { outcome: "same", rule: "MP-R41" };
  }
  // Rule 4.2: different histology groups are different cancers, even in the same site.
  if (!sameHistology(groupA, groupB)) return { outcome: "new", rule: "MP-R42" };

  const unknownA = siteA.site === UNKNOWN_PRIMARY;
  const unknownB = siteB.site === UNKNOWN_PRIMARY;
  if (unknownA !== unknownB) return { outcome: "unknown", rule: "MP-C80" };
  const siteGroupA = SITE_GROUP.get(siteA.site) ?? siteA.site;
  const siteGroupB = SITE_GROUP.get(siteB.site) ?? siteB.site;
  // Rule 3: one tumour per organ (site group).
  if (siteGroupA !== siteGroupB) return { outcome: "new", rule: "MP-R3S" };

  // Recommendation 2: each subsite of colon and skin is its own primary.
  if (SUBSITE_SEPARATE.has(siteA.site) && siteA.site === siteB.site && siteA.full !== siteB.full) {
    return { outcome: "new", rule: "MP-REC2" };
  }
  // Recommendation 1: opposite sides of a paired organ are registered separately, with three exceptions.
  if (sided(a.laterality) && sided(b.laterality) && a.laterality !== b.laterality && isPairedSite(siteA.full) && isPairedSite(siteB.full)) {
    const single = bilateralSingle(siteA.site, morphA.histology) && bilateralSingle(siteB.site, morphB.histology);
    return single ? { outcome: "same", rule: "MP-REC1X" } : { outcome: "new", rule: "MP-REC1" };
  }
  return { outcome: "same", rule: "MP-R3" };
}

/** Whether a registration's facts are enough to compare (a topography and a morphology of Table 2). */
export function isComparable(codes: TumourCodes): boolean {
  return parseTopography(codes?.topography) !== null && histologyGroupOf(codes?.morphology) !== null;
}
