/**
 * How names are compared when searching a person list: lower case, accents and other combining
 * marks removed, apostrophes and dashes read as spaces, spaces collapsed — so "Désiré",
 * "desire" and "DESIRE" find one another, and "d'Hondt" is found by "d hondt" and by "hondt".
 */
export function searchText(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.\-\u2010-\u2015]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
