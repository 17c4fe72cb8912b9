/**
 * The registration PDF is a tagged PDF (issue 13, problem 16): marked, with a structure tree in
 * reading order, the document language and a title shown as the window title; every text on a
 * page is either content of a structure element or an artifact (page header and footer), and the
 * values sit in the table cells of their labels. Read back with pdf.js (unpdf), as a screen
 * reader's PDF engine would.
 */
import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderRegistrationPdf } from "@/lib/pdf/render-registration-pdf";
import type { Locale } from "@/lib/validation/types";
import { draftView, sentOutcome, sentView } from "./fixtures";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

interface TaggedText {
  /** The structure element's role ("H1", "TD" …), or "Artifact". */
  role: string;
  text: string;
}

/** Every structure element of every page with its text, in the structure tree's order. */
async function structure(document: PdfDocument): Promise<{ elements: TaggedText[]; rows: string[][]; artifacts: string[]; untagged: string[] }> {
  const elements: TaggedText[] = [];
  const rows: string[][] = [];
  const artifacts: string[] = [];
  const untagged: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    // Text per marked-content id, and what is drawn outside any structure element.
    const contentText = new Map<string, string>();
    const stack: { tag: string; id?: string }[] = [];
    const { items } = await page.getTextContent({ includeMarkedContent: true });
    for (const item of items) {
      if ("type" in item) {
        // pdf.js gives the tag too, though its type does not say so.
        const { tag } = item as { tag?: string };
        if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") stack.push({ tag: tag ?? "", id: item.id ?? undefined });
        else if (item.type === "endMarkedContent") stack.pop();
        continue;
      }
      const open = stack.at(-1);
      if (open?.id) contentText.set(open.id, (contentText.get(open.id) ?? "") + item.str + (item.hasEOL ? " " : ""));
      else if (item.str.trim() === "") continue;
      else if (open?.tag === "Artifact") artifacts.push(item.str);
      else untagged.push(item.str);
    }
    const textOf = (node: StructNode): string =>
      node.type === "content" ? (contentText.get(node.id ?? "") ?? "") : (node.children ?? []).map(textOf).join(" ");
    const walk = (node: StructNode) => {
      // pdf.js lists an element spanning pages on each of them, with that page's text only.
      const text = node.role ? textOf(node).replace(/\s+/g, " ").trim() : "";
      if (node.role && text !== "") {
        elements.push({ role: node.role, text });
        if (node.role === "TR") rows.push((node.children ?? []).map((cell) => `${cell.role}:${textOf(cell).replace(/\s+/g, " ").trim()}`));
      }
      for (const child of node.children ?? []) if (child.type !== "content") walk(child);
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) walk(tree);
  }
  return { elements, rows, artifacts, untagged };
}

const printedAt = new Date("2025-03-20T14:00:00Z");
const languages: Record<Locale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB", de: "de-BE" };

describe("the registration PDF is tagged", () => {
  describe.each(["nl", "fr", "en", "de"] as const)("in %s", (locale) => {
    it("is marked, has a structure tree, the document language and a title to display", async () => {
      const pdf = await renderRegistrationPdf(sentView, sentOutcome, { locale, printedAt, printedByName: "Jan Janssens" });
      const document = await getDocumentProxy(new Uint8Array(pdf));
      expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
      const info = (await document.getMetadata()).info as { Language?: string; Title?: string };
      expect(info.Language).toBe(languages[locale]);
      expect(info.Title).toContain("WBCR-SRT-2025-000123");
      expect(await document.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
      // PDF/UA-1 identification and the StructTreeRoot in the catalogue (the raw file).
      const raw = pdf.toString("latin1");
      expect(raw).toContain("<pdfuaid:part>1</pdfuaid:part>");
      expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
      expect(raw).toMatch(/\/Lang \(/);
    });
  });

  it("reads in order: title, facts, patient, every form section, validation, with headings, tables and lists", async () => {
    const pdf = await renderRegistrationPdf(sentView, sentOutcome, { locale: "nl", printedAt, printedByName: "Jan Janssens" });
    const { elements, rows, artifacts, untagged } = await structure(await getDocumentProxy(new Uint8Array(pdf)));

    // Nothing is drawn outside the structure tree but the page furniture.
    expect(untagged).toEqual([]);
    expect(artifacts.join(" ")).toContain("Afgedrukt op 20/03/2025 15:00 door Jan Janssens");
    expect(artifacts.join(" ")).toMatch(/Pagina 1 van \d/);
    expect(artifacts.join(" ")).toContain("Referentie WBCR-SRT-2025-000123 · Verzonden");

    const headings = elements.filter((element) => /^H\d$/.test(element.role)).map((element) => `${element.role} ${element.text}`);
    expect(headings[0]).toBe("H1 Registratie – Stereotactische radiotherapie (SRT)");
    expect(headings).toEqual(
      expect.arrayContaining(["H2 Patiënt", "H2 A. SRT-reeks", "H3 Plan 1 › Letsel 2", "H2 Validatie", "H3 Fouten (2)", "H3 Waarschuwingen (2)"]),
    );
    // Heading order is the reading order of the page.
    const order = ["H2 Patiënt", "H2 A. SRT-reeks", "H3 Plan 1", "H3 Plan 1 › Letsel 1", "H3 Plan 2", "H2 Validatie"].map((heading) => headings.indexOf(heading));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((index) => index > 0)).toBe(true);

    // The facts and fields are tables whose labels are row headers of their values.
    expect(rows).toContainEqual(["TH:Referentie", "TD:WBCR-SRT-2025-000123", "TH:Status", "TD:Verzonden"]);
    expect(rows).toContainEqual(["TH:INSZ", "TD:85.07.30-033.28"]);
    expect(rows).toContainEqual(["TH:Familienaam", "TD:Dupont-Lefèvre"]);
    expect(rows).toContainEqual(["TH:Dosis per fractie D6", "TD:11,25 Gy"]);

    // Errors and warnings are numbered lists: a label and a body per item.
    const roles = elements.map((element) => element.role);
    expect(roles.filter((role) => role === "L")).toHaveLength(3);
    expect(roles.filter((role) => role === "LI")).toHaveLength(5);
    const items = elements.filter((element) => element.role === "LI").map((element) => element.text);
    expect(items[0]).toBe("1. Gemeente is verplicht. PAT-E01");
    expect(items.some((item) => item.includes("Bevestigd door Dr. Els Peeters op 15/03/2025 10:25"))).toBe(true);
  });

  it("tags a draft the same way", async () => {
    const pdf = await renderRegistrationPdf(draftView, { issues: [] }, { locale: "de", printedAt, printedByName: "Anna Müller" });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { elements, untagged, artifacts } = await structure(document);
    expect(untagged).toEqual([]);
    expect(artifacts.join(" ")).toContain("Gedruckt am 20/03/2025 15:00 von Anna Müller");
    expect(elements.find((element) => element.role === "H1")?.text).toMatch(/^Registrierung – /);
    expect(elements.some((element) => element.role === "P" && element.text === "Keine Fehler oder Warnungen.")).toBe(true);
  });
});
