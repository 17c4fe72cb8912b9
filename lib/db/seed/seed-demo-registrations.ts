/**
 * A few hundred demo registrations per module that declares demo data, spread over the demo
 * physicians and hospitals, so lists, search and exports have something to show. Deterministic
 * (seeded), varied from the module's complete examples (its `demo`): dates shifted, some drafts
 * incomplete, sent ones valid with their warnings confirmed; each for a patient of the sex the
 * example is made for. Modules with follow-ups also get follow-ups of some sent registrations,
 * and the hospitals' person lists (e.g. the MOC participants) hold the physicians the examples name.
 */
import { contentDates } from "@/lib/registrations/content-dates";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { isPersonValue, type PersonValue } from "@/lib/modules/field-types/person";
import { prefilledFrom } from "@/lib/modules/follow-up-start";
import { isRecord } from "@/lib/modules/paths";
import { allModules } from "@/lib/modules/registry";
import type { AnyModuleDeclaration, FormField, ModuleDemo, RegistrationFormDeclaration, ValidationContext } from "@/lib/modules/types";
import { demoPopulation } from "@/lib/patients/demo-population";
import { protectPatient } from "@/lib/patients/identity-protection";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import { createSeededRandom, type SeededRandom } from "@/lib/patients/seeded-random";
import { personColumns } from "@/lib/person-lists/entry";
import { patientContext, validationStatus } from "@/lib/registrations/validate-registration";
import { summarise, type ValidationIssue } from "@/lib/validation/types";
import { shiftDates } from "@/lib/demo/shift-dates";
import { patientFromRegister } from "@/lib/patients/patient-from-register";

const day = 86_400_000;

type Sex = "M" | "F" | null;

function demoPatient(random: SeededRandom, sex: Sex = null): TPatientIdentification {
  const living = demoPopulation.filter((p) => !p.deceasedDate && p.birthDate && p.birthDate < "1990" && (sex === null || p.sex === sex));
  const person = random.pick(living);
  return patientFromRegister(person, {
    insurerCode: random.pick(["100", "200", "300", "400", "500", "600", "900"]),
    insuranceNumber: String(random.int(10_000_000, 99_999_999)),
  });
}

/** The patient, or another one of the sex the example is made for (modules without sex-bound examples draw as before). */
function matchingPatient(random: SeededRandom, patient: TPatientIdentification, sex: Sex): TPatientIdentification {
  return sex === null || patient.sex === sex ? patient : demoPatient(random, sex);
}

/** The afternoon of a content's last day of care (or of a fixed day without one). */
function afternoonOf(lastDay: (data: unknown) => number | null, formData: unknown): Date {
  return new Date((lastDay(formData) ?? Date.parse("2024-01-01T00:00:00Z")) + 16 * 3_600_000);
}

/** `count` registrations of every module that declares demo data, into an empty database (and follow-ups). */
export async function seedDemoRegistrations(db: Db, count = 360, now = new Date()): Promise<number> {
  if ((await db.registration.count()) > 0) return 0;
  let created = 0;
  for (const declaration of allModules()) {
    if (declaration.demo) created += await seedModule(db, declaration, declaration.demo, count, now);
  }
  return created;
}

type Physician = Awaited<ReturnType<typeof physiciansOf>>[number];

function physiciansOf(db: Db) {
  return db.membership.findMany({
    where: { function: "SPECIALIST", active: true },
    include: { assistedBy: { include: { administrative: true } } },
    orderBy: { id: "asc" },
  });
}

/** A sent demo registration, as its follow-ups need it. */
interface SentOriginal {
  id: string;
  reference: string;
  sentAt: Date;
  formData: unknown;
  patient: TPatientIdentification;
  physician: Physician;
  author: { id: string; personId: string };
}

interface Insert {
  declaration: AnyModuleDeclaration;
  physician: Physician;
  author: { id: string; personId: string };
  patient: TPatientIdentification;
  formData: unknown;
  issues: ValidationIssue[];
  validated: boolean;
  sent: { reference: string; at: Date } | null;
  createdAt: Date;
  followUpOf?: string;
}

