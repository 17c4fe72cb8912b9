/**
 * Tumour facts: what any module's registration says about its tumour, in one vocabulary, so that
 * code outside the modules (the multiple-primary hints, a project's prefill from the standard
 * registration) can read a registration without naming its module or knowing its field keys.
 * A module declares where each fact sits in its draft, as data (`facts` on the declaration).
 */
import { getAtSegments, isRecord } from "./paths";

export const FACT_NAMES = [
  "incidenceDate",
  "topography",
  "morphology",
  "laterality",
  "basisOfDiagnosis",
  "mocDate",
  "treatmentCodes",
  "markerNames",
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/** Laterality in one vocabulary (each module maps its own codes onto it). */
export type FactLaterality = "left" | "right" | "unpaired" | "unknown";

export interface TumourFacts {
  /** ISO date "2026-03-14", or a year alone "2026" where the form allows it. */
  incidenceDate?: string;
  /** ICD-O-3 topography "C50.4". */
  topography?: string;
  /** ICD-O-3 morphology with behaviour "8500/3". */
  morphology?: string;
  laterality?: FactLaterality;
  /** The IARC/ENCR basis code (0–9); a module whose own codes differ maps them. */
  basisOfDiagnosis?: string;
  /** ISO date of the multidisciplinary oncology consultation. */
  mocDate?: string;
  /** Every treatment code the registration lists, as the module stores it (registry codes). */
  treatmentCodes?: string[];
  /** The name of another marker or test the registration lists, as typed (e.g. a GEP test "Oncotype DX"). */
  markerNames?: string;
}

/**
 * Where one fact sits: a dot path into the draft, where `*` stands for every item of a list
 * ("treatments.*.code"); `values` maps the module's stored values onto the fact's vocabulary
 * (a stored value the map does not name gives no fact).
 */
export interface FactSource {
  path: string;
  values?: Readonly<Record<string, string>>;
}

export type FactDeclaration = Readonly<Partial<Record<FactName, FactSource>>>;

function collect(data: unknown, segments: readonly string[]): unknown[] {
  const star = segments.indexOf("*");
  if (star === -1) return [getAtSegments(data, segments)];
  const list = getAtSegments(data, segments.slice(0, star));
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => collect(item, segments.slice(star + 1)));
}

function valuesOf(data: unknown, source: FactSource): string[] {
  const found: string[] = [];
  for (const raw of collect(data, source.path.split("."))) {
    if (typeof raw !== "string" && typeof raw !== "number") continue;
    const stored = String(raw).trim();
    if (stored === "") continue;
    const value = source.values ? source.values[stored] : stored;
    if (value !== undefined) found.push(value);
  }
  return found;
}

/** The facts a registration's content gives, by its module's declaration. Never throws. */
export function readFacts(declaration: FactDeclaration | undefined, data: unknown): TumourFacts {
  const facts: TumourFacts = {};
  if (!declaration || !isRecord(data)) return facts;
  for (const name of FACT_NAMES) {
    const source = declaration[name];
    if (!source) continue;
    const values = valuesOf(data, source);
    if (name === "treatmentCodes") {
      if (values.length > 0) facts.treatmentCodes = [...new Set(values)];
    } else if (values[0] !== undefined) {
      (facts as Record<string, string>)[name] = values[0];
    }
  }
  return facts;
}
