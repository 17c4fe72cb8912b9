/**
 * The audit trail of one organisation (F-SEC-1): the oncology coordinator's of their hospital,
 * registry staff's of the registry. Everyone else is refused before a row is read. Listed are
 * the events recorded in the organisation and the events of others that read its registrations
 * (registry staff opening, printing or exporting its sent registrations: `subjectOrganisationIds`).
 * Names and registrations are resolved within the organisation only. "Who looked up this
 * patient" finds the IdentifyPerson lookups and patient searches of an INSZ by its blind index
 * (lib/audit/patient-lookup.ts). Viewing is itself audited ("audit.view").
 */
import type { Prisma } from "@/generated/prisma/client";
import { isReady, type ReadyContext, type SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import { actorOf } from "./actor-of";
import { detailNameRefs, summariseDetails, type AuditDetailSummary } from "./audit-details";
import { encodeAuditCursor } from "./audit-cursor";
import {
  toAuditQuery,
  ZAuditFilters,
  type AuditFilterValues,
  type AuditQuery,
} from "./audit-filters";
import { lookedUpInsz, lookupsOf } from "./patient-lookup";
import { recordAuditEvent } from "./record-audit-event";
import { recallPatientSearch } from "@/lib/patients/patient-search";
import { translatedFieldErrors, type FieldErrors } from "@/lib/validation/field-errors";

export const auditPageSize = 50;

export interface AuditEventRow {
  /** The event id (a bigint) as text. */
  id: string;
  at: Date;
  action: string;
  personName: string | null;
  /** Administrative staff: the physician they acted for. */
  actingForName: string | null;
  moduleId: string | null;
  /** `available` when the registration still exists in this organisation (its reference once sent). */
  registration: { id: string; reference: string | null; available: boolean } | null;
  summary: AuditDetailSummary;
}

export interface AuditEventPage {
  organisationName: string;
  /** The INSZ whose lookups are listed (from the server-side search, never from the URL). */
  patientInsz: string | null;
  filters: AuditFilterValues;
  rows: AuditEventRow[];
  /** Cursor of the next (older) page, or null on the last one. */
  nextCursor: string | null;
}

export type ListAuditEventsResult =
  | { ok: true; data: AuditEventPage }
  | { ok: false; code: "forbidden" }
  | { ok: false; code: "invalid"; fieldErrors: FieldErrors };

/** The organisation whose trail the user may read: a coordinator's hospital, registry staff's registry; null for anyone else (fail closed). */
function auditedOrganisation(context: SessionContext | null): ReadyContext["membership"] | null {
  if (!context || !isReady(context)) return null;
  return context.membership.function === "COORDINATOR" || context.membership.function === "REGISTRY_STAFF" ? context.membership : null;
}

/** The filters that were given, without the empty ones (JSON has no undefined). */
const given = (values: AuditFilterValues): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === "string"));

const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/** Case and accent insensitive. */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();

export async function listAuditEvents(
  context: SessionContext | null,
  filters: unknown,
  db: Db = getDb(),
): Promise<ListAuditEventsResult> {
  const membership = auditedOrganisation(context);
  if (!context || !membership) return { ok: false, code: "forbidden" };
  const parsed = ZAuditFilters.safeParse(filters ?? {});
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: translatedFieldErrors(parsed.error) };
  const { action, person, registration, from, to, patient } = parsed.data;
  const values: AuditFilterValues = { action, person, registration, from, to, patient };
  const query = toAuditQuery(parsed.data);
  const organisationId = membership.organisationId;
  const patientInsz = query.patientSearch ? await recallPatientSearch(context, query.patientSearch, db) : null;
  if (query.patientSearch && !patientInsz) return { ok: false, code: "invalid", fieldErrors: { patient: ["errors.patientExpired"] } };

  const where = await buildWhere(db, organisationId, query, patientInsz);
  const events = where
    ? await db.auditEvent.findMany({
        where,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: auditPageSize + 1,
        include: { person: { select: { firstName: true, lastName: true } } },
      })
    : [];
  const page = events.slice(0, auditPageSize);
  const last = page[page.length - 1];
  const nextCursor = events.length > auditPageSize && last ? encodeAuditCursor({ at: last.at, id: last.id }) : null;

  const rows = await describeEvents(db, organisationId, page);
  await recordAuditEvent(db, actorOf(context), {
    action: "audit.view",
    details: {
      filters: given({ ...values, patient: undefined }),
      page: query.cursor ? "next" : "first",
      rows: rows.length,
      ...(patientInsz ? { patient: lookedUpInsz(patientInsz) } : {}),
    },
  });
  return { ok: true, data: { organisationName: membership.organisationName, patientInsz, filters: values, rows, nextCursor } };
}

