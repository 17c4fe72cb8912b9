import type { RuleFinding } from "@/lib/modules/types";
import { NEOADJUVANT_CODES, SURGERY_CODES } from "../codes";
import { NODE_ROWS } from "../fields";
import type { StandardDraft } from "../schema";
import { BREAST_CATEGORIES, isTnmSyntax, tnmCategory, tnmNumber, type TnmLetter } from "../tnm";
import { hasCode, isBreast, isOperatedBreast, parsedTumour, rule, type StandardRule } from "./helpers";

/** Item 8: TNM (X20–X28). */

const PREFIXES = ["c", "p", "yp"] as const;
const LETTERS: readonly TnmLetter[] = ["T", "N", "M"];
type TnmKey = `${(typeof PREFIXES)[number]}${TnmLetter}`;

const TNM_KEYS = PREFIXES.flatMap((prefix) => LETTERS.map((letter) => ({ prefix, letter, key: `${prefix}${letter}` as TnmKey })));

/** The filled TNM values, c before p before yp, T before N before M (a list, not a generator: nine rules ask). */
function eachTnm(data: StandardDraft): { prefix: (typeof PREFIXES)[number]; letter: TnmLetter; key: TnmKey; value: string }[] {
  const filled = [];
  for (const { prefix, letter, key } of TNM_KEYS) {
    const value = data[key];
    if (value) filled.push({ prefix, letter, key, value });
  }
  return filled;
}

export const tnmSyntax: StandardRule = rule("A55-E120", "error", "A TNM value outside the UICC syntax (X20).", (data) =>
  eachTnm(data).filter(({ letter, value }) => !isTnmSyntax(letter, value)).map(({ key, value }) => ({ path: key, params: { value } })),
);

export const tnmNotForSite: StandardRule = rule("A55-W121", "warning", "A TNM category not defined for this site in UICC 8 (breast table) (X21).", (data) => {
  if (!isBreast(data) || data.tnmEdition !== "8") return [];
  return eachTnm(data)
    .filter(({ letter, value }) => isTnmSyntax(letter, value) && !BREAST_CATEGORIES[letter].includes(tnmCategory(value)))
    .map(({ key, value }) => ({ path: key, params: { value } }));
});

export const tnmNotApplicable: StandardRule = rule("A55-W122", "warning", "TNM given for a haematological (≥ 9590) or central nervous system (C70–C72) tumour (X22).", (data) => {
  const { site, histology } = parsedTumour(data);
  const outOfScope = (histology !== undefined && histology >= 9590) || (site !== undefined && site >= 70 && site <= 72);
  const first = eachTnm(data)[0];
  return outOfScope && first ? [{ path: first.key }] : [];
});

export const invalidMCategory: StandardRule = rule("A55-E123", "error", "pM0, pMX, ypM0, ypMX or cMX given: not UICC categories (X23).", (data) =>
  eachTnm(data)
    .filter(({ letter, prefix, value }) => letter === "M" && (tnmCategory(value) === "MX" || (prefix !== "c" && tnmCategory(value) === "M0")))
    .map(({ key, prefix, value }) => ({ path: key, params: { value: `${prefix}${value}` } })),
);

export const tisVersusBehaviour: StandardRule = rule("A55-W124", "warning", "Tis without behaviour 2, or behaviour 2 with an invasive T (X24).", (data) => {
  const { behaviour } = parsedTumour(data);
  if (!behaviour) return [];
  const findings: RuleFinding[] = [];
  for (const { key, letter, value } of eachTnm(data)) {
    if (letter !== "T" || !isTnmSyntax("T", value)) continue;
    const category = tnmCategory(value);
    const inSituCategory = category === "Tis" || category === "Ta";
    if (category === "Tis" && behaviour !== "2") findings.push({ path: key, params: { value, behaviour } });
    else if (behaviour === "2" && !inSituCategory && category !== "TX" && category !== "T0") findings.push({ path: key, params: { value, behaviour } });
  }
  return findings;
});

export const pathologicalWithoutSurgery: StandardRule = rule("A55-W125", "warning", "pT or pN given without surgery or excision biopsy (10, 11) in the chronology (X25).", (data) => {
  const key = data.pT ? "pT" : data.pN ? "pN" : undefined;
  return key && !hasCode(data, SURGERY_CODES) ? [{ path: key }] : [];
});

export const ypWithoutNeoadjuvant: StandardRule = rule("A55-W126", "warning", "ypTNM given without radiotherapy or systemic treatment before the first surgery (X26).", (data) => {
  const key = data.ypT ? "ypT" : data.ypN ? "ypN" : data.ypM ? "ypM" : undefined;
  if (!key) return [];
  const treatments = data.treatments ?? [];
  const surgery = treatments.filter((row) => row.code && SURGERY_CODES.includes(row.code) && row.startDate).map((row) => row.startDate!).sort()[0];
  const neoadjuvant = treatments.some((row) => row.code && NEOADJUVANT_CODES.includes(row.code) && (!surgery || (row.startDate !== undefined && row.startDate < surgery)));
  return neoadjuvant ? [] : [{ path: key }];
});

/** UICC 8 breast pT by the invasive diameter: T1 ≤ 20 mm, T2 > 20–50 mm, T3 > 50 mm; T4 any size. */
function breastTForDiameter(mm: number): number {
  if (mm <= 20) return 1;
  return mm <= 50 ? 2 : 3;
}

export const breastPtVersusSize: StandardRule = rule("A55-W127", "warning", "Breast: pT does not match the invasive diameter (UICC 8) (X27).", (data) => {
  if (!isOperatedBreast(data) || !data.pT || data.invasiveDiameterMm === undefined || data.invasiveDiameterMm <= 0) return [];
  const number = tnmNumber(data.pT);
  if (number === undefined || number === 4 || number === 0) return [];
  const expected = breastTForDiameter(data.invasiveDiameterMm);
  return number !== expected ? [{ path: "pT", params: { value: data.pT, size: data.invasiveDiameterMm, expected: `T${expected}` } }] : [];
});

export const breastPnVersusNodes: StandardRule = rule("A55-W128", "warning", "Breast: pN0 with positive nodes, or pN1+ with no positive node (X28).", (data) => {
  if (!isOperatedBreast(data) || !data.pN) return [];
  const counts = NODE_ROWS.map((row) => data.lymphNodes?.[row]?.positive).filter((count): count is number => count !== undefined);
  if (counts.length === 0) return [];
  const positive = counts.reduce((sum, count) => sum + count, 0);
  const number = tnmNumber(data.pN);
  if (number === 0 && positive > 0) return [{ path: "pN", params: { value: data.pN, positive } }];
  if (number !== undefined && number >= 1 && positive === 0 && !tnmCategory(data.pN).endsWith("mi")) return [{ path: "pN", params: { value: data.pN, positive } }];
  return [];
});
