import type { RuleFinding, ValidationContext } from "@/lib/modules/types";

/**
 * A clinical check: the data and the validation context (patient, today) in, findings out.
 * `variant` names which of the check's messages applies ("topography", "future"…); a module's
 * rule turns it into its own message key (see `clinicalRule`).
 */
export interface ClinicalFinding extends Omit<RuleFinding, "messageKey"> {
  variant?: string;
}

export type ClinicalCheck<TData> = (data: TData, context: ValidationContext) => ClinicalFinding[];
