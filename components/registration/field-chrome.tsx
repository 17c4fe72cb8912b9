"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { InputField } from "@/lib/modules/types";
import type { NumberedIssue } from "./form-context";

/** What every control of a field shares: its id, label, notes and ARIA state. */
export interface FieldChrome {
  id: string;
  path: string;
  itemPath: string;
  field: InputField;
  label: ReactNode;
  /** The help paragraph (or nothing). */
  help: ReactNode;
  /** Format error and server issues, shown under the control. */
  messages: ReactNode;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  tone: "error" | "warning" | undefined;
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length > 0 ? list.join(" ") : undefined;
}

export function controlClass(tone: FieldChrome["tone"], extra = ""): string {
  const border =
    tone === "error" ? "border-red-600 bg-red-50/40" : tone === "warning" ? "border-orange-500" : "border-slate-400";
  return `block rounded border bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-600 ${border} ${extra}`;
}

export function RequiredMark({ required }: { required: boolean }) {
  const t = useTranslations("registrationForm");
  if (!required) return null;
  return (
    <>
      <span aria-hidden="true" className="ml-0.5 font-bold text-red-700">
        *
      </span>
      <span className="sr-only"> ({t("required")})</span>
    </>
  );
}

const NOTE_TONES = {
  error: { text: "text-red-800", icon: "✖" },
  warning: { text: "text-orange-800", icon: "⚠" },
  information: { text: "text-sky-900", icon: "ℹ" },
} as const;

export function IssueNotes({ id, issues }: { id: string; issues: readonly NumberedIssue[] }) {
  const t = useTranslations("registrationForm");
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm">
      {issues.map(({ issue, message, number }) => (
        <li
          key={`${issue.ruleId}-${number}`}
          className={`font-medium ${NOTE_TONES[issue.severity].text}`}
        >
          <span className="sr-only">{t(`severity.${issue.severity}`)} </span>
          <span aria-hidden="true">{NOTE_TONES[issue.severity].icon} </span>
          <span className="font-mono text-xs">{issue.ruleId}</span> {message}
        </li>
      ))}
    </ul>
  );
}

/** Label above, then help, the control and the messages. */
export function Labelled({ chrome, children }: { chrome: FieldChrome; children: ReactNode }) {
  return (
    <>
      <label htmlFor={chrome.id} className="mb-0.5 block text-sm font-medium text-slate-800">
        {chrome.label}
      </label>
      {chrome.help}
      {children}
      {chrome.messages}
    </>
  );
}

