import { findMissingRequired } from "@/lib/modules/required";
import type { FormDefinition, ModuleRule } from "@/lib/modules/types";
import { followUpForm, standardForm } from "../fields";
import type { StandardDraft, StandardFollowUp } from "../schema";
import { parsedTumour, rule } from "./helpers";

/**
 * A55-E01, read from the form metadata so the asterisks and the rule agree. Left to more specific
 * rules: the stage (A55-E134) and the comment of code 80 (A55-E43). The grade is required for a
 * malignant tumour (behaviour /3), which no form condition can express yet (README).
 */
const SKIPPED = ["otherStage", "comment"];

function requiredRule<TData>(form: FormDefinition, extra: (data: TData) => { path: string; params: { field: string } }[] = () => []): ModuleRule<TData> {
  return rule<TData>("A55-E01", "error", "A required field is empty.", (data) => [...findMissingRequired(form, data, SKIPPED), ...extra(data)]);
}

export const diagnosisRequired = requiredRule<StandardDraft>(standardForm, (data) =>
  parsedTumour(data).behaviour === "3" && !data.grade ? [{ path: "grade", params: { field: "7" } }] : [],
);

export const followUpRequired = requiredRule<StandardFollowUp>(followUpForm);
