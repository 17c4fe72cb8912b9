import { clinicalRule, rareSiteForAge, sexSiteImpossible, unknownIcdo3Codes, unlikelyTopographyMorphology as unlikelyPairs } from "@/lib/clinical";
import { behaviourOf, topographySite } from "@/lib/icdo3";
import { BRAIN_INDICATIONS, CRANIAL_TARGET_SITES, MALIGNANT_TUMOUR_INDICATIONS, type Indication, type TargetSite } from "../codes";
import type { SrtDraft } from "../schema";
import { eachLesion, hasMetastasisFields, hasTumourFields, morphologyPaths, primaryTopography, rule, topographyPaths } from "./helpers";

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

export const unknownIcdo3Code = clinicalRule<SrtDraft>(
  "SRT-E13",
  "error",
  "A topography or morphology code does not exist in ICD-O-3.",
  unknownIcdo3Codes({ topography: topographyPaths, morphology: morphologyPaths }),
);

export const sexTopographyImpossible = clinicalRule<SrtDraft>(
  "SRT-E14",
  "error",
  "Male patient with a female genital site (C51–C58), or female patient with a male one (C60–C63).",
  sexSiteImpossible(topographyPaths),
);

export const unlikelyTopographyMorphology = clinicalRule<SrtDraft>(
  "SRT-W01",
  "warning",
  "Topography–morphology combination unlikely according to the IARC tables.",
  unlikelyPairs((data) => [
    ...(hasTumourFields(data) ? [{ topography: "topography", morphology: "morphology" }] : []),
    ...(hasMetastasisFields(data) ? [{ topography: "primaryTopography", morphology: "primaryMorphology" }] : []),
  ]),
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

export const rareAgeTopography = clinicalRule<SrtDraft>(
  "SRT-W03",
  "warning",
  "Topography rare at the patient's age at the start of the first plan (IARC).",
  rareSiteForAge({ topography: (data) => (primaryTopography(data) ? [primaryTopography(data)!.path] : []), on: ["plans.*.startDate"] }),
);
