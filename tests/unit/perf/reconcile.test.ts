import { describe, expect, it } from "vitest";
import { compareLedger, type LedgerEntry, type RegistrationRow } from "@/perf/reconcile/reconcile";
import { percentile } from "@/perf/driver/step-stats";

const form = { indication: "AVM" };
const sentEntry: LedgerEntry = { id: "a", expect: "sent", version: 3, formData: form, reference: "SRT-2026-000001" };
const sentRow: RegistrationRow = { id: "a", status: "SENT", version: 4, formData: form, reference: "SRT-2026-000001", hasPatient: true, sendEvents: 1 };
const draftEntry: LedgerEntry = { id: "b", expect: "draft", version: 2, formData: form };
const draftRow: RegistrationRow = { id: "b", status: "DRAFT", version: 2, formData: form, reference: null, hasPatient: true, sendEvents: 0 };

describe("compareLedger", () => {
  it("accepts sent registrations with the reference the client saw and drafts at their last acknowledged save", () => {
    const result = compareLedger([sentEntry, draftEntry], [sentRow, draftRow]);
    expect(result).toMatchObject({ ok: true, checked: 2, sent: 1, drafts: 1, unknownRows: 0 });
  });

  it("reports a lost draft, a stale draft, a double send and another reference", () => {
    expect(compareLedger([draftEntry], []).mismatches).toEqual(["b: missing (draft)"]);
    expect(compareLedger([draftEntry], [{ ...draftRow, version: 1 }]).ok).toBe(false);
    expect(compareLedger([draftEntry], [{ ...draftRow, formData: { indication: "OTHER" } }]).ok).toBe(false);
    expect(compareLedger([sentEntry], [{ ...sentRow, sendEvents: 2 }]).mismatches[0]).toMatch(/2 send events/);
    expect(compareLedger([sentEntry], [{ ...sentRow, reference: "SRT-2026-000002" }]).mismatches[0]).toMatch(/client saw SRT-2026-000001/);
    expect(compareLedger([sentEntry], [{ ...sentRow, status: "DRAFT", reference: null, sendEvents: 0, version: 3 }]).ok).toBe(false);
    expect(compareLedger([draftEntry], [{ ...draftRow, hasPatient: false }]).mismatches[0]).toMatch(/half-written/);
  });

  it("lets a save whose answer was lost be either applied or not, but nothing else", () => {
    const pending: LedgerEntry = { ...draftEntry, unacknowledged: { version: 3, formData: { indication: "NEW" } } };
    expect(compareLedger([pending], [draftRow]).ok).toBe(true);
    expect(compareLedger([pending], [{ ...draftRow, version: 3, formData: { indication: "NEW" } }]).ok).toBe(true);
    expect(compareLedger([pending], [{ ...draftRow, version: 3, formData: form }]).ok).toBe(false);
  });

  it("takes a send whose answer was lost as sent once or still a draft", () => {
    const either: LedgerEntry = { ...draftEntry, expect: "either" };
    expect(compareLedger([either], [draftRow]).ok).toBe(true);
    expect(compareLedger([either], [{ ...draftRow, status: "SENT", version: 3, reference: "SRT-2026-000009", sendEvents: 1 }]).ok).toBe(true);
  });

  it("counts rows nobody was told about and duplicate references", () => {
    const stray = { ...draftRow, id: "c" };
    expect(compareLedger([draftEntry], [draftRow, stray]).mismatches[0]).toMatch(/1 registrations created that no client was told about/);
    expect(compareLedger([draftEntry], [draftRow, stray], { allowedUnknownRows: 1 }).ok).toBe(true);
    expect(compareLedger([draftEntry], [draftRow], { duplicateReferences: 1 }).ok).toBe(false);
  });
});

describe("percentile", () => {
  it("is the nearest-rank value", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});
