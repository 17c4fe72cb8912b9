import type { FormatRule } from "@/lib/modules/run-rules";
import type { StandardDraft, StandardFollowUp } from "../schema";
import * as breast from "./breast";
import * as dates from "./dates";
import * as followUp from "./follow-up";
import type { FollowUpRule, StandardRule } from "./helpers";
import { duplicateParticipant, tooFewPhysicians } from "./moc";
import { diagnosisRequired, followUpRequired } from "./required";
import * as stage from "./stage";
import * as tnm from "./tnm";
import * as treatments from "./treatments";
import * as tumour from "./tumour";

/** Reported for content without the form's shape (it never comes from the form). */
export const standardFormatRule: FormatRule = { id: "A55-E00", version: 1 };

const RANK: Record<string, number> = { error: 0, warning: 1, information: 2 };
const byId = <T extends { id: string; severity: string }>(rules: T[]): T[] =>
  rules.sort((a, b) => (a.severity === b.severity ? a.id.localeCompare(b.id, "en", { numeric: true }) : (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3)));

/** Every rule of the new-diagnosis form, as the summary lists them: errors by id, then warnings by id, then information. */
export const standardRules: readonly StandardRule[] = byId<StandardRule>([
  diagnosisRequired,
  dates.diagnosisDateInFuture,
  dates.diagnosisDateBeforeBirth,
  tumour.metastaticBehaviour<StandardDraft>(),
  tumour.unknownCodes<StandardDraft>(),
  treatments.trialNumberFormat,
  dates.treatmentBeforeBirth,
  dates.endBeforeStart,
  treatments.treatmentOtherWithoutComment,
  breast.menopausalStatusForMan,
  breast.ki67OutOfRange,
  breast.morePositiveThanExamined,
  duplicateParticipant<StandardDraft>(),
  tumour.sexTopographyImpossible,
  tumour.lineageGradeForSolidTumour,
  tnm.tnmSyntax,
  tnm.invalidMCategory,
  stage.stageMissing,
  dates.veryOldAtIncidence,
  dates.oldIncidence,
  dates.lateRegistration,
  dates.earlyRegistration,
  tumour.vagueTopography,
  tumour.pairedCodedUnpaired,
  tumour.unpairedWithSide,
  tumour.unlistedPair<StandardDraft>(),
  treatments.trialWithoutNumber,
  treatments.diagnosisCodeOutsideBreast,
  dates.treatmentInFuture,
  breast.notApplicableForWoman,
  breast.her2ThreePlusNotPositive,
  breast.her2ZeroNotNegative,
  breast.her2OnePlusPositive,
  breast.invasiveSizeForInSitu,
  breast.noInvasiveSizeForInvasive,
  breast.diameterTooLarge,
  tooFewPhysicians<StandardDraft>(),
  dates.mocLongBeforeIncidence,
  tumour.specificMorphologyWithoutMicroscopy,
  tumour.primaryHistologyUnknownPrimary,
  tumour.inSituWithoutPrimaryMicroscopy,
  tumour.microscopyWithUnspecifiedMorphology,
  tumour.markerOutsideMarkerTumours,
  tumour.molecularForSolidTumour,
  tumour.sexMorphologyRare,
  tumour.unlikelyTopographyMorphology,
  tumour.gradeNotImplied,
  tumour.gradeForNonMalignant,
  tumour.inSituRareSite,
  tumour.rareAtAge,
  tnm.tnmNotForSite,
  tnm.tnmNotApplicable,
  tnm.tisVersusBehaviour,
  tnm.pathologicalWithoutSurgery,
  tnm.ypWithoutNeoadjuvant,
  tnm.breastPtVersusSize,
  tnm.breastPnVersusNodes,
  stage.childhoodStageForAdult,
  stage.figoOutsideGynaecology,
  stage.luganoOutsideLymphoma,
  stage.breslowImplausible,
  treatments.notChronological,
  treatments.treatmentLongBeforeIncidence,
  treatments.noTreatmentCombined,
  treatments.hsctForSolidTumour,
]);

/** Every rule of the follow-up form (vervolg 3). */
export const followUpRules: readonly FollowUpRule[] = byId<FollowUpRule>([
  followUpRequired,
  dates.followUpDateInFuture,
  dates.followUpDateBeforeBirth,
  tumour.metastaticBehaviour<StandardFollowUp>(),
  tumour.unknownCodes<StandardFollowUp>(),
  followUp.planOtherWithoutComment,
  duplicateParticipant<StandardFollowUp>(),
  followUp.recurrenceWithoutInterval,
  followUp.recurrenceNotAfterIncidence,
  tumour.unlistedPair<StandardFollowUp>(),
  tooFewPhysicians<StandardFollowUp>(),
  followUp.exclusivePlanCombined,
  followUp.recurrenceReasonWithoutInterval,
]);

export type { FollowUpRule, StandardRule };
