/**
 * A patient block the schema refuses (a value too long or of the wrong type: what only a crafted
 * request or a broken client sends, the page bounds every input) as issues the patient page
 * shows at the field, in the user's language, under one rule id, PAT-E00.
 */
import type { ValidationIssue } from "@/lib/validation/types";
import { patientFields, type PatientField } from "./patient-schema";

export const PATIENT_SHAPE_RULE = "PAT-E00";

interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  maximum?: number | bigint;
}

export function patientShapeIssues(issues: readonly SchemaIssue[]): ValidationIssue[] {
  const byField = new Map<PatientField, ValidationIssue>();
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || !(patientFields as readonly string[]).includes(field)) continue;
    const tooLong = issue.code === "too_big" && issue.maximum !== undefined;
    byField.set(field as PatientField, {
      ruleId: PATIENT_SHAPE_RULE,
      ruleVersion: 1,
      severity: "error",
      path: field,
      messageKey: tooLong ? "patient.tooLong" : "patient.invalidValue",
      params: tooLong ? { field, max: Number(issue.maximum) } : { field },
    });
  }
  return [...byField.values()];
}
