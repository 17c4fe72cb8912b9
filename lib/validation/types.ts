/**
 * The shape every validation rule reports, whatever the module. The browser (react-hook-form
 * resolver) and the server produce the same list, so the summary page, the PDF and the exports
 * can show one outcome.
 */
/**
 * "error" blocks sending; "warning" must be confirmed with a comment before sending;
 * "information" only tells (shown on the summary, never confirmed, never blocking).
 */
export type Severity = "error" | "warning" | "information";

export type Locale = "nl" | "fr" | "en" | "de";
export const locales: readonly Locale[] = ["nl", "fr", "en", "de"] as const;

/** Text in every UI language. */
export type Translated = Record<Locale, string>;

export interface ValidationIssue {
  /** Stable rule id, e.g. "PAT-W01", or a module rule's. */
  ruleId: string;
  /** Bumped when a rule's meaning changes, so a confirmation names the rule it confirmed. */
  ruleVersion: number;
  severity: Severity;
  /** Field path in the form data, dot-separated with numeric indexes, e.g. "plans.0.startDate". */
  path: string;
  /** Key of the message in the owning catalogue (module or patient rules). */
  messageKey: string;
  /** Values interpolated into the message, e.g. { field: "startDate", max: 5 }. */
  params?: Record<string, string | number>;
}

export interface ValidationOutcome {
  issues: ValidationIssue[];
  errorCount: number;
  warningCount: number;
  informationCount: number;
}

export function summarise(issues: ValidationIssue[]): ValidationOutcome {
  const count = (severity: Severity) => issues.filter((i) => i.severity === severity).length;
  return { issues, errorCount: count("error"), warningCount: count("warning"), informationCount: count("information") };
}

/** Fills {name} placeholders of a translated message. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
