"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { compactValues } from "@/components/registration/form-values";
import { readFacts, type FactDeclaration } from "@/lib/modules/facts";
import { readyToCompare, tumourHints, type PatientTumours } from "@/lib/registrations/tumour-hints";
import { TumourHintList, type TumourHintContext } from "./tumour-hint-list";

interface FormTumourHintsProps extends TumourHintContext {
  /** Where the form keeps its tumour facts (its declaration's `facts`). */
  facts: FactDeclaration | undefined;
  tumours: PatientTumours;
}

/**
 * The hints at the form, computed in the browser from the values as typed (the same rules the
 * summary applies on the server): rendered in the registration form's slot, inside its form
 * context. The first outcome is announced politely when it changes.
 */
export function FormTumourHints({ facts, tumours, ...context }: FormTumourHintsProps) {
  const t = useTranslations("tumourHints");
  const values: unknown = useWatch();
  const current = useMemo(() => readFacts(facts, compactValues(values)), [facts, values]);
  const compared = readyToCompare(current);
  const hints = useMemo(() => tumourHints(current, tumours.known), [current, tumours.known]);
  const first = compared ? hints[0] : undefined;
  return (
    <>
      <p role="status" className="sr-only">
        {first ? `${t("title")} ${t(`outcome.${first.outcome}`)}` : ""}
      </p>
      <TumourHintList tumours={tumours} hints={hints} compared={compared} {...context} />
    </>
  );
}
