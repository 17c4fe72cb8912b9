/**
 * A short, safe summary of an audit event's `details`. Only the fields listed here are ever
 * shown, each checked for its expected shape; anything else in `details` (ids, free text, or
 * whatever a future caller might write) is left out. Audit events carry no patient data, and
 * nothing here decrypts anything.
 */
import type { MemberFunction } from "@/lib/access/session-context";

export interface AuditDetailSummary {
  /** session.choose_membership, access.membership.*: the function concerned. */
  function?: MemberFunction;
  /** session.start */
  authMethod?: "eid" | "itsme" | "token";
  /** terms.accept */
  termsVersion?: number;
  /** registration.save */
  registrationVersion?: number;
  parts?: ("form" | "patient")[];
  /** patient.identify: what the National Register answered (never who). */
  outcome?: "found" | "unknown" | "unavailable" | "not_configured";
  /** registration.validate */
  errors?: number;
  warnings?: number;
  /** registration.send */
  reference?: string;
  warningsConfirmed?: number;
  /** registration.correct */
  correctionOf?: string;
  /** session.end_all */
  sessions?: number;
  /** export.*: how many registrations. */
  count?: number;
  /** access.*: the person whose access changed, and the physician of a link. */
  subjectName?: string;
  physicianName?: string;
  /** audit.view: the filters used. */
  filters?: { action?: string; person?: string; registration?: string; from?: string; to?: string };
}

type Json = unknown;

const functions: readonly MemberFunction[] = ["SPECIALIST", "COORDINATOR", "ADMINISTRATIVE", "ACCESS_MANAGER", "REGISTRY_STAFF"];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const reference = /^[A-Z0-9_]{1,20}-\d{4}-\d{6}$/;
/** What audit.view stores of its filters: the same shapes the filter schema accepts. */
const filterShapes: Record<keyof NonNullable<AuditDetailSummary["filters"]>, RegExp> = {
  action: /^[a-z][a-z_.]{0,63}$/,
  person: /^[\p{L}\p{M}'’. -]{1,100}$/u,
  registration: /^[A-Za-z0-9_-]{1,64}$/,
  from: /^\d{4}-\d{2}-\d{2}$/,
  to: /^\d{4}-\d{2}-\d{2}$/,
};

function record(value: Json): Record<string, Json> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, Json>) : null;
}

const count = (value: Json): number | undefined =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1e9 ? value : undefined;

const oneOf = <T extends string>(value: Json, allowed: readonly T[]): T | undefined =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

const id = (value: Json): string | undefined => (typeof value === "string" && uuid.test(value) ? value : undefined);

/** Ids in `details` that the summary shows as names: people and memberships. */
export interface DetailNameRefs {
  personIds: string[];
  membershipIds: string[];
}

export function detailNameRefs(action: string, details: Json): DetailNameRefs {
  const d = record(details);
  const refs: DetailNameRefs = { personIds: [], membershipIds: [] };
  if (!d || !action.startsWith("access.")) return refs;
  const personId = id(d.personId);
  if (personId) refs.personIds.push(personId);
  for (const key of ["administrativeMembershipId", "physicianMembershipId"]) {
    const membershipId = id(d[key]);
    if (membershipId) refs.membershipIds.push(membershipId);
  }
  return refs;
}

/** Names of people and memberships of the coordinator's own organisation only. */
export interface NameLookup {
  person(id: string): string | undefined;
  membership(id: string): string | undefined;
}

export function summariseDetails(action: string, details: Json, names: NameLookup): AuditDetailSummary {
  const d = record(details);
  if (!d) return {};
  const out: AuditDetailSummary = {};
  const set = <K extends keyof AuditDetailSummary>(key: K, value: AuditDetailSummary[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  switch (action) {
    case "session.start":
      set("authMethod", oneOf(d.authMethod, ["eid", "itsme", "token"] as const));
      break;
    case "session.choose_membership":
      set("function", oneOf(d.function, functions));
      break;
    case "session.end_all":
      set("sessions", count(d.sessions));
      break;
    case "terms.accept":
      set("termsVersion", count(d.version));
      break;
    case "registration.save": {
      set("registrationVersion", count(d.version));
      const parts = Array.isArray(d.parts) ? d.parts.filter((p): p is "form" | "patient" => p === "form" || p === "patient") : [];
      if (parts.length) out.parts = parts;
      break;
    }
    case "registration.validate":
      set("errors", count(d.errors));
      set("warnings", count(d.warnings));
      break;
    case "registration.send":
      set("reference", typeof d.reference === "string" && reference.test(d.reference) ? d.reference : undefined);
      set("warningsConfirmed", Array.isArray(d.warningsConfirmed) ? d.warningsConfirmed.length : undefined);
      break;
    case "registration.correct":
      set("correctionOf", typeof d.correctionOf === "string" && reference.test(d.correctionOf) ? d.correctionOf : undefined);
      break;
    case "patient.identify":
      set("outcome", oneOf(d.outcome, ["found", "unknown", "unavailable", "not_configured"] as const));
      break;
    case "audit.view": {
      const filters = record(d.filters);
      if (!filters) break;
      const shown: NonNullable<AuditDetailSummary["filters"]> = {};
      for (const [key, shape] of Object.entries(filterShapes) as [keyof typeof filterShapes, RegExp][]) {
        const value = filters[key];
        if (typeof value === "string" && shape.test(value)) shown[key] = value;
      }
      if (Object.keys(shown).length) out.filters = shown;
      break;
    }
    default:
      if (action.startsWith("export.")) {
        set("count", count(d.count) ?? count(d.rows) ?? count(d.registrations));
      } else if (action.startsWith("access.")) {
        set("function", oneOf(d.function, functions));
        const personId = id(d.personId);
        const administrative = id(d.administrativeMembershipId);
        const physician = id(d.physicianMembershipId);
        set("subjectName", (personId && names.person(personId)) || (administrative && names.membership(administrative)) || undefined);
        set("physicianName", physician ? names.membership(physician) : undefined);
      }
  }
  return out;
}
