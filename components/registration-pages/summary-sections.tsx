import type { SummarySection } from "@/lib/registrations/summary-rows";

/** The whole registration, read-only, section by section. */
export function SummarySections({ sections, fieldHref }: { sections: SummarySection[]; fieldHref: (path: string) => string }) {
  return (
    <div className="space-y-4">
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`summary-${section.id}`} className="rounded border border-slate-200 bg-white">
          <h2 id={`summary-${section.id}`} className="border-b border-slate-200 bg-slate-50 px-4 py-2 font-semibold">
            {section.id}. {section.title}
          </h2>
          <dl className="divide-y divide-slate-100">
            {section.rows.map((row, index) =>
              row.kind === "heading" ? (
                <div key={index} className="bg-brand-50 px-4 py-1.5 text-sm font-semibold text-brand-900" style={{ paddingLeft: `${1 + row.depth}rem` }}>
                  {row.label}
                </div>
              ) : (
                <div key={row.path} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-4 px-4 py-1.5 text-sm" style={{ paddingLeft: `${1 + row.depth}rem` }}>
                  <dt>
                    <a href={fieldHref(row.path)} className="hover:underline">{row.label}</a>{" "}
                    <span className="text-xs text-slate-500">({row.fieldId})</span>
                  </dt>
                  <dd className="whitespace-pre-wrap break-words font-medium">{row.value}</dd>
                </div>
              ),
            )}
          </dl>
        </section>
      ))}
    </div>
  );
}
