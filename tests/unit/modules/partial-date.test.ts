/** The partial date field type ("year or full date"): one schema, one format check, one export format, one display. */
import { describe, expect, it } from "vitest";
import { checkFormat, formatDate } from "@/components/registration/form-values";
import { input } from "@/lib/modules/declare";
import { optionalPartialDate } from "@/lib/modules/draft-values";
import { buildExportColumns } from "@/lib/modules/export-columns";
import { t } from "@/lib/modules/translated";
import { formatIsoDate } from "@/lib/pdf/format-values";

const field = input({ id: "F3", key: "lastNews", type: "partialDate", label: t("Laatste nieuws", "Dernières nouvelles", "Last news") });

describe("partial date fields", () => {
  it("store a year alone or a full date, and empty as absent", () => {
    const schema = optionalPartialDate();
    expect(schema.parse("2024")).toBe("2024");
    expect(schema.parse("2024-02-29")).toBe("2024-02-29");
    expect(schema.parse("")).toBeUndefined();
    for (const bad of ["24", "2024-02", "2023-02-29", "20240101", 2024]) expect(schema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it("check the same in the browser", () => {
    expect(checkFormat(field, "2024")).toBeNull();
    expect(checkFormat(field, "2024-03-05")).toBeNull();
    expect(checkFormat(field, "2024-13-01")).toEqual({ key: "partialDate" });
    expect(checkFormat(field, "0999")).toEqual({ key: "partialDate" });
  });

  it("export as written, with the format in the dictionary, and show a year as a year", () => {
    const [column] = buildExportColumns({ sections: [{ id: "F", title: t("F", "F", "F"), fields: [field] }] }, {});
    expect(column).toMatchObject({ id: "F3_lastNews", type: "partialDate", format: "yyyy-mm-dd, or yyyy when only the year is known" });
    expect(column!.get({ lastNews: "2024" })).toBe("2024");
    expect(formatDate("2024", "nl")).toBe("2024");
    expect(formatIsoDate("2024")).toBe("2024");
    expect(formatDate("2024-03-05", "nl")).toBe("05/03/2024");
  });
});
