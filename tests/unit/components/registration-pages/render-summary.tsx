/**
 * Server-renders SummarySections with the real registration catalogues (a .tsx helper: the unit
 * project collects *.test.ts files only).
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { SummarySections, type RowIssue } from "@/components/registration-pages/summary-sections";
import { buildSummary } from "@/lib/registrations/summary-rows";
import nlForm from "@/messages/nl/registration-form.json";
import nl from "@/messages/nl/registration.json";

export function renderSummary(formData: unknown, issues: Map<string, RowIssue[]>, changeHref?: (path: string) => string): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="nl" messages={{ ...nl, ...nlForm }} timeZone="Europe/Brussels">
      <SummarySections sections={buildSummary({ moduleId: "srt", formData, kind: "INITIAL", hospitalLists: {} }, "nl")} issuesByPath={issues} changeHref={changeHref} />
    </NextIntlClientProvider>,
  );
}
