import type { FormatRule } from "@/lib/modules/run-rules";
import { dateOutOfLife, endBeforeStart, lateRegistration, longPlan, oldIncidence, relapseBeforeIncidence, startBeforeIncidence, startBeforeScope } from "./dates";
import { doseOrFractionsOutOfRange, manyMetastases, notStereotacticDose, tooManyOligometastases, unusualFractionation } from "./dose";
import type { SrtRule } from "./helpers";
import { requiredFieldEmpty } from "./required";
import { inconsistentTherapyOrTrial, mdtAfterFirstPlan, nomenclatureMismatch } from "./series";
import {
  behaviourMismatch,
  rareAgeTopography,
  sexTopographyImpossible,
  targetSiteMismatch,
  unknownIcdo3Code,
  unlikelyTopographyMorphology,
  vagueTopography,
} from "./sites";

/** Every SRT rule, in the order the summary lists them: errors by id, then warnings by id. */
export const srtRules: readonly SrtRule[] = [
  requiredFieldEmpty,
  nomenclatureMismatch,
  startBeforeIncidence,
  endBeforeStart,
  dateOutOfLife,
  mdtAfterFirstPlan,
  startBeforeScope,
  notStereotacticDose,
  doseOrFractionsOutOfRange,
  tooManyOligometastases,
  targetSiteMismatch,
  behaviourMismatch,
  unknownIcdo3Code,
  sexTopographyImpossible,
  relapseBeforeIncidence,
  inconsistentTherapyOrTrial,
  unlikelyTopographyMorphology,
  vagueTopography,
  rareAgeTopography,
  unusualFractionation,
  longPlan,
  manyMetastases,
  oldIncidence,
  lateRegistration,
];

/** Reported for content that does not have the form's shape (it never comes from the form). */
export const srtFormatRule: FormatRule = { id: "SRT-E00", version: 1 };

export type { SrtRule };