async function insert(db: Db, row: Insert): Promise<string> {
  const id = randomUUID();
  const { sent, author } = row;
  await db.registration.create({
    data: {
      id,
      moduleId: row.declaration.id,
      ...(row.followUpOf ? { kind: "FOLLOW_UP" as const, followUpOfId: row.followUpOf } : {}),
      organisationId: row.physician.organisationId,
      responsiblePhysicianId: row.physician.id,
      createdById: author.personId,
      createdViaMembershipId: author.id,
      status: sent ? "SENT" : "DRAFT",
      validationStatus: row.validated ? validationStatus(summarise(row.issues)) : "NOT_VALIDATED",
      formData: row.formData as object,
      ...contentDates(row.declaration.id, row.followUpOf ? "FOLLOW_UP" : "INITIAL", row.formData),
      reference: sent?.reference ?? null,
      sentAt: sent?.at ?? null,
      sentById: sent ? author.personId : null,
      createdAt: row.createdAt,
      updatedAt: sent?.at ?? row.createdAt,
      patient: { create: { ...protectPatient(row.patient, id), identifiedByService: true } },
      confirmations: sent
        ? {
            create: row.issues
              .filter((i) => i.severity === "warning")
              .map((i) => ({
                ruleId: i.ruleId,
                ruleVersion: i.ruleVersion,
                fieldPath: i.path,
                comment: "Verified against the patient file (demo data).",
                confirmedById: author.personId,
                confirmedAt: sent.at,
              })),
          }
        : undefined,
    },
  });
  return id;
}

async function seedModule(db: Db, declaration: AnyModuleDeclaration, demo: ModuleDemo<unknown>, count: number, now: Date): Promise<number> {
  const random = createSeededRandom(20_260_101);
  const physicians = await physiciansOf(db);
  const counters = new Map<number, number>();
  const nextReference = (at: Date) => {
    const year = at.getUTCFullYear();
    const next = (counters.get(year) ?? 0) + 1;
    counters.set(year, next);
    return `${declaration.referencePrefix}-${year}-${String(next).padStart(6, "0")}`;
  };
  const draftsByPhysician = new Map<string, number>();
  const sentOriginals: SentOriginal[] = [];
  const lastDayOf = (formData: unknown) => afternoonOf(demo.lastDay, formData);
  let created = 0;
  for (let index = 0; index < count; index += 1) {
    const physician = physicians[index % physicians.length]!;
    const helper = physician.assistedBy[0]?.administrative;
    const byHelper = helper && random.chance(0.4);
    const drawn = demoPatient(random);
    // Every physician gets at least three validated drafts with and three without warnings, so
    // every list and the bulk send have something to show; the rest is random.
    const drafts = draftsByPhysician.get(physician.id) ?? 0;
    const guaranteed = drafts < 6 ? (drafts < 3 ? "warning" : "clean") : null;
    const wantsSent = guaranteed ? false : random.chance(0.65);
    if (!wantsSent) draftsByPhysician.set(physician.id, drafts + 1);
    let formData = structuredClone(random.pick(demo.examples)) as Record<string, unknown>;
    const patient = matchingPatient(random, drawn, demo.patientSex?.(formData) ?? null);
    if (wantsSent) {
      // Sent ones spread over the last two years, never in the future.
      formData = shiftDates(formData, random.int(-120, 560));
      const end = lastDayOf(formData);
      if (end.getTime() > now.getTime() - 2 * day) formData = shiftDates(formData, -Math.ceil((end.getTime() - now.getTime()) / day) - 7);
    } else {
      // Drafts are recent work: treatments that ended in the last four months.
      const end = lastDayOf(formData);
      formData = shiftDates(formData, Math.floor((now.getTime() - end.getTime()) / day) - random.int(3, 120));
    }
    const incomplete = !wantsSent && !guaranteed && random.chance(0.3);
    if (incomplete) delete formData[random.pick(demo.leftOpenInDrafts)];
    // Some drafts carry a warning nobody confirmed yet, as real work in progress does.
    if (guaranteed === "warning" || (!guaranteed && !wantsSent && !incomplete && random.chance(0.4))) demo.addWarning(formData);
    const issues = declaration.validate(formData, { today: now, patient: patientContext(patient) });
    const send = wantsSent && summarise(issues).errorCount === 0;
    const sentAt = new Date(Math.min(lastDayOf(formData).getTime() + random.int(1, 40) * day, now.getTime() - day));
    const createdAt = new Date(lastDayOf(formData).getTime() - random.int(0, 5) * day);
    const author = byHelper ? helper : physician;
    const sent = send ? { reference: nextReference(sentAt), at: sentAt } : null;
    const validated = send || guaranteed !== null || random.chance(0.6);
    const id = await insert(db, { declaration, physician, author, patient, formData, issues, validated, sent, createdAt });
    if (sent) sentOriginals.push({ id, reference: sent.reference, sentAt, formData, patient, physician, author });
    created += 1;
  }
  if (declaration.followUp && demo.followUps) created += await seedFollowUps(db, declaration, declaration.followUp, demo.followUps, sentOriginals, random, nextReference, now);
  for (const [year, last] of counters) {
    await db.referenceCounter.upsert({
      where: { moduleId_year: { moduleId: declaration.id, year } },
      create: { moduleId: declaration.id, year, last },
      update: { last },
    });
  }
  await seedPersonLists(db, declaration, demo, physicians);
  return created;
}

