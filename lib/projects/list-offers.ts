/**
 * What the user sees of project offers, always through the policy (lib/access: projectOfferWhere):
 * the offers of one sent registration (the sent page), and the Projects tab's search (§5.8c):
 * open and postponed offers, by patient identifier (blind indexes), MOC date and project.
 */
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { ProjectOfferStatus } from "@/generated/prisma/enums";
import { projectOfferWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { actorOf } from "@/lib/audit/actor-of";
import { lookedUpIdentifier } from "@/lib/audit/patient-lookup";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import { decryptIdentity } from "@/lib/patients/identity-protection";
import { patientFilter } from "@/lib/registrations/search-registrations";
import { checkRateLimit } from "@/lib/security/rate-limit";
import { isUuid } from "@/lib/security/uuid";
import { dateColumn } from "./offer-projects";
import { stillOpen } from "./open-offers";

export interface OfferView {
  id: string;
  projectModuleId: string;
  status: ProjectOfferStatus;
  /** The project registration started from it, when there is one. */
  projectRegistration: { id: string; reference: string | null } | null;
}

const offerSelect = {
  id: true,
  projectModuleId: true,
  status: true,
  projectRegistration: { select: { id: true, reference: true } },
} satisfies Prisma.ProjectOfferSelect;

/** The offers of a sent registration the user may answer, in project order; [] when none or not allowed. */
export async function offersOfRegistration(context: SessionContext | null, registrationId: string, db: Db = getDb()): Promise<OfferView[]> {
  const where = projectOfferWhere(context);
  if (!where || !isUuid(registrationId)) return [];
  return db.projectOffer.findMany({
    where: { AND: [where, { sourceRegistrationId: registrationId }] },
    select: offerSelect,
    orderBy: [{ projectModuleId: "asc" }],
  });
}

export const ZProjectSearch = z.strictObject({
  /** INSZ, insurance number or other identifier (exact, blind indexes). */
  query: z.string().trim().max(60).optional(),
  mocDate: z.iso.date().optional(),
  projectId: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
  pageSize: z.number().int().min(1).max(100).default(50),
});
export type ProjectSearch = z.input<typeof ZProjectSearch>;

export interface ListedOffer extends OfferView {
  source: {
    id: string;
    moduleId: string;
    reference: string | null;
    sentAt: Date | null;
    patientName: string;
    patientIdentifier: string;
    responsiblePhysicianName: string;
  };
  mocDate: string | null;
}

export type ProjectSearchResult =
  | { ok: true; data: ListedOffer[] }
  | { ok: false; code: "invalid" | "forbidden" }
  | { ok: false; code: "rate_limited"; retryAfterSeconds: number };

/** The Projects tab: offers still open or postponed ("later"), newest first. */
export async function searchProjectOffers(context: SessionContext | null, raw: ProjectSearch, db: Db = getDb()): Promise<ProjectSearchResult> {
  const parsed = ZProjectSearch.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "invalid" };
  const input = parsed.data;
  const where = projectOfferWhere(context);
  if (!context || !where) return { ok: false, code: "forbidden" };
  const mocDate = input.mocDate ? dateColumn(input.mocDate) : null;
  if (input.mocDate && !mocDate) return { ok: false, code: "invalid" };
  if (input.query) {
    const decision = await checkRateLimit("search", { key: context.person.id, actor: actorOf(context) }, db);
    if (!decision.allowed) return { ok: false, code: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds };
  }
  const conditions: Prisma.ProjectOfferWhereInput[] = [where, stillOpen];
  if (input.query) conditions.push({ sourceRegistration: patientFilter(input.query) });
  if (mocDate) conditions.push({ mocDate });
  if (input.projectId) conditions.push({ projectModuleId: input.projectId });
  const rows = await db.projectOffer.findMany({
    where: { AND: conditions },
    select: {
      ...offerSelect,
      mocDate: true,
      sourceRegistration: {
        select: {
          id: true,
          moduleId: true,
          reference: true,
          sentAt: true,
          patient: true,
          responsiblePhysician: { select: { person: { select: { firstName: true, lastName: true } } } },
        },
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.pageSize,
  });
  if (input.query) {
    await recordAuditEvent(db, actorOf(context), {
      action: "registration.search",
      details: { tab: "projects", results: rows.length, patient: lookedUpIdentifier(input.query) },
    });
  }
  return {
    ok: true,
    data: rows.map((row) => {
      const source = row.sourceRegistration;
      const patient = source.patient ? decryptIdentity(source.patient) : {};
      return {
        id: row.id,
        projectModuleId: row.projectModuleId,
        status: row.status,
        projectRegistration: row.projectRegistration,
        mocDate: row.mocDate ? row.mocDate.toISOString().slice(0, 10) : null,
        source: {
          id: source.id,
          moduleId: source.moduleId,
          reference: source.reference,
          sentAt: source.sentAt,
          patientName: [patient.lastName, patient.firstName].filter(Boolean).join(", "),
          patientIdentifier: patient.insz ?? patient.insuranceNumber ?? patient.otherIdentifier ?? "",
          responsiblePhysicianName: `${source.responsiblePhysician.person.firstName} ${source.responsiblePhysician.person.lastName}`,
        },
      };
    }),
  };
}
