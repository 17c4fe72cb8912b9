/**
 * Printouts (`printouts` on a form's declaration, manual §5.9): the MOC list with the
 * coordinator's attestation, alone or after the registration in one file ("Rapport afdrukken"),
 * tagged like the registration's PDF and in the user's language. Read back with pdf.js (unpdf).
 */
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { MOC_ATTESTATION } from "@/lib/modules/standard/codes";
import { lungCancer, prostateCancer } from "@/lib/modules/standard/examples";
import { availablePrintouts, parsePrintParts, printHref } from "@/lib/modules/printouts";
import { getModule } from "@/lib/modules/registry";
import { formatRiziv } from "@/lib/person-lists/riziv";
import { buildPrintDocument } from "@/lib/pdf/registration-document";
import { renderRegistrationPdf } from "@/lib/pdf/render-registration-pdf";
import type { RegistrationView } from "@/lib/registrations/registration-view";
import { sentView } from "./fixtures";

const standardView: RegistrationView = { ...sentView, moduleId: "standard", reference: "STD-2025-000042", formData: lungCancer, confirmations: [] };
const printedAt = new Date("2025-03-20T14:00:00Z");
const standard = getModule("standard")!;

/** The text of every page, and whether anything is drawn outside the structure tree. */
async function pages(pdf: Buffer): Promise<{ texts: string[]; untagged: string[] }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  const untagged: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const stack: string[] = [];
    const { items } = await (await document.getPage(number)).getTextContent({ includeMarkedContent: true });
    for (const item of items) {
      if ("type" in item) {
        if (item.type === "endMarkedContent") stack.pop();
        else stack.push(item.id ?? (item as { tag?: string }).tag ?? "");
        continue;
      }
      if (item.str.trim() !== "" && stack.length === 0) untagged.push(item.str);
    }
  }
  return { texts: (text as string[]).map((page) => page.replace(/\s+/g, " ")), untagged };
}

describe("printouts", () => {
  it("are offered when their condition holds: the MOC list once a MOC reason is ticked", () => {
    expect(availablePrintouts(standard, "INITIAL", lungCancer).map((printout) => printout.id)).toEqual(["moc"]);
    expect(availablePrintouts(standard, "FOLLOW_UP", { mocReasons: ["RECURRENCE"] }).map((printout) => printout.id)).toEqual(["moc"]);
    const notDiscussed = { ...prostateCancer, mocReasons: [] };
    expect(availablePrintouts(standard, "INITIAL", notDiscussed)).toEqual([]);
    expect(availablePrintouts(getModule("srt")!, "INITIAL", {})).toEqual([]);
  });

  it("are asked for by name, each once; unknown or unavailable names are refused", () => {
    const offered = availablePrintouts(standard, "INITIAL", lungCancer);
    expect(parsePrintParts(null, offered)).toEqual([{ kind: "registration" }]);
    expect(parsePrintParts("moc", offered)?.map((part) => part.kind)).toEqual(["printout"]);
    expect(parsePrintParts("registration,moc", offered)?.map((part) => part.kind)).toEqual(["registration", "printout"]);
    for (const bad of ["moc,moc", "registration,registration", "other", "registration,moc,x", "constructor"]) expect(parsePrintParts(bad, offered), bad).toBeNull();
    expect(parsePrintParts("moc", [])).toBeNull();
    expect(printHref("id-1", ["registration"])).toBe("/registrations/id-1/pdf");
    expect(printHref("id-1", ["registration", "moc"])).toBe("/registrations/id-1/pdf?parts=registration,moc");
  });

  describe.each(["nl", "fr", "en", "de"] as const)("in %s", (locale) => {
    it("print the registration and the MOC list in one tagged file, the list from a new page, with the participants' RIZIV numbers and the attestation", async () => {
      const [moc] = availablePrintouts(standard, "INITIAL", lungCancer);
      const pdf = await renderRegistrationPdf(standardView, { issues: [] }, { locale, printedAt, printedByName: "Jan Janssens" }, [{ kind: "registration" }, { kind: "printout", printout: moc! }]);
      const { texts, untagged } = await pages(pdf);
      expect(untagged).toEqual([]);
      const mocStart = texts.findIndex((text) => text.includes(moc!.title[locale]));
      expect(mocStart).toBeGreaterThan(0);
      const mocText = texts.slice(mocStart).join(" ");
      for (const participant of lungCancer.mocParticipants ?? []) {
        const riziv = participant.physician?.riziv ?? "";
        expect(riziv).toMatch(/^\d{11}$/);
        expect(mocText.includes(riziv) || mocText.includes(formatRiziv(riziv)), riziv).toBe(true);
      }
      // The attestation (M7), as one paragraph, in the user's language.
      expect(mocText).toContain(MOC_ATTESTATION[locale].slice(0, 60));
      expect(mocText).toContain("350276-350280");
      const document = await getDocumentProxy(new Uint8Array(pdf));
      expect(((await document.getMetadata()).info as { Title?: string }).Title).toContain("STD-2025-000042");
    }, 30_000);
  });

  it("print the MOC list alone without the registration's form sections", () => {
    const [moc] = availablePrintouts(standard, "INITIAL", lungCancer);
    const document = buildPrintDocument(standardView, { issues: [] }, { locale: "nl", printedAt, printedByName: "Jan" }, [{ kind: "printout", printout: moc! }]);
    const headings = JSON.stringify(document.body);
    expect(headings).toContain("Deelnemers MOC");
    expect(headings).toContain("Handtekening van de coördinator van het MOC");
    expect(headings).not.toContain("Incidentiedatum");
    expect(document.body.some((block) => block.kind === "pageBreak")).toBe(false);
  });
});
