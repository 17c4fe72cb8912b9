/**
 * The query of a download link, /modules/<id>/download/file?kind=sent&from=2025-01-01&to=2025-03-31&format=csv&confirm=1,
 * checked before anything is read (F-SEC-4: bad input gets a clear message and exports nothing).
 * Days are calendar days in Belgium: `from` counts from its midnight, `to` up to and including
 * its last moment.
 */
import { z } from "zod";
import type { ExportDate, ExportKind, HeaderStyle } from "./export-registrations";
import { EXPORT_AUDIENCES, type ExportAudience } from "@/lib/modules/types";
import type { DelimitedFormat } from "./delimited-text";
import { endOfBrusselsDay, parseCalendarDay, startOfBrusselsDay } from "@/lib/dates/brussels-day";

/** Why a query is refused; each has a message in messages/<locale>/exports.json (exports.errors). */
export type ExportQueryProblem = "confirm" | "kind" | "format" | "from" | "to" | "range" | "header" | "ids" | "dateBy" | "audience";

export const MAX_SELECTED_IDS = 1000;

/** What the period is read on: the last change (saved), the sending date (sent), or a date of the content. */
export const EXPORT_DATES = ["changed", "sent", "incidenceDate", "mocDate"] as const satisfies readonly ExportDate[];

const emptyAsMissing = (value: unknown) => (value === "" || value === null ? undefined : value);
const day = (problem: ExportQueryProblem) =>
  z.preprocess(emptyAsMissing, z.iso.date({ error: problem }).refine((value) => value >= "2000-01-01" && value <= "2999-12-31" && parseCalendarDay(value) !== null, { error: problem }).optional());

export const ZExportQuery = z
  .object({
    kind: z.enum(["saved", "sent"], { error: "kind" }),
    format: z.preprocess(emptyAsMissing, z.enum(["csv", "txt"], { error: "format" }).default("csv")),
    from: day("from"),
    to: day("to"),
    header: z.preprocess(emptyAsMissing, z.enum(["ids", "labels"], { error: "header" }).default("ids")),
    dateBy: z.preprocess(emptyAsMissing, z.enum(EXPORT_DATES, { error: "dateBy" }).optional()),
    audience: z.preprocess(emptyAsMissing, z.enum(EXPORT_AUDIENCES, { error: "audience" }).default("registry")),
    ids: z.preprocess(
      (value) => (typeof value === "string" && value.trim() !== "" ? value.split(",").map((id) => id.trim()) : undefined),
      z.array(z.guid({ error: "ids" }), { error: "ids" }).min(1, { error: "ids" }).max(MAX_SELECTED_IDS, { error: "ids" }).optional(),
    ),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { error: "range", path: ["to"] });

export interface ExportQuery {
  kind: ExportKind;
  format: DelimitedFormat;
  header: HeaderStyle;
  /** First moment of the `from` day in Belgium. */
  from?: Date;
  /** First moment of the day after `to` in Belgium (exclusive bound). */
  to?: Date;
  /** The days as typed (yyyy-mm-dd), for dates of the content (calendar days, no time). */
  fromDay?: string;
  toDay?: string;
  /** Absent: the kind's own date (last change or sending date). */
  dateBy?: ExportDate;
  audience: ExportAudience;
  ids?: string[];
}

export type ParsedExportQuery = { ok: true; query: ExportQuery } | { ok: false; problems: ExportQueryProblem[] };

const problems = new Set<string>(["confirm", "kind", "format", "from", "to", "range", "header", "ids", "dateBy", "audience"]);

/** What both a URL query and a posted form offer. */
export interface QueryFields {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

/**
 * Reads and checks the query (or posted form); the disclaimer must have been confirmed
 * (confirm=1, F-BULK-3). `ids` may be repeated or comma-separated.
 */
export function parseExportQuery(params: QueryFields): ParsedExportQuery {
  if (params.get("confirm") !== "1") return { ok: false, problems: ["confirm"] };
  const text = (name: string) => {
    const value = params.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const selected = params.getAll("ids");
  if (selected.some((id) => typeof id !== "string")) return { ok: false, problems: ["ids"] };
  const raw = {
    ...Object.fromEntries(["kind", "format", "from", "to", "header", "dateBy", "audience"].map((name) => [name, text(name)])),
    ids: selected.length > 0 ? selected.join(",") : undefined,
  };
  const parsed = ZExportQuery.safeParse(raw);
  if (!parsed.success) {
    const found = parsed.error.issues.map((issue) => (problems.has(issue.message) ? issue.message : String(issue.path[0] ?? "kind")));
    return { ok: false, problems: [...new Set(found)] as ExportQueryProblem[] };
  }
  const { kind, format, header, from, to, ids, dateBy, audience } = parsed.data;
  // Saved registrations have no sending date; sent ones are never selected by their last change.
  if ((dateBy === "sent" && kind === "saved") || (dateBy === "changed" && kind === "sent")) return { ok: false, problems: ["dateBy"] };
  return {
    ok: true,
    query: {
      kind,
      format,
      header,
      audience,
      ...(dateBy ? { dateBy } : {}),
      ...(from ? { from: startOfDayInBelgium(from), fromDay: from } : {}),
      ...(to ? { to: endOfDayInBelgium(to), toDay: to } : {}),
      ...(ids ? { ids } : {}),
    },
  };
}

/** Midnight at the start of `isoDay` in Belgium, as an instant (the schema checked the day). */
function startOfDayInBelgium(isoDay: string): Date {
  const day = parseCalendarDay(isoDay);
  if (!day) throw new Error(`not a calendar day: ${isoDay}`);
  return startOfBrusselsDay(day);
}

function endOfDayInBelgium(isoDay: string): Date {
  const day = parseCalendarDay(isoDay);
  if (!day) throw new Error(`not a calendar day: ${isoDay}`);
  return endOfBrusselsDay(day);
}
