import { z } from "zod";
import { optionalNumber } from "@/lib/modules/draft-values";
import { hasAtMostDecimals } from "./values";
import type { InputField } from "@/lib/modules/types";

/**
 * A number's stored schema. The bounds of the input (min, max) are the browser's business; the
 * draft refuses values outside them only when the field says `storedBounds` (else a rule reports
 * an implausible value, as an error or a warning, with its own message).
 */
export function numberSchema(field: InputField, integer: boolean) {
  let schema = z.number();
  if (integer) schema = schema.int();
  if (field.storedBounds && field.min !== undefined) schema = schema.min(field.min);
  if (field.storedBounds && field.max !== undefined) schema = schema.max(field.max);
  if (!integer && field.decimals !== undefined) {
    const decimals = field.decimals;
    return optionalNumber(schema.refine((value) => hasAtMostDecimals(value, decimals), { error: `At most ${decimals} decimals.` }));
  }
  return optionalNumber(schema);
}
