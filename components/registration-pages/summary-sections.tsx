import { useTranslations } from "next-intl";
import { EMPTY } from "@/lib/pdf/format-values";
import type { SummaryRow, SummarySection } from "@/lib/registrations/summary-rows";
import type { Severity } from "@/lib/validation/types";

/** An issue shown at its row: the same number and words as in the list at the top. */
export interface RowIssue {
  number: number;
  severity: Severity;
  message: string;
}

interface SummarySectionsProps {
  sections: SummarySection[];
  /** Issues by field path; rows with one are marked. */
  issuesByPath?: ReadonlyMap<string, readonly RowIssue[]>;
  /** Where "Change" goes for a field; no change links without it (sent registrations). */
  changeHref?: (path: string) => string;
  /** Where an attached file is downloaded; the names are plain text without it. */
  fileHref?: (fileId: string) => string;
}

type FieldRow = Extract<SummaryRow, { kind: "field" }>;

/** A section's rows cut at its repeat-item headings: a heading never sits inside a `dl`. */
function groupsOf(rows: SummaryRow[]): { heading?: Extract<SummaryRow, { kind: "heading" }>; fields: FieldRow[] }[] {
  const groups: { heading?: Extract<SummaryRow, { kind: "heading" }>; fields: FieldRow[] }[] = [];
  for (const row of rows) {
    if (row.kind === "heading") groups.push({ heading: row, fields: [] });
    else if (groups.length === 0) groups.push({ fields: [row] });
    else groups.at(-1)!.fields.push(row);
  }
  return groups;
}

const mark: Record<Severity, { row: string; badge: string; text: string }> = {
  error: { row: "border-l-4 border-red-700 bg-red-50", badge: "bg-red-700 text-white", text: "text-red-900" },
  warning: { row: "border-l-4 border-orange-700 bg-orange-50", badge: "bg-orange-800 text-white", text: "text-orange-950" },
  information: { row: "border-l-4 border-sky-700 bg-sky-50", badge: "bg-sky-800 text-white", text: "text-sky-950" },
};

/**
 * The whole registration, read-only, section by section, as a check-answers page (F-REG-2):
 * each row has its "Change" link to the field, and a row with an error or a warning is marked
 * with it. Item codes are for support staff (shown with the footer's switch).
 */
export function SummarySections({ sections, issuesByPath, changeHref, fileHref }: SummarySectionsProps) {
  const t = useTranslations("registration");
  const tSeverity = useTranslations("registrationForm.severity");
  return (
    <div className="space-y-4">
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`summary-${section.id}`} className="rounded border border-slate-200 bg-white">
          <h2 id={`summary-${section.id}`} className="border-b border-slate-200 bg-slate-50 px-4 py-2 font-semibold">
            {section.id}. {section.title}
          </h2>
          {groupsOf(section.rows).map((group, index) => (
            <div key={index}>
              {group.heading && (
                <h3 className="bg-brand-50 px-4 py-1.5 text-sm font-semibold text-brand-900" style={{ paddingLeft: `${1 + group.heading.depth}rem` }}>
                  {group.heading.label}
                </h3>
              )}
              {group.fields.length > 0 && (
                <dl className="divide-y divide-slate-100">
                  {group.fields.map((row) => {
                    const issues = issuesByPath?.get(row.path) ?? [];
                    const worst: Severity | undefined = (["error", "warning", "information"] as const).find((severity) => issues.some((i) => i.severity === severity));
                    return (
                      <div
                        key={row.path}
                        className={`grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-0.5 px-4 py-1.5 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] ${worst ? mark[worst].row : ""}`}
                        style={{ paddingLeft: `${1 + row.depth}rem` }}
                      >
                        <dt className="col-start-1">
                          {row.label} <span className="support-code text-xs text-slate-600">({row.fieldId})</span>
                        </dt>
                        <dd className="col-start-1 row-start-2 whitespace-pre-wrap break-words font-medium sm:col-start-2 sm:row-start-1">
                          {row.value === EMPTY ? (
                            <span className="font-normal italic text-slate-600">{t("notFilled")}</span>
                          ) : row.files && row.files.length > 0 && fileHref ? (
                            <ul className="space-y-0.5">
                              {row.files.map((file) => (
                                <li key={file.id}>
                                  <a href={fileHref(file.id)} download={file.name} className="break-words text-brand-700 underline underline-offset-2 hover:decoration-2">
                                    {file.name}
                                  </a>
                                </li>
                              ))}
                            </ul>
                          ) : (
                            row.value
                          )}
                          {issues.map((issue) => (
                            <span key={`${issue.number}`} className={`mt-0.5 block font-normal ${mark[issue.severity].text}`}>
                              <span className={`mr-1.5 rounded px-1.5 py-0.5 text-xs font-semibold ${mark[issue.severity].badge}`}>
                                {tSeverity(issue.severity)} {issue.number}
                              </span>
                              {issue.message}
                            </span>
                          ))}
                        </dd>
                        {changeHref && row.editable && (
                          <dd className="col-start-2 row-span-2 row-start-1 text-right sm:col-start-3 sm:row-span-1">
                            <a href={changeHref(row.path)} className="text-brand-700 underline underline-offset-2 hover:decoration-2">
                              {t("change")}
                              <span className="sr-only"> {row.label}</span>
                            </a>
                          </dd>
                        )}
                      </div>
                    );
                  })}
                </dl>
              )}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
