/**
 * The filters of the audit-trail page, as they come from the URL (GET query parameters, so a
 * filtered view can be bookmarked and shared). Every message is a key of the "audit" catalogue
 * namespace. Anything not matching the expected shape is refused, never passed on to a query.
 */
import { z } from "zod";
import { decodeAuditCursor, type AuditCursor } from "./audit-cursor";
import { endOfBrusselsDay, parseCalendarDay, startOfBrusselsDay } from "@/lib/dates/brussels-day";

/** Empty form fields mean "not given". */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

function optionalText(max: number, tooLong: string, invalid: string) {
  return z.preprocess(
    blankToUndefined,
    z.string({ error: invalid }).trim().max(max, { error: tooLong, abort: true }).optional(),
  );
}

/** An action id ("registration.view") or a prefix ending in a dot ("registration."). */
const actionPattern = /^[a-z][a-z_]*(\.[a-z][a-z_]*)*\.?$/;

/** A person's name or part of it: letters (any script), marks, spaces, apostrophes, hyphens, dots. */
const namePattern = /^(?=.*\p{L})[\p{L}\p{M}'’. -]+$/u;

/** A WBCR reference as handed out when sending, "<module prefix>-2026-000042". */
const referencePattern = /^[A-Z0-9_]{1,20}-\d{4}-\d{6}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type RegistrationFilter = { kind: "id"; id: string } | { kind: "reference"; reference: string };

const ZDay = (invalid: string) =>
  optionalText(10, invalid, invalid).refine((value) => value === undefined || parseCalendarDay(value) !== null, { error: invalid });

export const ZAuditFilters = z
  .object({
    action: optionalText(64, "errors.actionInvalid", "errors.actionInvalid").refine(
      (value) => value === undefined || actionPattern.test(value),
      { error: "errors.actionInvalid" },
    ),
    person: optionalText(100, "errors.personTooLong", "errors.personInvalid").refine(
      (value) => value === undefined || namePattern.test(value),
      { error: "errors.personInvalid" },
    ),
    registration: optionalText(64, "errors.registrationInvalid", "errors.registrationInvalid").refine(
      (value) => value === undefined || uuidPattern.test(value.toLowerCase()) || referencePattern.test(value.toUpperCase()),
      { error: "errors.registrationInvalid" },
    ),
    from: ZDay("errors.dateInvalid"),
    to: ZDay("errors.dateInvalid"),
    /** "Who looked up this patient": the id of the posted INSZ kept on the server, never the INSZ. */
    patient: optionalText(64, "errors.patientExpired", "errors.patientExpired").refine(
      (value) => value === undefined || uuidPattern.test(value),
      { error: "errors.patientExpired" },
    ),
    cursor: optionalText(64, "errors.cursorInvalid", "errors.cursorInvalid").refine(
      (value) => value === undefined || decodeAuditCursor(value) !== null,
      { error: "errors.cursorInvalid" },
    ),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "errors.dateOrder" });
    }
  });

export type TAuditFiltersInput = z.input<typeof ZAuditFilters>;

/** The filters in the form the query needs. */
export interface AuditQuery {
  /** Exact action id, or a prefix when `actionIsPrefix`. */
  action?: string;
  actionIsPrefix: boolean;
  person?: string;
  registration?: RegistrationFilter;
  /** Id of a patient search (lib/patients/patient-search.ts) holding the INSZ looked up. */
  patientSearch?: string;
  /** Inclusive start and exclusive end, as instants. */
  from?: Date;
  until?: Date;
  cursor?: AuditCursor;
}

/** The validated filters, as typed (trimmed), to show them back in the form and in links. */
export interface AuditFilterValues {
  action?: string;
  person?: string;
  registration?: string;
  from?: string;
  to?: string;
  patient?: string;
}

export function toAuditQuery(values: z.output<typeof ZAuditFilters>): AuditQuery {
  const registration = values.registration;
  return {
    action: values.action,
    actionIsPrefix: values.action?.endsWith(".") ?? false,
    person: values.person,
    registration:
      registration === undefined
        ? undefined
        : uuidPattern.test(registration.toLowerCase())
          ? { kind: "id", id: registration.toLowerCase() }
          : { kind: "reference", reference: registration.toUpperCase() },
    patientSearch: values.patient,
    from: values.from ? startOfBrusselsDay(parseCalendarDay(values.from)!) : undefined,
    until: values.to ? endOfBrusselsDay(parseCalendarDay(values.to)!) : undefined,
    cursor: values.cursor ? (decodeAuditCursor(values.cursor) ?? undefined) : undefined,
  };
}

