import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import type { ValidationIssue } from "@/lib/validation/types";

/** One validation issue to list: its rendered message and where the field is (`#field-…`). */
export interface IssueListItem {
  issue: ValidationIssue;
  message: string;
  href: string;
}

export interface IssueListProps {
  items: readonly IssueListItem[];
  /** Number of the first item (default 1), to continue a numbering. */
  start?: number;
  /** In-page navigation, e.g. to move the focus to the field; plain links without it. */
  onNavigate?: (item: IssueListItem, event: MouseEvent<HTMLAnchorElement>) => void;
}

const tone = {
  error: { item: "border-red-600 text-red-900", badge: "bg-red-700 text-white" },
  warning: { item: "border-orange-500 text-orange-900", badge: "bg-orange-800 text-white" },
  information: { item: "border-sky-600 text-sky-950", badge: "bg-sky-800 text-white" },
} as const;

/**
 * Numbered validation issues (F-REG-2): errors red, warnings orange, information blue, each naming its severity in
 * words (colour is never the only cue) and its rule id, each a link to the field. Works in server
 * and client components.
 */
export function IssueList({ items, start = 1, onNavigate }: IssueListProps) {
  const t = useTranslations("registrationForm");
  if (items.length === 0) return null;
  return (
    <ol start={start} className="space-y-1.5">
      {items.map((item, index) => {
        const { severity, ruleId } = item.issue;
        return (
          <li
            key={`${ruleId}-${item.issue.path}-${index}`}
            className={`flex gap-2 border-l-4 bg-white py-1 pl-2 pr-2 ${tone[severity].item}`}
          >
            <span className="min-w-6 text-right font-semibold tabular-nums" aria-hidden="true">
              {start + index}.
            </span>
            <a
              href={item.href}
              onClick={onNavigate ? (event) => onNavigate(item, event) : undefined}
              className="underline decoration-1 underline-offset-2 hover:decoration-2"
            >
              <span className={`mr-1.5 rounded px-1.5 py-0.5 text-xs font-semibold ${tone[severity].badge}`}>
                {t(`severity.${severity}`)}
              </span>
              <span className="support-code mr-1.5 font-mono text-xs">{ruleId}</span>
              {item.message}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
