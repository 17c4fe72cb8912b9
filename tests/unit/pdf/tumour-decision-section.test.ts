/**
 * Issue 15: the decisions on "may already be registered" hints are printed (rule id, the other
 * registration's reference, choice, who and when, comment) and exported (two columns).
 */
import { describe, expect, it } from "vitest";
import { registrationColumns, type ExportSource } from "@/lib/exports/columns";
import { buildRegistrationDocument } from "@/lib/pdf/registration-document";
import type { Block } from "@/lib/pdf/print-document";
import { sentOutcome, sentView } from "./fixtures";

const decisions = [
  { ruleId: "MP-R42", outcome: "new", otherRegistrationId: "0b0f4a8e-1111-4c1c-9a7e-000000000001", otherReference: "SRT-2025-000017", choice: "new_primary", comment: "", decidedByName: "Els Maes", decidedAt: new Date("2026-03-02T10:00:00Z") },
  { ruleId: "MP-R3", outcome: "same", otherRegistrationId: "0b0f4a8e-1111-4c1c-9a7e-000000000002", otherReference: null, choice: "same_tumour", comment: "Other hospital's draft, {not} <b>ours</b>", decidedByName: "Els Maes", decidedAt: new Date("2026-03-02T10:05:00Z") },
];

function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.kind === "heading" || block.kind === "paragraph") return [block.text];
    if (block.kind === "section") return texts(block.blocks);
    if (block.kind === "list") return block.items.flatMap((item) => item.paragraphs.map((p) => p.text));
    return [];
  });
}

describe("tumour decisions in the PDF and the export", () => {
  it("prints each decision after the validation, in the user's language, comments literally", () => {
    const body = texts(buildRegistrationDocument({ ...sentView, tumourDecisions: decisions }, sentOutcome, { locale: "fr", printedAt: new Date(), printedByName: "X" }).body);
    const at = body.indexOf("Décisions sur des tumeurs peut-être déjà enregistrées");
    expect(at).toBeGreaterThan(0);
    expect(body.slice(at)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Nouvelle tumeur primitive — concernant SRT-2025-000017 ; Els Maes, /),
        "MP-R42",
        expect.stringMatching(/^Même tumeur, enregistrée quand même — concernant brouillon enregistré ; /),
        "Other hospital's draft, {not} <b>ours</b>",
      ]),
    );
  });

  it("prints nothing without decisions", () => {
    const body = texts(buildRegistrationDocument(sentView, sentOutcome, { locale: "nl", printedAt: new Date(), printedByName: "X" }).body);
    expect(body.join(" ")).not.toContain("Beslissingen over mogelijk al geregistreerde tumoren");
  });

  it("exports rule, other reference and choice, and the comments", () => {
    const columns = registrationColumns();
    const cell = (id: string, source: Partial<ExportSource>) => columns.find((c) => c.id === id)!.get(source as ExportSource);
    expect(cell("tumourDecisions", { tumourDecisions: decisions })).toBe("MP-R42:SRT-2025-000017:new_primary|MP-R3:draft:same_tumour");
    expect(cell("tumourDecisionComments", { tumourDecisions: decisions })).toBe("draft: Other hospital's draft, {not} <b>ours</b>");
    expect(cell("tumourDecisions", {})).toBe("");
  });
});
