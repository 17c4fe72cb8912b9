import { writeFileSync } from "node:fs";
import path from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it, vi } from "vitest";
import { renderRegistrationPdf } from "@/lib/pdf/render-registration-pdf";
import type { Locale } from "@/lib/validation/types";
import { confirmationComment, draftView, sentOutcome, sentView, srtData, trickyComment } from "./fixtures";

/** The PDF's text, every run of white space (line breaks of wrapped cells, NBSP) as one space. */
async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text: normalise(text), pages: totalPages };
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ");
}

async function timedRender(...args: Parameters<typeof renderRegistrationPdf>): Promise<Buffer> {
  const started = performance.now();
  const pdf = await renderRegistrationPdf(...args);
  // To look at the output: WBCR_PDF_DIR=/tmp npx vitest run --project unit tests/unit/pdf
  const directory = process.env.WBCR_PDF_DIR;
  if (directory) writeFileSync(path.join(directory, `registration-${args[0].status.toLowerCase()}-${args[2].locale}.pdf`), pdf);
  console.log(`registration PDF (${args[2].locale}, ${args[0].status}): ${(performance.now() - started).toFixed(0)} ms, ${pdf.length} bytes`);
  return pdf;
}

const printedAt = new Date("2025-03-20T14:00:00Z");
const printedByName = "Jan Janssens-Brûlé";

interface Expected {
  status: string;
  identitySource: string;
  fieldLabel: string;
  optionLabel: string;
  multiselect: string;
  lesionTitle: string;
  dosePerFraction: string;
  bed10: string;
  moduleError: string;
  patientError: string;
  warning: string;
  confirmedBy: string;
  printed: string;
  page: string;
}

const expected: Record<Locale, Expected> = {
  nl: {
    status: "Verzonden",
    identitySource: "Met de hand ingevuld",
    fieldLabel: "Bestralingstoestel",
    optionLabel: "Extracerebrale oligometastasen",
    multiselect: "Doelgerichte therapie (targeted therapy), Immunotherapie",
    lesionTitle: "Plan 1 › Letsel 2",
    dosePerFraction: "11,25 Gy",
    bed10: "95,63 Gy",
    moduleError: "‘Plan 2 › Einddatum van het plan’ is verplicht.",
    patientError: "Gemeente is verplicht.",
    warning: "‘Topografie van de primaire tumor’: topografie C80.9 is vaag gecodeerd",
    confirmedBy: "Bevestigd door Dr. Els Peeters op 15/03/2025 10:25",
    printed: `Afgedrukt op 20/03/2025 15:00 door ${printedByName}`,
    page: "Pagina 1 van",
  },
  fr: {
    status: "Envoyé",
    identitySource: "Encodée manuellement",
    fieldLabel: "Plateforme de traitement",
    optionLabel: "Oligométastases extracérébrales",
    multiselect: "Thérapie ciblée, Immunothérapie",
    lesionTitle: "Plan 1 › Lésion 2",
    dosePerFraction: "11,25 Gy",
    bed10: "95,63 Gy",
    moduleError: "« Plan 2 › Date de fin du plan » est obligatoire.",
    patientError: "Localité est obligatoire.",
    warning: "« Topographie de la tumeur primitive » : la topographie C80.9 est codée de manière imprécise",
    confirmedBy: "Confirmé par Dr. Els Peeters le 15/03/2025 10:25",
    printed: `Imprimé le 20/03/2025 15:00 par ${printedByName}`,
    page: "Page 1 sur",
  },
  en: {
    status: "Sent",
    identitySource: "Entered by hand",
    fieldLabel: "Treatment platform",
    optionLabel: "Extracerebral oligometastases",
    multiselect: "Targeted therapy, Immunotherapy",
    lesionTitle: "Plan 1 › Lesion 2",
    dosePerFraction: "11.25 Gy",
    bed10: "95.63 Gy",
    moduleError: "‘Plan 2 › End date of the plan’ is required.",
    patientError: "Town is required.",
    warning: "‘Topography of the primary tumour’: topography C80.9 is vaguely coded",
    confirmedBy: "Confirmed by Dr. Els Peeters on 15/03/2025 10:25",
    printed: `Printed on 20/03/2025 15:00 by ${printedByName}`,
    page: "Page 1 of",
  },
  de: {
    status: "Gesendet",
    identitySource: "Von Hand eingegeben",
    fieldLabel: "Behandlungsplattform",
    optionLabel: "Extrazerebrale Oligometastasen",
    multiselect: "Zielgerichtete Therapie, Immuntherapie",
    lesionTitle: "Plan 1 › Läsion 2",
    dosePerFraction: "11,25 Gy",
    bed10: "95,63 Gy",
    moduleError: "„Plan 2 › Enddatum des Plans“ ist ein Pflichtfeld.",
    patientError: "Gemeinde ist ein Pflichtfeld.",
    warning: "„Topographie des Primärtumors“: Topographie C80.9 ist ungenau kodiert",
    confirmedBy: "Bestätigt von Dr. Els Peeters am 15/03/2025 10:25",
    printed: `Gedruckt am 20/03/2025 15:00 von ${printedByName}`,
    page: "Seite 1 von",
  },
};

