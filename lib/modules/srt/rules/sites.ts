import { behaviourOf, checkTopographyMorphology, isMorphology, isTopography, topographySite } from "@/lib/icdo3";
import { ageOn, earliestBirthDate } from "@/lib/modules/dates";
import type { RuleFinding } from "@/lib/modules/types";
import { BRAIN_INDICATIONS, CRANIAL_TARGET_SITES, MALIGNANT_TUMOUR_INDICATIONS, type Indication, type TargetSite } from "../codes";
import {
  eachLesion,
  firstStart,
  hasMetastasisFields,
  hasTumourFields,
  morphologyFields,
  primaryTopography,
  rule,
  topographyFields,
} from "./helpers";

const isBrainIndication = (indication: Indication) => (BRAIN_INDICATIONS as readonly Indication[]).includes(indication);
const isCranial = (site: TargetSite) => (CRANIAL_TARGET_SITES as readonly TargetSite[]).includes(site);

export const targetSiteMismatch = rule(
  "SRT-E11",
  "error",
  "Brain indication with a non-cranial target site, or extracerebral indication with a cranial one.",
  (data) => {
    const indication = data.indication;
    if (!indication) return [];
    const brain = isBrainIndication(indication);
    return [...eachLesion(data)].flatMap(({ lesion, path }) => {
      if (!lesion.targetSite || isCranial(lesion.targetSite) === brain) return [];
      const messageKey = brain ? "SRT-E11.cranial" : "SRT-E11.extracranial";
      return [{ path: `${path}.targetSite`, messageKey }];
    });
  },
);

export const behaviourMismatch = rule(
  "SRT-E12",
  "error",
  "Behaviour not /3 for a malignant indication, or not /0 or /1 for a non-malignant brain tumour.",
  (data) => {
    const behaviour = hasTumourFields(data) && data.morphology ? behaviourOf(data.morphology) : undefined;
    if (!behaviour || !data.indication) return [];
    const malignant = (MALIGNANT_TUMOUR_INDICATIONS as readonly Indication[]).includes(data.indication);
    if (malignant && behaviour !== "3") return [{ path: "morphology", messageKey: "SRT-E12.malignant", params: { code: data.morphology ?? "" } }];
    if (data.indication === "BRAIN_BENIGN" && behaviour !== "0" && behaviour !== "1") {
      return [{ path: "morphology", messageKey: "SRT-E12.benign", params: { code: data.morphology ?? "" } }];
    }
    return [];
  },
);

export const unknownIcdo3Code = rule("SRT-E13", "error", "A topography or morphology code does not exist in ICD-O-3.", (data) => [
  ...topographyFields(data)
    .filter(({ code }) => !isTopography(code))
    .map(({ code, path }) => ({ path, messageKey: "SRT-E13.topography", params: { code } })),
  ...morphologyFields(data)
    .filter(({ code }) => !isMorphology(code))
    .map(({ code, path }) => ({ path, messageKey: "SRT-E13.morphology", params: { code } })),
]);

const FEMALE_SITES = { from: 51, to: 58 };
const MALE_SITES = { from: 60, to: 63 };
const within = (site: number, range: { from: number; to: number }) => site >= range.from && site <= range.to;

export const sexTopographyImpossible = rule(
  "SRT-E14",
  "error",
  "Male patient with a female genital site (C51–C58), or female patient with a male one (C60–C63).",
  (data, context) => {
    const sex = context.patient.sex;
    if (sex !== "M" && sex !== "F") return [];
    return topographyFields(data).flatMap(({ code, path }) => {
      const site = topographySite(code);
      if (site === undefined) return [];
      if (sex === "M" && within(site, FEMALE_SITES)) return [{ path, messageKey: "SRT-E14.male", params: { code } }];
      if (sex === "F" && within(site, MALE_SITES)) return [{ path, messageKey: "SRT-E14.female", params: { code } }];
      return [];
    });
  },
);

export const unlikelyTopographyMorphology = rule(
  "SRT-W01",
  "warning",
  "Topography–morphology combination unlikely according to the IARC tables.",
  (data) => {
    const pairs: { topography?: string | undefined; morphology?: string | undefined; path: string }[] = [];
    if (hasTumourFields(data)) pairs.push({ topography: data.topography, morphology: data.morphology, path: "morphology" });
    if (hasMetastasisFields(data)) {
      pairs.push({ topography: data.primaryTopography, morphology: data.primaryMorphology, path: "primaryMorphology" });
    }
    const findings: RuleFinding[] = [];
    for (const { topography, morphology, path } of pairs) {
      if (!topography || !morphology || !isTopography(topography) || !isMorphology(morphology)) continue;
      const check = checkTopographyMorphology(topography, morphology);
      if (!check.likely) findings.push({ path, params: { topography, morphology, family: check.family } });
    }
    return findings;
  },
);

const VAGUE_TOPOGRAPHIES = ["C26.9", "C39.9", "C55.9", "C57.9", "C80.9"];
const isVague = (code: string) => VAGUE_TOPOGRAPHIES.includes(code) || topographySite(code) === 76;

export const vagueTopography = rule("SRT-W02", "warning", "Vaguely coded topography.", (data) => {
  const primary = primaryTopography(data);
  if (!primary || !isVague(primary.code)) return [];
  // For metastases, C80.9 is the expected code of an unknown primary (B10), not a vague one.
  if (primary.path === "primaryTopography" && primary.code === "C80.9") return [];
  return [{ path: primary.path, params: { code: primary.code } }];
});

/** IARC age–site checks: sites rare in young children, and sites rare before 20. */
function isRareAtAge(code: string, age: number): boolean {
  const site = topographySite(code);
  if (site === undefined) return false;
  if (age < 5 && (site === 53 || site === 61)) return true;
  if (age >= 20) return false;
  return [15, 19, 20, 21, 23, 24, 50, 53, 54, 55].includes(site) || code === "C38.4";
}

export const rareAgeTopography = rule(
  "SRT-W03",
  "warning",
  "Topography rare at the patient's age at the start of the first plan (IARC).",
  (data, context) => {
    const primary = primaryTopography(data);
    const birth = earliestBirthDate(context.patient.birthDate);
    const start = firstStart(data);
    if (!primary || !birth || !start || !isTopography(primary.code)) return [];
    // The earliest possible birth gives the highest possible age: warn only when surely young.
    const age = ageOn(birth, start.date);
    return isRareAtAge(primary.code, age) ? [{ path: primary.path, params: { code: primary.code, age } }] : [];
  },
);
