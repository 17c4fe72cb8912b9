"use client";

import type { Ref } from "react";
import type { PatientField } from "@/lib/patients/patient-schema";
import type { Severity } from "@/lib/validation/types";
import { fieldInputId, issueField } from "./patient-form-helpers";
import type { PatientIssueMessage } from "./types";

export interface ErrorSummaryProps {
  title: string;
  /** e.g. "2 errors, 1 warning". */
  counts: string;
  issues: readonly PatientIssueMessage[];
  formError: string | null;
  severityLabels: Record<Severity, string>;
  onFocusField(field: PatientField): void;
  ref?: Ref<HTMLDivElement>;
}

const itemClass: Record<Severity, string> = {
  error: "text-red-800 decoration-red-700",
  warning: "text-amber-900 decoration-amber-700",
  information: "text-sky-950 decoration-sky-700",
};

/**
 * The list of what "Next" refused, at the top of the form: numbered, each line a link that moves
 * focus to its field. Errors red, warnings orange, each also named in words. Focusable
 * (tabIndex -1) so the form can move focus here after a refused submit.
 */
export function ErrorSummary({ title, counts, issues, formError, severityLabels, onFocusField, ref }: ErrorSummaryProps) {
  if (issues.length === 0 && formError === null) return null;
  const hasErrors = formError !== null || issues.some((item) => item.issue.severity === "error");
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="patient-summary-title"
      className={`rounded border-l-4 px-4 py-3 ${hasErrors ? "border-red-600 bg-red-50" : "border-amber-500 bg-amber-50"}`}
    >
      <h2 id="patient-summary-title" className={`font-semibold ${hasErrors ? "text-red-900" : "text-amber-900"}`}>
        {title}
        {issues.length > 0 && <span className="ml-2 font-normal">({counts})</span>}
      </h2>
      {formError !== null && <p className="mt-1 text-red-900">{formError}</p>}
      {issues.length > 0 && (
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {issues.map((item, index) => {
            const field = issueField(item.issue);
            const severity = item.issue.severity;
            const text = (
              <>
                <span className="font-semibold">{severityLabels[severity]}:</span> {item.message}
              </>
            );
            return (
              <li key={`${item.issue.ruleId}-${item.issue.path}-${index}`} className={itemClass[severity]}>
                {field === null ? (
                  text
                ) : (
                  <a
                    href={`#${fieldInputId(field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onFocusField(field);
                    }}
                    className="underline underline-offset-2 hover:decoration-2"
                  >
                    {text}
                  </a>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