describe("renderRegistrationPdf", () => {
  describe.each(["nl", "fr", "en", "de"] as const)("a sent SRT registration in %s", (locale) => {
    it("prints the reference, status, patient, fields, validation outcome and who printed it", async () => {
      const pdf = await timedRender(sentView, sentOutcome, { locale, printedAt, printedByName });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const { text, pages } = await pdfText(pdf);
      const want = expected[locale];

      expect(text).toContain("WBCR-SRT-2025-000123");
      expect(text).toContain(want.status);
      expect(text).toContain("Dupont-Lefèvre");
      expect(text).toContain("François");
      expect(text).toContain("85.07.30-033.28");
      expect(text).toContain(want.identitySource);
      expect(text).toContain(want.fieldLabel);
      expect(text).toContain(want.optionLabel);
      expect(text).toContain(want.multiselect);
      expect(text).toContain("Plan 2");
      expect(text).toContain(want.lesionTitle);
      expect(text).toContain(want.dosePerFraction);
      expect(text).toContain(want.bed10);
      expect(text).toContain("04/11/2024");
      expect(text).toContain(normalise(want.moduleError));
      expect(text).toContain(normalise(want.patientError));
      expect(text).toContain(normalise(want.warning));
      expect(text).toContain(want.confirmedBy);
      expect(text).toContain(confirmationComment);
      expect(text).toContain("Onderbreking wegens griep.");
      expect(text).toContain(want.printed);
      expect(text).toContain(`${want.page} ${pages}`);
      expect(pages).toBeGreaterThan(1);
    });
  });

  it("prints free text literally: no markup, placeholders or escapes are interpreted", async () => {
    const { text } = await pdfText(await renderRegistrationPdf(sentView, sentOutcome, { locale: "nl", printedAt, printedByName: "{name} <i>x</i>" }));
    expect(text).toContain(trickyComment);
    expect(text).toContain("Afgedrukt op 20/03/2025 15:00 door {name} <i>x</i>");
  });

  it("renders a draft without reference, sending or validation", async () => {
    const pdf = await timedRender(draftView, { issues: [] }, { locale: "nl", printedAt, printedByName });
    const { text } = await pdfText(pdf);
    expect(text).toContain("Concept");
    expect(text).toContain("Nog niet toegekend");
    expect(text).toContain("Niet gevalideerd");
    expect(text).toContain("Geen fouten of waarschuwingen.");
    expect(text).toContain("Müller");
    expect(text).toContain("Duitsland (DE)");
    expect(text).toContain("Plan 1 › Letsel 1");
    expect(text).not.toContain("WBCR-SRT");
  });

  it("keeps long text on the page: long words wrap, rows taller than a page break", async () => {
    const comments = `${"x".repeat(500)} ${Array.from({ length: 120 }, (_, index) => `regel ${index + 1}`).join("\n")}`;
    const confirmations = sentView.confirmations.map((confirmation) => ({ ...confirmation, comment: "y".repeat(400) }));
    const pdf = await renderRegistrationPdf({ ...sentView, formData: { ...srtData, comments }, confirmations }, sentOutcome, {
      locale: "en",
      printedAt,
      printedByName,
    });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [, , pageWidth] = page.view;
      const { items } = await page.getTextContent();
      for (const item of items) {
        if (!("transform" in item)) continue;
        expect(item.transform[4] + item.width, `page ${number}: "${item.str.slice(0, 20)}…"`).toBeLessThanOrEqual(pageWidth! - 30);
      }
    }
    const { text } = await pdfText(pdf);
    expect(text).toContain("regel 1 regel 2");
    expect(text).toContain("regel 119 regel 120");
    expect(text.replace(/ /g, "")).toContain("x".repeat(500));
  });

  it("fetches nothing from the network", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    try {
      await renderRegistrationPdf(sentView, sentOutcome, { locale: "fr", printedAt, printedByName });
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it("refuses a registration of an unknown module", async () => {
    await expect(
      renderRegistrationPdf({ ...draftView, moduleId: "nope" }, { issues: [] }, { locale: "en", printedAt, printedByName }),
    ).rejects.toThrow(/Unknown registration module/);
  });
});
