import type { TumourFacts } from "@/lib/modules/facts";
import { readyToCompare, tumourHints, type PatientTumours, type TumourDecisionView } from "@/lib/registrations/tumour-hints";
import { TumourDecisionForm } from "./tumour-decision-form";
import { TumourHintList, type TumourHintContext } from "./tumour-hint-list";

interface SummaryTumourHintsProps extends TumourHintContext {
  registrationId: string;
  /** The saved draft's tumour facts. */
  savedFacts: TumourFacts;
  tumours: PatientTumours;
  decisions: readonly TumourDecisionView[];
  /** Absent: the user may not edit the draft, the hints are shown without decision forms. */
  decide?: (input: unknown) => Promise<{ ok: true } | { ok: false; code: string }>;
}

/** The summary of a draft: the hints of the saved tumour, each "same" or "unknown" one with its decision form. */
export function SummaryTumourHints({ registrationId, savedFacts: facts, tumours, decisions, decide, ...context }: SummaryTumourHintsProps) {
  const hints = tumourHints(facts, tumours.known);
  return (
    <TumourHintList
      tumours={tumours}
      hints={hints}
      compared={readyToCompare(facts)}
      {...context}
      decisionOf={
        decide
          ? (hint) => (
              <TumourDecisionForm
                registrationId={registrationId}
                otherId={hint.other.id}
                otherReference={hint.other.reference}
                decided={decisions.find((decision) => decision.otherRegistrationId === hint.other.id)}
                decide={decide}
              />
            )
          : undefined
      }
    />
  );
}
