/**
 * F-FIND: the Saved and Sent lists of a module, optionally for one patient (INSZ in any
 * writing, health insurance number or other identifier, matched through blind indexes), keyset
 * paginated so they stay fast with a million rows. For a patient search on the Sent tab, list 2
 * names the other physicians and hospitals that sent registrations of that patient, nothing more.
 */
import { z } from "zod";
import { getModule } from "@/lib/modules/registry";
import { availablePrintouts, printHref } from "@/lib/modules/printouts";
import type { ListSummaryItem, RegistrationKind } from "@/lib/modules/types";
import type { Translated } from "@/lib/validation/types";
import type { Prisma } from "@/generated/prisma/client";
import { registrationWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { lookedUpIdentifier } from "@/lib/audit/patient-lookup";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { blindIndex, decryptIdentity } from "@/lib/patients/identity-protection";
import { checkRateLimit } from "@/lib/security/rate-limit";
import { dayValue } from "./content-dates";
import { findCorrections, type CorrectedBy } from "./corrected-by";
import type { RegistrationStatus, ValidationStatus } from "./registration-view";

export const ZSearchInput = z.strictObject({
  moduleId: z.string().max(40),
  tab: z.enum(["saved", "sent"]),
  query: z.string().trim().max(60).optional(),
  /** Opaque cursor from the previous page. */
  after: z.string().max(200).optional(),
  pageSize: z.number().int().min(1).max(200).default(25),
  /** Saved tab: only drafts whose last validation found no errors (bulk send). */
  validatedOnly: z.boolean().optional(),
  /** Only registrations whose content has this date (one of the module's `searchDates`, e.g. the MOC date, §5.8) on day `on`. */
  date: z.strictObject({ by: z.enum(["incidenceDate", "mocDate"]), on: z.iso.date() }).optional(),
});
export type SearchInput = z.input<typeof ZSearchInput>;

export interface ListedRegistration {
  id: string;
  version: number;
  reference: string | null;
  status: RegistrationStatus;
  validationStatus: ValidationStatus;
  patientName: string;
  patientIdentifier: string;
  responsiblePhysicianName: string;
  organisationName: string;
  updatedAt: Date;
  sentAt: Date | null;
  correctionOfReference: string | null;
  /** Sent and corrected since: the sent correction that replaces it. */
  correctedBy: CorrectedBy | null;
  /** A follow-up: the reference of the registration it follows ("" when that one was removed); null otherwise. */
  followUpOfReference: string | null;
  /** What the module's `listSummary` says tells this row apart (initial registrations only). */
  summary: ListSummaryItem[];
  /** The printouts its form declares and its content offers (e.g. the MOC list): the row's print actions. */
  printouts: ListedPrintout[];
}

export interface ListedPrintout {
  id: string;
  /** The button's text, e.g. "MOC afdrukken". */
  action: Translated;
  /** The PDF's address (the print route checks access again). */
  href: string;
}

export interface OtherSource {
  physicianName: string;
  organisationName: string;
}

export interface SearchResult {
  items: ListedRegistration[];
  nextCursor: string | null;
  /** List 2 (Sent tab with a patient query only). */
  others: OtherSource[];
}

const cursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

function decodeCursor(cursor: string | undefined): [Date, string] | null {
  if (!cursor) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? [new Date(parsed.data[0]), parsed.data[1]] : null;
  } catch {
    return null;
  }
}

const encodeCursor = (at: Date, id: string) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");

/** Any of the three identifiers, normalised the same way as when the patient was saved. */
export function patientFilter(query: string): Prisma.RegistrationWhereInput {
  return {
    patient: {
      OR: [
        { inszIndex: blindIndex("insz", query) },
        { insuranceNumberIndex: blindIndex("insurance", query) },
        { otherIdentifierIndex: blindIndex("other", query) },
      ],
    },
  };
}

export async function searchRegistrations(
  context: SessionContext | null,
  rawInput: SearchInput,
  db: Db = getDb(),
): Promise<
  { ok: true; data: SearchResult } | { ok: false; code: "invalid" | "forbidden" } | { ok: false; code: "rate_limited"; retryAfterSeconds: number }
