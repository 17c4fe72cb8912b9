/**
 * Clinical checks any module can use (ICD-O-3 validity, IARC topography–morphology, sex–site,
 * age–site, dates against birth), each parameterised by where the module keeps the values.
 * A module wraps a check in a rule with its own id, severity and messages (`clinicalRule`).
 */
export { rareSiteForAge, isRareAtAge } from "./age-site";
export { datesAgainstBirth } from "./dates-against-birth";
export { unknownIcdo3Codes } from "./icdo3-codes";
export { numbersAt, textsAt, valuesAt, type PathsOf, type ValueAt } from "./paths";
export { clinicalRule } from "./rule";
export { sexSiteImpossible } from "./sex-site";
export { unlikelyTopographyMorphology, type CodePair } from "./topography-morphology";
export type { ClinicalCheck, ClinicalFinding } from "./types";
