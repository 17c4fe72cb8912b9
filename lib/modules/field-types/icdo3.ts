import { z } from "zod";
import { optionalValue } from "@/lib/modules/draft-values";
import type { FieldTypeDefinition } from "./types";
import { isStoredText } from "./stored-values";
import { codeWithLabel, plainCell, plainText } from "./values";

/** Codes up to this length are stored; whether a code exists is a rule's business, so a typo still saves. */
const MAX_CODE_LENGTH = 8;

function icdo3Type(kind: "topography" | "morphology", format: string, upperCase: boolean): FieldTypeDefinition<string> {
  const text = z.string().trim();
  return {
    schema: () => optionalValue((upperCase ? text.toUpperCase() : text).max(MAX_CODE_LENGTH)),
    isStored: (_field, value) => isStoredText(value, MAX_CODE_LENGTH) && (!upperCase || value === value.toUpperCase()),
    checkFormat: (_field, value) => (typeof value === "string" && value.length <= MAX_CODE_LENGTH ? null : { key: "code" }),
    display: (_field, value, { locale, codeLabel }) =>
      typeof value === "string" && value.trim() !== "" ? codeWithLabel(value, codeLabel?.(kind, value)) : plainText(value, locale),
    exportCell: (_field, value) => plainCell(value),
    exportFormat: () => format,
  };
}

/** ICD-O-3 topography "C34.1", picked from a searchable list. */
export const topographyType = icdo3Type("topography", "ICD-O-3 topography Cxx.x", true);
/** ICD-O-3 morphology with behaviour "8140/3", picked from a searchable list. */
export const morphologyType = icdo3Type("morphology", "ICD-O-3 morphology nnnn/b", false);
