/**
 * A few hundred demo registrations per module that declares demo data, spread over the demo
 * physicians and hospitals, so lists, search and exports have something to show. Deterministic
 * (seeded), varied from the module's complete examples (its `demo`): dates shifted, some drafts
 * incomplete, sent ones valid with their warnings confirmed.
 */
import { contentDates } from "@/lib/registrations/content-dates";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { allModules } from "@/lib/modules/registry";
import type { AnyModuleDeclaration, ModuleDemo } from "@/lib/modules/types";
import { demoPopulation } from "@/lib/patients/demo-population";
import { protectPatient } from "@/lib/patients/identity-protection";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import { createSeededRandom, type SeededRandom } from "@/lib/patients/seeded-random";
import { patientContext, validationStatus } from "@/lib/registrations/validate-registration";
import { summarise } from "@/lib/validation/types";
import { shiftDates } from "@/lib/demo/shift-dates";
import { patientFromRegister } from "@/lib/patients/patient-from-register";

const day = 86_400_000;

function demoPatient(random: SeededRandom): TPatientIdentification {
  const living = demoPopulation.filter((p) => !p.deceasedDate && p.birthDate && p.birthDate < "1990");
  const person = random.pick(living);
  return patientFromRegister(person, {
    insurerCode: random.pick(["100", "200", "300", "400", "500", "600", "900"]),
    insuranceNumber: String(random.int(10_000_000, 99_999_999)),
  });
}

/** The afternoon of the example's last day of care (or of a fixed day without one). */
function lastDayOf(demo: ModuleDemo<unknown>, formData: unknown): Date {
  return new Date((demo.lastDay(formData) ?? Date.parse("2024-01-01T00:00:00Z")) + 16 * 3_600_000);
}

/** `count` registrations of every module that declares demo data, into an empty database. */
export async function seedDemoRegistrations(db: Db, count = 360, now = new Date()): Promise<number> {
  if ((await db.registration.count()) > 0) return 0;
  let created = 0;
  for (const declaration of allModules()) {
    if (declaration.demo) created += await seedModule(db, declaration, declaration.demo, count, now);
  }
  return created;
}

async function seedModule(db: Db, declaration: AnyModuleDeclaration, demo: ModuleDemo<unknown>, count: number, now: Date): Promise<number> {
  const random = createSeededRandom(20_260_101);
  const physicians = await db.membership.findMany({
    where: { function: "SPECIALIST", active: true },
    include: { assistedBy: { include: { administrative: true } } },
    orderBy: { id: "asc" },
  });
  const counters = new Map<number, number>();
  const draftsByPhysician = new Map<string, number>();
  let created = 0;
  for (let index = 0; index < count; index += 1) {
    const physician = physicians[index % physicians.length]!;
    const helper = physician.assistedBy[0]?.administrative;
    const byHelper = helper && random.chance(0.4);
    const patient = demoPatient(random);
    // Every physician gets at least three validated drafts with and three without warnings, so
    // every list and the bulk send have something to show; the rest is random.
    const drafts = draftsByPhysician.get(physician.id) ?? 0;
    const guaranteed = drafts < 6 ? (drafts < 3 ? "warning" : "clean") : null;
    const wantsSent = guaranteed ? false : random.chance(0.65);
    if (!wantsSent) draftsByPhysician.set(physician.id, drafts + 1);
    let formData = structuredClone(random.pick(demo.examples)) as Record<string, unknown>;
    if (wantsSent) {
      // Sent ones spread over the last two years, never in the future.
      formData = shiftDates(formData, random.int(-120, 560));
      const end = lastDayOf(demo, formData);
      if (end.getTime() > now.getTime() - 2 * day) formData = shiftDates(formData, -Math.ceil((end.getTime() - now.getTime()) / day) - 7);
    } else {
      // Drafts are recent work: treatments that ended in the last four months.
      const end = lastDayOf(demo, formData);
      formData = shiftDates(formData, Math.floor((now.getTime() - end.getTime()) / day) - random.int(3, 120));
    }
    const incomplete = !wantsSent && !guaranteed && random.chance(0.3);
    if (incomplete) delete formData[random.pick(demo.leftOpenInDrafts)];
    // Some drafts carry a warning nobody confirmed yet, as real work in progress does.
    if (guaranteed === "warning" || (!guaranteed && !wantsSent && !incomplete && random.chance(0.4))) demo.addWarning(formData);
    const issues = declaration.validate(formData, { today: now, patient: patientContext(patient) });
    const outcome = summarise(issues);
    const send = wantsSent && outcome.errorCount === 0;
    const sentAt = new Date(Math.min(lastDayOf(demo, formData).getTime() + random.int(1, 40) * day, now.getTime() - day));
    const createdAt = new Date(lastDayOf(demo, formData).getTime() - random.int(0, 5) * day);
    let reference: string | null = null;
    if (send) {
      const year = sentAt.getUTCFullYear();
      const next = (counters.get(year) ?? 0) + 1;
      counters.set(year, next);
      reference = `${declaration.referencePrefix}-${year}-${String(next).padStart(6, "0")}`;
    }
    const author = byHelper ? helper : physician;
    const id = randomUUID();
    await db.registration.create({
      data: {
        id,
        moduleId: declaration.id,
        organisationId: physician.organisationId,
        responsiblePhysicianId: physician.id,
        createdById: author.personId,
        createdViaMembershipId: author.id,
        status: send ? "SENT" : "DRAFT",
        validationStatus: send || guaranteed || random.chance(0.6) ? validationStatus(outcome) : "NOT_VALIDATED",
        formData: formData as object,
        ...contentDates(declaration.id, "INITIAL", formData),
        reference,
        sentAt: send ? sentAt : null,
        sentById: send ? author.personId : null,
        createdAt,
        updatedAt: send ? sentAt : createdAt,
        patient: { create: { ...protectPatient(patient, id), identifiedByService: true } },
        confirmations: send
          ? {
              create: issues
                .filter((i) => i.severity === "warning")
                .map((i) => ({
                  ruleId: i.ruleId,
                  ruleVersion: i.ruleVersion,
                  fieldPath: i.path,
                  comment: "Verified against the patient file (demo data).",
                  confirmedById: author.personId,
                  confirmedAt: sentAt,
                })),
            }
          : undefined,
      },
    });
    created += 1;
  }
  for (const [year, last] of counters) {
    await db.referenceCounter.upsert({
      where: { moduleId_year: { moduleId: declaration.id, year } },
      create: { moduleId: declaration.id, year, last },
      update: { last },
    });
  }
  return created;
}
