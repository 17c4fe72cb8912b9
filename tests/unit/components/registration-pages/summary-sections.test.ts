import { describe, expect, it } from "vitest";
import { primaryTumour } from "../../modules/srt/fixtures";
import { renderSummary } from "./render-summary";

const issues = new Map([["plans.0.startDate", [{ number: 1, severity: "error" as const, message: "De startdatum ligt vóór de incidentiedatum" }]]]);
const href = (path: string) => `/registrations/r1#field-${path.replaceAll(".", "-")}`;

describe("the summary as a check-answers page", () => {
  const html = renderSummary(primaryTumour, issues, href);

  it("gives every typed answer its own 'Wijzigen' link to the field, naming the field for screen readers", () => {
    expect(html).toContain('<a href="/registrations/r1#field-plans-0-startDate"');
    expect(html).toMatch(/Wijzigen<span class="sr-only"> Startdatum van het plan<\/span>/);
    const rows = html.match(/<dt/g)?.length ?? 0;
    const changes = html.match(/>Wijzigen</g)?.length ?? 0;
    expect(changes).toBeGreaterThan(10);
    // Computed fields (dose per fraction, BED10) are not typed, so they have no change link.
    expect(changes).toBeLessThan(rows);
    expect(html).toContain("BED10");
    expect(html).not.toContain("#field-plans-0-lesions-0-bed10Gy");
  });

  it("marks the row of an issue with its severity, number and message", () => {
    const row = html.slice(html.lastIndexOf("<div", html.indexOf("Startdatum van het plan")), html.indexOf("#field-plans-0-startDate"));
    expect(row).toContain("border-red-700");
    expect(row).toContain("Fout 1");
    expect(row).toContain("De startdatum ligt vóór de incidentiedatum");
  });

  it("keeps headings out of the definition lists (axe definition-list) and item codes for support", () => {
    for (const list of html.match(/<dl[\s\S]*?<\/dl>/g) ?? []) expect(list).not.toMatch(/<h[1-6]/);
    expect(html).toMatch(/<h3[^>]*>Plan 1<\/h3>/);
    expect(html).toContain('<span class="support-code text-xs text-slate-600">(C1)</span>');
  });

  it("has no change links when the registration cannot be changed (sent)", () => {
    expect(renderSummary(primaryTumour, new Map())).not.toContain("Wijzigen");
  });
});