/**
 * Follow-ups of about a fifth of the sent registrations: a follow-up example after the original's
 * care (4 to 16 months), laid under what the form takes from the original; sent when valid and
 * already past, otherwise a draft. Only ones whose dates lie before today.
 */
async function seedFollowUps(
  db: Db,
  declaration: AnyModuleDeclaration,
  form: RegistrationFormDeclaration<unknown>,
  followUps: NonNullable<ModuleDemo<unknown>["followUps"]>,
  originals: readonly SentOriginal[],
  random: SeededRandom,
  nextReference: (at: Date) => string,
  now: Date,
): Promise<number> {
  let created = 0;
  for (const original of originals) {
    if (!random.chance(0.2)) continue;
    const example = random.pick(followUps.examples);
    const exampleEnd = followUps.lastDay(example);
    const originalEnd = declaration.demo!.lastDay(original.formData);
    if (exampleEnd === null || originalEnd === null) continue;
    const end = originalEnd + random.int(120, 480) * day;
    if (end > now.getTime() - 3 * day) continue;
    const moved = shiftDates(example, Math.round((end - exampleEnd) / day));
    const formData = { ...(moved as object), ...prefilledFrom(form, original.formData) };
    const context: ValidationContext = {
      today: now,
      patient: patientContext(original.patient),
      original: { reference: original.reference, sentAt: original.sentAt, formData: original.formData },
    };
    const issues = form.validate(formData, context);
    const at = new Date(Math.min(end + 16 * 3_600_000 + random.int(1, 30) * day, now.getTime() - day));
    const sent = summarise(issues).errorCount === 0 && random.chance(0.7) ? { reference: nextReference(at), at } : null;
    await insert(db, {
      declaration,
      physician: original.physician,
      author: original.author,
      patient: original.patient,
      formData,
      issues,
      validated: true,
      sent,
      createdAt: new Date(end),
      followUpOf: original.id,
    });
    created += 1;
  }
  return created;
}

/** The person values of a form's person fields in some content, with the list each belongs to. */
function* personValues(fields: readonly FormField[], data: unknown): Generator<{ list: string; person: PersonValue }> {
  if (!isRecord(data)) return;
  for (const field of fields) {
    const value = data[field.key];
    if (field.kind === "group") {
      if (Array.isArray(value)) for (const item of value) yield* personValues(field.fields, item);
    } else if (field.type === "person" && field.list && isPersonValue(value)) {
      yield { list: field.list, person: value };
    }
  }
}

/** Every hospital's person lists start with the physicians the module's examples name. */
async function seedPersonLists(db: Db, declaration: AnyModuleDeclaration, demo: ModuleDemo<unknown>, physicians: readonly Physician[]): Promise<void> {
  const fieldsOf = (form: RegistrationFormDeclaration<unknown>) => form.form.sections.flatMap((section) => section.fields);
  const found = [
    ...demo.examples.flatMap((example) => [...personValues(fieldsOf(declaration), example)]),
    ...(declaration.followUp && demo.followUps ? demo.followUps.examples.flatMap((example) => [...personValues(fieldsOf(declaration.followUp!), example)]) : []),
  ];
  if (found.length === 0) return;
  const creatorByHospital = new Map<string, string>();
  for (const physician of physicians) if (!creatorByHospital.has(physician.organisationId)) creatorByHospital.set(physician.organisationId, physician.personId);
  const data = [...creatorByHospital].flatMap(([organisationId, createdById]) =>
    found.map(({ list, person }) => ({ organisationId, listKey: list, ...personColumns(person), createdById })),
  );
  await db.personListEntry.createMany({ data, skipDuplicates: true });
}
