/** The file field type and its limits: what the draft stores, shows and exports, and what counts as a PDF. */
import { describe, expect, it } from "vitest";
import { acceptAttribute, DEFAULT_FILE_LIMITS, formatFileSize, kindOf, limitsOf } from "@/lib/attachments/file-kinds";
import { attachmentDisposition, safeFileName } from "@/lib/attachments/file-name";
import { referencedFiles } from "@/lib/attachments/file-field";
import { rootScope } from "@/lib/modules/conditions";
import { input } from "@/lib/modules/declare";
import { displayFieldValue, exportCellOf, exportFormatOf, fieldSchema } from "@/lib/modules/field-types";
import { t } from "@/lib/modules/translated";
import { tinyPdf } from "../../support/pdf-bytes";

const reports = input({
  id: "R1",
  key: "reports",
  type: "file",
  label: t("Verslagen", "Rapports", "Reports", "Berichte"),
  file: { accept: ["pdf"], maxBytes: 1000, maxFiles: 2 },
});
const file = (n: number, size = 100) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, name: `verslag ${n}.pdf`, size });
const context = { locale: "nl" as const, scope: rootScope({}), yes: "ja", no: "nee" };

describe("file field type", () => {
  const schema = fieldSchema(reports)!;

  it("stores references within the declared limits, an empty list as absent", () => {
    expect(schema.parse([file(1), file(2)])).toEqual([file(1), file(2)]);
    expect(schema.parse([])).toBeUndefined();
    expect(schema.parse(null)).toBeUndefined();
    expect(schema.parse(undefined)).toBeUndefined();
  });

  it("refuses more files than declared, a file above the size, the same file twice, or anything but a reference", () => {
    expect(schema.safeParse([file(1), file(2), file(3)]).success).toBe(false);
    expect(schema.safeParse([file(1, 1001)]).success).toBe(false);
    expect(schema.safeParse([file(1), file(1)]).success).toBe(false);
    expect(schema.safeParse([{ ...file(1), id: "not-a-uuid" }]).success).toBe(false);
    expect(schema.safeParse([{ ...file(1), name: "" }]).success).toBe(false);
    expect(schema.safeParse("verslag.pdf").success).toBe(false);
  });

  it("shows and exports the file names, never their content", () => {
    expect(displayFieldValue(reports, [file(1), file(2)], context)).toBe("verslag 1.pdf, verslag 2.pdf");
    expect(displayFieldValue(reports, [], context)).toBeUndefined();
    expect(exportCellOf(reports, [file(1), file(2)], rootScope({}))).toBe("verslag 1.pdf|verslag 2.pdf");
    expect(exportCellOf(reports, undefined, rootScope({}))).toBe("");
    expect(exportFormatOf(reports)).toMatch(/names of the attached files/);
  });

  it("finds every reference of a form's file fields", () => {
    const form = { sections: [{ id: "A", title: reports.label, fields: [reports] }] };
    expect(referencedFiles(form, { reports: [file(1)], other: [file(2)] }).map((f) => f.id)).toEqual([file(1).id]);
  });
});

describe("file limits and kinds", () => {
  it("takes the declaration's limits, else PDF, 10 MB, 5 files", () => {
    expect(limitsOf(reports)).toEqual({ accept: ["pdf"], maxBytes: 1000, maxFiles: 2 });
    expect(limitsOf({})).toEqual(DEFAULT_FILE_LIMITS);
    expect(DEFAULT_FILE_LIMITS).toEqual({ accept: ["pdf"], maxBytes: 10 * 1024 * 1024, maxFiles: 5 });
    expect(acceptAttribute(reports.file)).toBe(".pdf,application/pdf");
  });

  it("recognises a PDF by its first bytes, whatever its name", () => {
    expect(kindOf(tinyPdf(), ["pdf"])).toBe("pdf");
    expect(kindOf(Buffer.from("%PDF"), ["pdf"])).toBeUndefined();
    expect(kindOf(Buffer.from(" %PDF-1.4"), ["pdf"])).toBeUndefined();
    expect(kindOf(Buffer.from("PK\x03\x04 a zip named .pdf"), ["pdf"])).toBeUndefined();
    expect(kindOf(new Uint8Array(), ["pdf"])).toBeUndefined();
  });

  it("writes sizes as users read them", () => {
    expect(formatFileSize(10 * 1024 * 1024, "nl")).toBe("10 MB");
    expect(formatFileSize(1536, "fr")).toBe("1,5 ko");
    expect(formatFileSize(10 * 1024 * 1024, "fr")).toBe("10 Mo");
    expect(formatFileSize(1536, "en")).toBe("1.5 kB");
    expect(formatFileSize(12, "de")).toBe("12 B");
  });
});

describe("file names", () => {
  it("keeps the last part of the name, without control or reserved characters, with its extension", () => {
    expect(safeFileName("C:\\Users\\an\\MOC 12-03.pdf")).toBe("MOC 12-03.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd.pdf");
    expect(safeFileName('rap"port\u0000\r\n<1>.PDF')).toBe("rap_port____1_.PDF");
    expect(safeFileName("   ")).toBe("document.pdf");
    expect(safeFileName(".hidden.pdf")).toBe("hidden.pdf");
    expect(safeFileName(`${"a".repeat(300)}.pdf`)).toHaveLength(200);
    expect(safeFileName(`${"a".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
  });

  it("offers the file as a download under an ASCII fallback and its UTF-8 name", () => {
    expect(attachmentDisposition("Verslag Liège.pdf")).toBe(`attachment; filename="Verslag Liege.pdf"; filename*=UTF-8''Verslag%20Li%C3%A8ge.pdf`);
  });
});
