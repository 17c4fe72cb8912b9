import { randomUUID } from "node:crypto";
/**
 * A few hundred demo SRT registrations spread over the demo physicians and hospitals, so lists,
 * search and exports have something to show. Deterministic (seeded), varied from the complete
 * examples in lib/demo/srt-examples.ts: dates shifted, some drafts incomplete, sent ones valid
 * with their warnings confirmed.
 */
import type { Db } from "@/lib/db/client";
import { validRegistrations } from "@/lib/demo/srt-examples";
import { getModule } from "@/lib/modules/registry";
import { demoPopulation } from "@/lib/patients/demo-population";
import { protectPatient } from "@/lib/patients/identity-protection";
import type { TPatientIdentification } from "@/lib/patients/patient-schema";
import { createSeededRandom, type SeededRandom } from "@/lib/patients/seeded-random";
import { patientContext, validationStatus } from "@/lib/registrations/validate-registration";
import { summarise } from "@/lib/validation/types";
import { shiftDates } from "@/lib/demo/shift-dates";
import { patientFromRegister } from "@/lib/patients/patient-from-register";

const examples = Object.values(validRegistrations);
const day = 86_400_000;

function demoPatient(random: SeededRandom): TPatientIdentification {
  const living = demoPopulation.filter((p) => !p.deceasedDate && p.birthDate && p.birthDate < "1990");
  const person = random.pick(living);
  return patientFromRegister(person, {
    insurerCode: random.pick(["100", "200", "300", "400", "500", "600", "900"]),
    insuranceNumber: String(random.int(10_000_000, 99_999_999)),
  });
}

function lastPlanEnd(formData: { plans?: { endDate?: string }[] }): Date {
  const ends = (formData.plans ?? []).map((p) => p.endDate).filter((d): d is string => !!d).sort();
  return new Date(`${ends.at(-1) ?? "2024-01-01"}T16:00:00Z`);
}

/** Twelve fractions of 7 Gy (SRT-W04: more than 10 fractions): plausible, but worth a check. */
function addWarning(formData: Record<string, unknown>): void {
  const plans = formData.plans as { lesions?: { totalDoseGy?: number; fractions?: number }[] }[];
  const lesion = plans[0]?.lesions?.[0];
  if (!lesion) return;
  lesion.fractions = 12;
  lesion.totalDoseGy = 84;
}

export async function seedDemoRegistrations(db: Db, count = 360, now = new Date()): Promise<number> {
  if ((await db.registration.count()) > 0) return 0;
  const declaration = getModule("srt");
  if (!declaration) return 0;
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
    let formData = structuredClone(random.pick(examples)) as Record<string, unknown>;
    if (wantsSent) {
      // Sent ones spread over the last two years, never in the future.
      formData = shiftDates(formData, random.int(-120, 560));
      const end = lastPlanEnd(formData as never);
      if (end.getTime() > now.getTime() - 2 * day) formData = shiftDates(formData, -Math.ceil((end.getTime() - now.getTime()) / day) - 7);
    } else {
      // Drafts are recent work: treatments that ended in the last four months.
      const end = lastPlanEnd(formData as never);
      formData = shiftDates(formData, Math.floor((now.getTime() - end.getTime()) / day) - random.int(3, 120));
    }
    const incomplete = !wantsSent && !guaranteed && random.chance(0.3);
    if (incomplete) delete formData[random.pick(["mdtDate", "treatmentIntent", "whoPerformanceStatus"])];
    // Some drafts carry a warning nobody confirmed yet, as real work in progress does.
    if (guaranteed === "warning" || (!guaranteed && !wantsSent && !incomplete && random.chance(0.4))) addWarning(formData);
    const issues = declaration.validate(formData, { today: now, patient: patientContext(patient) });
    const outcome = summarise(issues);
    const send = wantsSent && outcome.errorCount === 0;
    const sentAt = new Date(Math.min(lastPlanEnd(formData as never).getTime() + random.int(1, 40) * day, now.getTime() - day));
    const createdAt = new Date(lastPlanEnd(formData as never).getTime() - random.int(0, 5) * day);
    let reference: string | null = null;
    if (send) {
      const year = sentAt.getUTCFullYear();
      const next = (counters.get(year) ?? 0) + 1;
      counters.set(year, next);
      reference = `SRT-${year}-${String(next).padStart(6, "0")}`;
    }
    const author = byHelper ? helper : physician;
    const id = randomUUID();
    await db.registration.create({
      data: {
        id,
        moduleId: "srt",
        organisationId: physician.organisationId,
        responsiblePhysicianId: physician.id,
        createdById: author.personId,
        createdViaMembershipId: author.id,
        status: send ? "SENT" : "DRAFT",
        validationStatus: send || guaranteed || random.chance(0.6) ? validationStatus(outcome) : "NOT_VALIDATED",
        formData: formData as object,
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
    await db.referenceCounter.upsert({ where: { moduleId_year: { moduleId: "srt", year } }, create: { moduleId: "srt", year, last }, update: { last } });
  }
  return created;
}
