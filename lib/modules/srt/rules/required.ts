import { findMissingRequired } from "@/lib/modules/required";
import { srtForm } from "../fields";
import { rule } from "./helpers";

/**
 * SRT-E01, read from the form metadata (required / visibleWhen) so screen and rule agree.
 * The trial id is left to SRT-E16, which reports it missing or malformed in one message.
 */
export const requiredFieldEmpty = rule("SRT-E01", "error", "A required field (given the indication) is empty.", (data) =>
  findMissingRequired(srtForm, data, ["trialId"]),
);
