import { histologyOf, topographyDigits } from "./codes";
import { getIcdo3Tables } from "./tables";

export type SiteCheck = { likely: true } | { likely: false; family: string };

const LIKELY: SiteCheck = { likely: true };
/** MorphFamDict.txt numbers "must not" family N on line 63 + N (as CanReg5's messages do). */
const MUST_NOT_NAME_OFFSET = 63;

function familyName(names: readonly string[], line: number, fallback: string): string {
  return names[line - 1] ?? fallback;
}

/**
 * IARC topography–morphology check (CanReg5 MorphFam / Must / MustNot). A morphology in a "must"
 * family is likely only at the sites Must.txt lists; one in a "must not" family is likely except
 * at the sites MustNot.txt lists; "***" expects nothing. Each table is looked up first by site
 * with "*" (FFCtt*), then by the exact subsite (FFCttt).
 * Codes that are malformed or unknown are "likely" here: their existence is another rule's job.
 */
export function checkTopographyMorphology(topography: string, morphology: string): SiteCheck {
  const topo = topographyDigits(topography);
  const histology = histologyOf(morphology);
  if (!topo || !histology) return LIKELY;
  const tables = getIcdo3Tables();
  const field = tables.morphFamilies.get(histology);
  if (!field) return LIKELY;
  const kind = field[0];
  const family = field.slice(1, 3);
  const bySite = `${family}C${topo.slice(0, 2)}*`;
  const exact = `${family}C${topo}`;
  const familyNumber = Number(family);
  if (kind === "+") {
    if (tables.must.has(bySite) || tables.must.has(exact)) return LIKELY;
    return { likely: false, family: familyName(tables.familyNames, familyNumber, field) };
  }
  if (kind === "-") {
    if (!tables.mustNot.has(bySite) && !tables.mustNot.has(exact)) return LIKELY;
    return {
      likely: false,
      family: familyName(tables.familyNames, MUST_NOT_NAME_OFFSET + familyNumber, field),
    };
  }
  return LIKELY;
}
