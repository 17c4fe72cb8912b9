import { clinicalRule, sexSiteImpossible, unknownIcdo3Codes, unlikelyTopographyMorphology as unlikelyPairs, isRareAtAge } from "@/lib/clinical";
import { getIcdo3Tables, histologyOf, isPairedSite, isTopography, topographySite } from "@/lib/icdo3";
import type { ModuleRule, RuleFinding } from "@/lib/modules/types";
import * as canreg5 from "../canreg5";
import { isNonMicroscopicBasis, type BasisOfDiagnosis } from "../codes";
import type { StandardDraft } from "../schema";
import { ageAt, parsedTumour, rule, type StandardRule, type TumourCodes } from "./helpers";

/** Site, histology, basis, grade and patient checks of items 2–7 (field-level and X01–X14). */

/** 4-digit histologies of ICD-O-3, whatever the behaviour (the matrix principle allows other pairs). */
let histologies: ReadonlySet<string> | undefined;
function knownHistology(histology: string): boolean {
  histologies ??= new Set([...getIcdo3Tables().morphologyCodes].map((code) => code.slice(0, 4)));
  return histologies.has(histology);
}

export const metastaticBehaviour = <TData extends TumourCodes>(): ModuleRule<TData> =>
  rule<TData>("A55-E07", "error", "Behaviour /6 or /9: the primary tumour is registered.", (data) => {
    const { behaviour } = parsedTumour(data);
    return behaviour === "6" || behaviour === "9" ? [{ path: "morphology", params: { code: data.morphology ?? "" } }] : [];
  });

/** Topography not in ICD-O-3, or a histology (4 digits) not in ICD-O-3 or not written nnnn/b. */
export const unknownCodes = <TData extends TumourCodes>(): ModuleRule<TData> => {
  const topographies = unknownIcdo3Codes<TData>({ topography: ["topography"], morphology: [] });
  return clinicalRule<TData>("A55-E13", "error", "A topography or histology code does not exist in ICD-O-3.", (data, context) => {
    const findings = topographies(data, context);
    const morphology = data.morphology;
    if (morphology) {
      const histology = histologyOf(morphology);
      if (!histology || !knownHistology(histology)) findings.push({ path: "morphology", variant: "morphology", params: { code: morphology } });
    }
    return findings;
  });
};

export const unlistedPair = <TData extends TumourCodes>(): ModuleRule<TData> =>
  rule<TData>("A55-W07", "warning", "Histology and behaviour pair not listed in ICD-O-3.", (data) => {
    const morphology = data.morphology;
    const { behaviour } = parsedTumour(data);
    const histology = morphology ? histologyOf(morphology) : undefined;
    if (!morphology || !histology || !knownHistology(histology) || behaviour === "6" || behaviour === "9") return [];
    return getIcdo3Tables().morphologyCodes.has(morphology) ? [] : [{ path: "morphology", params: { code: morphology } }];
  });

const VAGUE = ["C26.9", "C39.9", "C80.9"];
export const vagueTopography: StandardRule = rule("A55-W04", "warning", "Vaguely coded site (C26.9, C39.9, C76.x, C80.9).", (data) =>
  data.topography && (VAGUE.includes(data.topography) || topographySite(data.topography) === 76) ? [{ path: "topography", params: { code: data.topography } }] : [],
);

export const pairedCodedUnpaired: StandardRule = rule("A55-W05", "warning", "Paired organ with laterality 3 (unpaired organ).", (data) =>
  data.topography && isPairedSite(data.topography) && data.laterality === "3" ? [{ path: "laterality", params: { code: data.topography } }] : [],
);

export const unpairedWithSide: StandardRule = rule("A55-W06", "warning", "Unpaired organ with laterality left or right.", (data) =>
  data.topography && isTopography(data.topography) && !isPairedSite(data.topography) && (data.laterality === "1" || data.laterality === "2")
    ? [{ path: "laterality", params: { code: data.topography } }]
    : [],
);

// ---- X01–X06: basis of diagnosis

function basisCheck(id: string, description: string, fires: (basis: BasisOfDiagnosis, tumour: ReturnType<typeof parsedTumour>, data: StandardDraft) => boolean): StandardRule {
  return rule(id, "warning", description, (data) => {
    const basis = data.basisOfDiagnosis;
    if (!basis) return [];
    return fires(basis, parsedTumour(data), data) ? [{ path: "basisOfDiagnosis", params: { basis, morphology: data.morphology ?? "", topography: data.topography ?? "" } }] : [];
  });
}

export const specificMorphologyWithoutMicroscopy = basisCheck(
  "A55-W101",
  "Non-microscopic basis (5, 6, 7) with a morphology that needs microscopy (IARC CheckBasis) (X01).",
  (basis, { histology, site }) => isNonMicroscopicBasis(basis) && histology !== undefined && !canreg5.anyBasisAllowed(histology, site),
);

export const primaryHistologyUnknownPrimary = basisCheck("A55-W102", "Histology of the primary (2) with an unknown primary site C80.9 (X02).", (basis, _tumour, data) => basis === "2" && data.topography === "C80.9");