> {
  const parsed = ZSearchInput.safeParse(rawInput);
  if (!parsed.success) return { ok: false, code: "invalid" };
  const input = parsed.data;
  const visible = registrationWhere(context, "view");
  if (!context || !visible) return { ok: false, code: "forbidden" };
  const day = input.date ? dayValue(input.date.on) : null;
  if (input.date && (!day || !getModule(input.moduleId)?.searchDates?.includes(input.date.by))) return { ok: false, code: "invalid" };

  // A patient search reads identifiers through blind indexes: limited per person (WBCR_RATE_LIMIT_SEARCH).
  if (input.query) {
    const decision = await checkRateLimit("search", { key: context.person.id, actor: actorOf(context) }, db);
    if (!decision.allowed) return { ok: false, code: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds };
  }

  const status = input.tab === "saved" ? "DRAFT" : "SENT";
  const sortKey = input.tab === "saved" ? "updatedAt" : "sentAt";
  const cursor = decodeCursor(input.after);
  const samePatient = input.query ? patientFilter(input.query) : {};
  const conditions: Prisma.RegistrationWhereInput[] = [visible, { moduleId: input.moduleId, status }, samePatient];
  if (input.validatedOnly) conditions.push({ validationStatus: { in: ["VALID", "VALID_WITH_WARNINGS"] } });
  // A stored column (content-dates.ts): no content is read to filter.
  if (input.date && day) conditions.push({ [input.date.by]: day });
  if (cursor) {
    conditions.push({ OR: [{ [sortKey]: { lt: cursor[0] } }, { [sortKey]: cursor[0], id: { lt: cursor[1] } }] });
  }
  const rows = await db.registration.findMany({
    where: { AND: conditions },
    orderBy: [{ [sortKey]: "desc" }, { id: "desc" }],
    take: input.pageSize + 1,
    include: {
      patient: true,
      organisation: true,
      responsiblePhysician: { include: { person: true } },
      followUpOf: { select: { reference: true } },
    },
  });
  const page = rows.slice(0, input.pageSize);
  const last = page.at(-1);
  const nextCursor = rows.length > input.pageSize && last ? encodeCursor((last[sortKey] ?? last.updatedAt) as Date, last.id) : null;

  const corrections =
    input.tab === "sent" ? await findCorrections(context, page.flatMap((row) => (row.reference ? [row.reference] : [])), db) : new Map<string, CorrectedBy>();
  const others = input.tab === "sent" && input.query ? await otherSources(visible, input.moduleId, samePatient, db) : [];
  if (input.query) {
    await recordAuditEvent(db, actorOf(context), {
      action: "registration.search",
      moduleId: input.moduleId,
      details: { tab: input.tab, results: page.length, others: others.length, patient: lookedUpIdentifier(input.query) },
    });
  }
  return {
    ok: true,
    data: {
      items: page.map((row) => {
        const patient = row.patient ? decryptIdentity(row.patient) : {};
        return {
          id: row.id,
          version: row.version,
          reference: row.reference,
          status: row.status,
          validationStatus: row.validationStatus,
          patientName: [patient.lastName, patient.firstName].filter(Boolean).join(", "),
          patientIdentifier: patient.insz ?? patient.insuranceNumber ?? patient.otherIdentifier ?? "",
          responsiblePhysicianName: `${row.responsiblePhysician.person.firstName} ${row.responsiblePhysician.person.lastName}`,
          organisationName: row.organisation.name,
          updatedAt: row.updatedAt,
          sentAt: row.sentAt,
          correctionOfReference: row.correctionOfReference,
          correctedBy: (row.reference && corrections.get(row.reference)) || null,
          followUpOfReference: row.kind === "FOLLOW_UP" ? (row.followUpOf?.reference ?? "") : null,
          summary: row.kind === "INITIAL" ? (getModule(row.moduleId)?.listSummary?.(row.formData) ?? []) : [],
          printouts: listedPrintouts(row),
        };
      }),
      nextCursor,
      others,
    },
  };
}

function listedPrintouts(row: { id: string; moduleId: string; kind: RegistrationKind; formData: unknown }): ListedPrintout[] {
  const declaration = getModule(row.moduleId);
  return declaration ? availablePrintouts(declaration, row.kind, row.formData).map((printout) => ({ id: printout.id, action: printout.action, href: printHref(row.id, [printout.id]) })) : [];
}

/** Sent registrations of the patient outside the user's rights: physician and hospital only (list 2). */
export async function otherSources(
  visible: Prisma.RegistrationWhereInput,
  moduleId: string,
  samePatient: Prisma.RegistrationWhereInput,
  db: Db,
): Promise<OtherSource[]> {
  const rows = await db.registration.findMany({
    where: { AND: [{ moduleId, status: "SENT" }, samePatient, { NOT: visible }] },
    select: { organisation: { select: { name: true } }, responsiblePhysician: { select: { person: { select: { firstName: true, lastName: true } } } } },
    take: 100,
  });
  const unique = new Map<string, OtherSource>();
  for (const row of rows) {
    const physicianName = `${row.responsiblePhysician.person.firstName} ${row.responsiblePhysician.person.lastName}`;
    unique.set(`${physicianName}@${row.organisation.name}`, { physicianName, organisationName: row.organisation.name });
  }
  return [...unique.values()].sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.physicianName.localeCompare(b.physicianName));
}