/** The query's conditions, or null when a filter matches nothing in this organisation. */
async function buildWhere(db: Db, organisationId: string, query: AuditQuery, patientInsz: string | null): Promise<Prisma.AuditEventWhereInput | null> {
  const and: Prisma.AuditEventWhereInput[] = [{ OR: [{ organisationId }, { subjectOrganisationIds: { has: organisationId } }] }];
  if (patientInsz) and.push(lookupsOf(patientInsz));
  if (query.action) and.push({ action: query.actionIsPrefix ? { startsWith: query.action } : query.action });
  if (query.from) and.push({ at: { gte: query.from } });
  if (query.until) and.push({ at: { lt: query.until } });

  if (query.person) {
    const wanted = fold(query.person);
    const members = await db.membership.findMany({
      where: { organisationId },
      select: { person: { select: { id: true, firstName: true, lastName: true } } },
    });
    const ids = new Set(
      members
        .map((m) => m.person)
        .filter((p) => fold(`${p.firstName} ${p.lastName}`).includes(wanted) || fold(`${p.lastName} ${p.firstName}`).includes(wanted))
        .map((p) => p.id),
    );
    if (ids.size === 0) return null;
    and.push({ personId: { in: [...ids] } });
  }

  if (query.registration) {
    const registrationId = await resolveRegistration(db, organisationId, query.registration);
    if (!registrationId) return null;
    and.push({ registrationId });
  }

  if (query.cursor) {
    const { at, id } = query.cursor;
    and.push({ OR: [{ at: { lt: at } }, { at, id: { lt: id } }] });
  }
  return { AND: and };
}

/**
 * A registration id or WBCR reference, as a registration id of this organisation. A reference
 * whose registration no longer exists is still found through the audit event that sent it.
 */
async function resolveRegistration(db: Db, organisationId: string, filter: NonNullable<AuditQuery["registration"]>): Promise<string | null> {
  if (filter.kind === "id") return filter.id;
  const registration = await db.registration.findFirst({ where: { reference: filter.reference, organisationId }, select: { id: true } });
  if (registration) return registration.id;
  const sent = await db.auditEvent.findFirst({
    where: { organisationId, action: "registration.send", registrationId: { not: null }, details: { path: ["reference"], equals: filter.reference } },
    select: { registrationId: true },
  });
  return sent?.registrationId ?? null;
}

type EventWithPerson = Prisma.AuditEventGetPayload<{ include: { person: { select: { firstName: true; lastName: true } } } }>;

/** Names, registrations and detail summaries of one page, each looked up within the organisation. */
async function describeEvents(db: Db, organisationId: string, events: EventWithPerson[]): Promise<AuditEventRow[]> {
  const membershipIds = new Set<string>();
  const personIds = new Set<string>();
  const registrationIds = new Set<string>();
  for (const event of events) {
    if (event.actingForMembershipId) membershipIds.add(event.actingForMembershipId);
    if (event.registrationId) registrationIds.add(event.registrationId);
    const refs = detailNameRefs(event.action, event.details);
    refs.membershipIds.forEach((id) => membershipIds.add(id));
    refs.personIds.forEach((id) => personIds.add(id));
  }

  const [memberships, people, registrations] = await Promise.all([
    membershipIds.size
      ? db.membership.findMany({
          where: { id: { in: [...membershipIds] }, organisationId },
          select: { id: true, person: { select: { firstName: true, lastName: true } } },
        })
      : [],
    personIds.size
      ? db.person.findMany({
          where: { id: { in: [...personIds] }, memberships: { some: { organisationId } } },
          select: { id: true, firstName: true, lastName: true },
        })
      : [],
    registrationIds.size
      ? db.registration.findMany({ where: { id: { in: [...registrationIds] }, organisationId }, select: { id: true, reference: true } })
      : [],
  ]);
  const membershipNames = new Map(memberships.map((m) => [m.id, fullName(m.person)]));
  const personNames = new Map(people.map((p) => [p.id, fullName(p)]));
  const references = new Map(registrations.map((r) => [r.id, r.reference]));
  const names = { person: (id: string) => personNames.get(id), membership: (id: string) => membershipNames.get(id) };

  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at,
    action: event.action,
    personName: event.person ? fullName(event.person) : null,
    actingForName: event.actingForMembershipId ? (membershipNames.get(event.actingForMembershipId) ?? null) : null,
    moduleId: event.moduleId,
    registration: event.registrationId
      ? {
          id: event.registrationId,
          reference: references.get(event.registrationId) ?? null,
          available: references.has(event.registrationId),
        }
      : null,
    summary: summariseDetails(event.action, event.details, names),
  }));
}
