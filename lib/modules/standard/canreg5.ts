import checks from "@/data/standard/canreg5-checks.json" with { type: "json" };

/**
 * The IARC check tables derived from CanReg5 (data/standard/canreg5-checks.json, GPL-3.0, see its
 * NOTICE.md), as lookups. Morphologies are 4-digit numbers ("8140/3" → 8140), sites 2-digit
 * topography numbers ("C50.4" → 50).
 */

interface CodeSet {
  morphologies?: readonly number[];
  ranges?: readonly (readonly number[])[];
}

function inSet(set: CodeSet, morphology: number): boolean {
  return (set.morphologies ?? []).includes(morphology) || (set.ranges ?? []).some(([from = 0, to = -1]) => morphology >= from && morphology <= to);
}

const inAgeBand = (band: { ageFrom?: number; ageTo?: number }, age: number) => age >= (band.ageFrom ?? -Infinity) && age <= (band.ageTo ?? Infinity);

/** CheckGrade: grades 5–8 (cell lineage) need a haematological morphology (≥ 9590). */
export function isLineageGradeWithoutHaematology(morphology: number, grade: string): boolean {
  const rule = checks.grade.gradesOnlyFromMorphology;
  return rule.grades.includes(grade) && morphology < rule.from;
}

/** CheckGrade: the grades a morphology implies, or undefined when it implies none; grade 9 is never judged. */
export function gradeImpliedBy(morphology: number, grade: string): { expected: string } | undefined {
  if (grade === "9") return undefined;
  const broken = checks.grade.constraints.find((constraint) => inSet(constraint, morphology) && !constraint.grades.includes(grade));
  return broken ? { expected: broken.grades.join("/") } : undefined;
}

/** CheckBasis: a morphology that any basis may support (else a microscopic basis is expected). */
export function anyBasisAllowed(morphology: number, site: number | undefined): boolean {
  if (inSet(checks.basis.anyBasis, morphology)) return true;
  return checks.basis.anyBasisAtSites.some((entry) => inSet(entry, morphology) && site !== undefined && entry.sites.includes(site));
}

/** CheckAgeMorphology and CheckAgeTopographyMorphology: rare at this age. */
export function isRareMorphologyAtAge(morphology: number, site: number | undefined, age: number): boolean {
  if (checks.age.morphology.some((band) => inAgeBand(band, age) && inSet(band, morphology))) return true;
  return checks.age.topographyMorphology.some((band) => site !== undefined && band.sites.includes(site) && inAgeBand(band, age) && inSet(band, morphology));
}

/** CheckTopographyBehaviour: an in situ tumour is rare at this site. */
export function isInSituRareAt(site: number): boolean {
  return checks.topographyBehaviour.rareInSitu.includes(site);
}

/** CheckSexMorphology, by the morphology's family number (MorphFam.txt) and code with behaviour. */
export function isMorphologyRareForSex(sex: "M" | "F", family: number | undefined, morphology: string): boolean {
  const table = checks.sexMorphology;
  if (sex === "M") return (family !== undefined && table.rareInMen.families.includes(family)) || table.rareInMen.morphologiesWithBehaviour.includes(morphology);
  return family !== undefined && table.rareInWomen.families.includes(family);
}
