/**
 * What the HTTP measures act on, made after the bulk seeding: twenty physicians with one draft
 * each (save), one physician with 1,000 validated drafts (bulk send), and a server-side session
 * for every user, created the way the login does (start, accept terms, choose the membership).
 */
import { randomUUID } from "node:crypto";
import { personByInsz, readPersonInsz } from "@/lib/access/person-identity";
import { acceptTerms } from "@/lib/access/accept-terms";
import { chooseMembership } from "@/lib/access/choose-membership";
import { loadSessionContext, type SessionContext } from "@/lib/access/session-context";
import { startSession } from "@/lib/access/start-session";
// eslint-disable-next-line no-restricted-imports -- the benchmark seeds and queries its own throw-away database
import type { Db } from "@/lib/db/client";
import { primaryTumour } from "@/lib/modules/srt/examples";
import { maleBreastCancer } from "@/lib/modules/standard/examples";
import { contentDates } from "@/lib/registrations/content-dates";
import { endedDaysAgo } from "@/lib/modules/srt/demo";
import { protectPatient } from "@/lib/patients/identity-protection";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import { validateRegistration } from "@/lib/registrations/validate-registration";
import { syntheticInsz } from "./synthetic-insz";

export interface BenchUser {
  insz: string;
  sessionId: string;
  membershipId: string;
}

export interface Fixtures {
  /** Twenty physicians, each with their own draft at version 1. */
  savers: (BenchUser & { draftId: string })[];
  bulk: BenchUser & { draftIds: string[] };
  /** A demo specialist of AZ Demo Gent, whose lists hold about scale / physicians rows. */
  listUser: BenchUser;
  /** Registry staff see every sent registration: the search runs among all of them. */
  registryStaff: BenchUser;
  /** The form data saved by the save measure and the floor, identical for both. */
  formData: Record<string, unknown>;
  /** A standard new-diagnosis draft of the first saver (its form page's JavaScript). */
  standardDraftId: string;
}

const inactivity = { inactivitySeconds: 24 * 3600, absoluteSeconds: 24 * 3600 };

/** A complete SRT registration whose treatment ended a month ago, for a man born in 1955. */
export function recentCompleteRegistration(now: Date, index = 0): { formData: Record<string, unknown>; patient: TPatientIdentification } {
  const formData = endedDaysAgo(structuredClone(primaryTumour), 30, now) as Record<string, unknown>;
  const person = syntheticInsz(index * 2, 1955); // even index: a man
  const patient: TPatientIdentification = {
    identificationPath: "INSZ",
    insz: person.insz,
    insurerCode: "100",
    insuranceNumber: String(80_000_000 + index),
    lastName: "Bench",
    firstName: `Patient ${index}`,
    postalCode: "9000",
    town: "Gent",
    country: "BE",
    birthDate: person.birthDate,
    sex: person.sex,
  };
  return { formData, patient };
}

export async function signInAs(db: Db, insz: string, membershipId: string): Promise<BenchUser> {
  const started = await startSession(insz, "bench", db);
  if (!started.ok) throw new Error(`cannot sign in ${insz}: ${started.reason}`);
  const context = await loadSessionContext(db, started.sessionId, inactivity);
  if (!context) throw new Error("no session");
  const terms = await db.termsVersion.findFirst({ orderBy: { version: "desc" } });
  if (terms && !(await acceptTerms(context, terms.version, db))) throw new Error("terms not accepted");
  if (!(await chooseMembership(context, membershipId, db))) throw new Error("membership not chosen");
  return { insz, sessionId: started.sessionId, membershipId };
}

export async function contextOf(db: Db, user: BenchUser): Promise<SessionContext> {
  const context = await loadSessionContext(db, user.sessionId, inactivity);
  if (!context) throw new Error("bench session ended");
  return context;
}

async function createDrafts(db: Db, physician: { id: string; organisationId: string; personId: string }, count: number, now: Date, firstIndex: number): Promise<string[]> {
  const ids: string[] = [];
  const registrations = [];
  const patients = [];
  for (let i = 0; i < count; i += 1) {
    const { formData, patient } = recentCompleteRegistration(now, firstIndex + i);
    const outcome = validateRegistration({ moduleId: "srt", formData, patient, identifiedByService: true, hospitalLists: {} }, { today: now, sendDate: now });
    if (outcome.errorCount + outcome.warningCount > 0) throw new Error(`bench draft is not clean: ${JSON.stringify(outcome.issues)}`);
    const id = randomUUID();
    ids.push(id);
    registrations.push({
      id,
      moduleId: "srt",
      organisationId: physician.organisationId,
      responsiblePhysicianId: physician.id,
      createdById: physician.personId,
      createdViaMembershipId: physician.id,
      status: "DRAFT" as const,
      validationStatus: outcome.status,
      formData: formData as object,
      createdAt: now,
      updatedAt: now,
    });
    patients.push({ registrationId: id, identifiedByService: true, ...protectPatient(patient, id) });
  }
  await db.registration.createMany({ data: registrations });
  await db.registrationPatient.createMany({ data: patients });
  return ids;
}

/** One standard new-diagnosis draft (breast supplement, chronology, MOC) of `physician`. */
async function createStandardDraft(db: Db, physician: { id: string; organisationId: string; personId: string }, now: Date): Promise<string> {
  const id = randomUUID();
  const { patient } = recentCompleteRegistration(now, 30_000);
  await db.registration.create({
    data: {
      id,
      moduleId: "standard",
      organisationId: physician.organisationId,
      responsiblePhysicianId: physician.id,
      createdById: physician.personId,
      createdViaMembershipId: physician.id,
      formData: maleBreastCancer as object,
      ...contentDates("standard", "INITIAL", maleBreastCancer),
      createdAt: now,
      updatedAt: now,
      patient: { create: { identifiedByService: true, ...protectPatient(patient, id) } },
    },
  });
  return id;
}

export async function createFixtures(db: Db, now = new Date()): Promise<Fixtures> {
  const benchPhysicians = await db.membership.findMany({
    where: { function: "SPECIALIST", person: { firstName: "Bench" } },
    include: { person: true },
    orderBy: { nihii: "asc" },
  });
  if (benchPhysicians.length < 21) throw new Error("bench physicians missing");
  // One saver in each of twenty hospitals; the bulk sender in the last one.
  const perHospital = Math.floor(benchPhysicians.length / 21);
  const savers = [];
  for (let i = 0; i < 20; i += 1) {
    const physician = benchPhysicians[i * perHospital]!;
    const [draftId] = await createDrafts(db, physician, 1, now, 10_000 + i);
    savers.push({ ...(await signInAs(db, readPersonInsz(physician.person), physician.id)), draftId: draftId! });
  }
  const bulkPhysician = benchPhysicians.at(-1)!;
  const draftIds = await createDrafts(db, bulkPhysician, 1000, now, 20_000);
  const bulk = { ...(await signInAs(db, readPersonInsz(bulkPhysician.person), bulkPhysician.id)), draftIds };

  const maes = await db.membership.findFirstOrThrow({ where: { person: personByInsz("62071407283"), function: "SPECIALIST" } });
  const staff = await db.membership.findFirstOrThrow({ where: { person: personByInsz("74061025571"), function: "REGISTRY_STAFF" } });
  const standardDraftId = await createStandardDraft(db, benchPhysicians[0]!, now);
  return {
    savers,
    standardDraftId,
    bulk,
    listUser: await signInAs(db, "62071407283", maes.id),
    registryStaff: await signInAs(db, "74061025571", staff.id),
    formData: recentCompleteRegistration(now).formData,
  };
}
