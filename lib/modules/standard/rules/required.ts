import { findMissingRequired } from "@/lib/modules/required";
import type { FormDefinition, ModuleRule } from "@/lib/modules/types";
import { followUpForm, standardForm } from "../fields";
import type { StandardDraft, StandardFollowUp } from "../schema";
import { rule } from "./helpers";

/**
 * A55-E01, read from the form metadata so the asterisks and the rule agree. Left to more specific
 * rules: the stage (A55-E134) and the comment of code 80 (A55-E43). The grade's condition
 * (behaviour /3) is the form's own, so its asterisk shows.
 */
const SKIPPED = ["otherStage", "comment"];

function requiredRule<TData>(form: FormDefinition): ModuleRule<TData> {
  return rule<TData>("A55-E01", "error", "A required field is empty.", (data) => findMissingRequired(form, data, SKIPPED));
}

export const diagnosisRequired = requiredRule<StandardDraft>(standardForm);

export const followUpRequired = requiredRule<StandardFollowUp>(followUpForm);