export const inSituWithoutPrimaryMicroscopy = basisCheck(
  "A55-W103",
  "In situ tumour (behaviour 2) without histology of the primary or cytology (X03).",
  (basis, { behaviour }) => behaviour === "2" && basis !== "2" && basis !== "4",
);

export const microscopyWithUnspecifiedMorphology = basisCheck(
  "A55-W104",
  "Microscopic basis (2, 3, 4) with an unspecified morphology 8000/8001 (X04).",
  (basis, { histology }) => ["2", "3", "4"].includes(basis) && (histology === 8000 || histology === 8001),
);

/** Sites and morphologies where the form's markers (PSA, hCG, AFP, Ig) diagnose a tumour. */
const MARKER_SITES = [22, 58, 61, 62];
const isMarkerMorphology = (histology: number) => (histology >= 9100 && histology <= 9105) || histology === 9731 || histology === 9732 || histology === 9761;
export const markerOutsideMarkerTumours = basisCheck(
  "A55-W105",
  "Tumour marker basis (7) outside the tumours the form's markers diagnose (X05).",
  (basis, { site, histology }) => basis === "7" && site !== undefined && !MARKER_SITES.includes(site) && !(histology !== undefined && isMarkerMorphology(histology)),
);

export const molecularForSolidTumour = basisCheck("A55-W106", "Cytogenetic/molecular basis (8) for a solid tumour (morphology < 9590) (X06).", (basis, { histology }) => basis === "8" && histology !== undefined && histology < 9590);

// ---- X07–X09: sex and site

export const sexTopographyImpossible = clinicalRule<StandardDraft>("A55-E107", "error", "Sex–topography impossible (X07).", sexSiteImpossible(["topography"]));

function familyOf(histology: number): number | undefined {
  const field = getIcdo3Tables().morphFamilies.get(String(histology));
  const family = field ? Number(field.slice(1, 3)) : NaN;
  return Number.isInteger(family) ? family : undefined;
}

export const sexMorphologyRare: StandardRule = rule("A55-W108", "warning", "Morphology rare for the patient's sex (IARC CheckSexMorphology) (X08).", (data, context) => {
  const sex = context.patient.sex;
  const { histology } = parsedTumour(data);
  if ((sex !== "M" && sex !== "F") || histology === undefined || !data.morphology) return [];
  return canreg5.isMorphologyRareForSex(sex, familyOf(histology), data.morphology) ? [{ path: "morphology", params: { code: data.morphology } }] : [];
});

export const unlikelyTopographyMorphology = clinicalRule<StandardDraft>(
  "A55-W109",
  "warning",
  "Topography–morphology combination unlikely (IARC) (X09).",
  unlikelyPairs([{ topography: "topography", morphology: "morphology" }]),
);

// ---- X10–X13: grade and behaviour

export const lineageGradeForSolidTumour: StandardRule = rule("A55-E110", "error", "Grade 5–8 (cell lineage) with a morphology below 9590 (X10).", (data) => {
  const { histology } = parsedTumour(data);
  return data.grade && histology !== undefined && canreg5.isLineageGradeWithoutHaematology(histology, data.grade) ? [{ path: "grade", params: { grade: data.grade, code: data.morphology ?? "" } }] : [];
});

export const gradeNotImplied: StandardRule = rule("A55-W111", "warning", "Grade differs from the one the morphology implies (IARC CheckGrade) (X11).", (data) => {
  const { histology, behaviour } = parsedTumour(data);
  if (!data.grade || histology === undefined || behaviour !== "3") return [];
  const implied = canreg5.gradeImpliedBy(histology, data.grade);
  return implied ? [{ path: "grade", params: { grade: data.grade, code: data.morphology ?? "", expected: implied.expected } }] : [];
});

export const gradeForNonMalignant: StandardRule = rule("A55-W112", "warning", "A grade other than 9 for a tumour that is not malignant (X12).", (data) => {
  const { behaviour } = parsedTumour(data);
  return behaviour !== undefined && behaviour !== "3" && data.grade && data.grade !== "9" ? [{ path: "grade", params: { grade: data.grade } }] : [];
});

export const inSituRareSite: StandardRule = rule("A55-W113", "warning", "In situ tumour at a site where it is rare (X13).", (data) => {
  const { site, behaviour } = parsedTumour(data);
  return behaviour === "2" && site !== undefined && canreg5.isInSituRareAt(site) ? [{ path: "morphology", params: { code: data.topography ?? "" } }] : [];
});

// ---- X14: age

export const rareAtAge: StandardRule = rule("A55-W114", "warning", "Site or morphology rare at the patient's age (IARC CheckAge*) (X14).", (data, context) => {
  const age = ageAt(context, data.incidenceDate);
  if (age === undefined || age < 0) return [];
  const { site, histology } = parsedTumour(data);
  const findings: RuleFinding[] = [];
  if (data.topography && isTopography(data.topography) && isRareAtAge(data.topography, age)) findings.push({ path: "topography", params: { age, code: data.topography } });
  else if (histology !== undefined && canreg5.isRareMorphologyAtAge(histology, site, age)) findings.push({ path: "morphology", params: { age, code: data.morphology ?? "" } });
  return findings;
});

