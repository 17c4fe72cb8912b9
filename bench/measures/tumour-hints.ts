/**
 * Issue 15: the "may already be registered" check for a patient with 20 registrations — the
 * query through the patient's blind indexes (every module in the user's scope, plus other sources'
 * sent registrations) and the multiple-primary comparison — in process, as the form and summary
 * pages run it. Target: well under 50 ms (p95 ≤ 50 ms).
 */
import { randomUUID } from "node:crypto";
import type { SessionContext } from "@/lib/access/session-context";
import { isReady } from "@/lib/access/session-context";
// eslint-disable-next-line no-restricted-imports -- the benchmark seeds and queries its own throw-away database
import type { Db } from "@/lib/db/client";
import { readFacts } from "@/lib/modules/facts";
import { getModule } from "@/lib/modules/registry";
import { protectPatient } from "@/lib/patients/identity-protection";
import { findPatientTumours } from "@/lib/registrations/find-patient-tumours";
import { tumourHints } from "@/lib/registrations/tumour-hints";
import { measure, type Measure } from "../report/results";
import { summariseLatencies } from "../report/stats";
import { recentCompleteRegistration } from "../seed/fixtures";

const SITES = [
  ["C50.4", "8500/3"], ["C34.1", "8140/3"], ["C61.9", "8140/3"], ["C18.7", "8140/3"], ["C67.9", "8120/2"],
  ["C44.3", "8090/3"], ["C71.1", "9440/3"], ["C64.9", "8312/3"], ["C80.9", "8000/3"], ["C42.1", "9680/3"],
] as const;

/** Twenty registrations of one patient by `context`'s physician (half sent) and the one being checked. */
async function seedPatient(db: Db, context: SessionContext, now: Date): Promise<string> {
  if (!isReady(context)) throw new Error("bench session not ready");
  const { formData, patient } = recentCompleteRegistration(now, 30_000);
  const ids: string[] = [];
  for (let i = 0; i <= 20; i += 1) {
    const id = randomUUID();
    ids.push(id);
    const [topography, morphology] = SITES[i % SITES.length]!;
    const sent = i > 0 && i % 2 === 0;
    await db.registration.create({
      data: {
        id,
        moduleId: "srt",
        organisationId: context.membership.organisationId,
        responsiblePhysicianId: context.membership.id,
        createdById: context.person.id,
        createdViaMembershipId: context.membership.id,
        status: sent ? "SENT" : "DRAFT",
        reference: sent ? `SRT-HINTS-${String(i).padStart(4, "0")}` : null,
        sentAt: sent ? now : null,
        formData: { ...formData, topography, morphology } as object,
      },
    });
    await db.registrationPatient.create({ data: { registrationId: id, identifiedByService: true, ...protectPatient(patient, id) } });
  }
  return ids[0]!;
}

export async function measureTumourHints(db: Db, context: SessionContext, rounds = 200): Promise<Measure[]> {
  const now = new Date();
  const id = await seedPatient(db, context, now);
  const facts = getModule("srt")?.facts;
  const check = async () => {
    const tumours = await findPatientTumours(context, id, db);
    const current = readFacts(facts, { topography: "C50.4", morphology: "8500/3", incidenceDate: "2026-01-10" });
    return tumourHints(current, tumours?.known ?? []);
  };
  const first = await check();
  if (first.length < 20) throw new Error(`expected 20 hints, got ${first.length}`);
  for (let i = 0; i < 20; i += 1) await check(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    await check();
    samples.push(performance.now() - started);
  }
  const latency = summariseLatencies(samples);
  // The rules alone, on the same 20 tumours: what the form recomputes in the browser per keystroke.
  const known = (await findPatientTumours(context, id, db))?.known ?? [];
  const current = readFacts(facts, { topography: "C34.3", morphology: "8140/3", incidenceDate: "2026-01-10" });
  const started = performance.now();
  const repeats = 20_000;
  for (let i = 0; i < repeats; i += 1) tumourHints(current, known);
  const rulesMicroseconds = Math.round(((performance.now() - started) * 1000) / repeats);
  return [
    measure("hints.rules", "Tumour hints: the rules alone for 20 registrations (as the form runs them per change)", rulesMicroseconds, "µs", null, `${repeats.toLocaleString("en-GB")} runs`),
    measure("hints.p95", "Tumour hints for a patient with 20 registrations (query + rules), p95", latency.p95, "ms", { comparison: "<=", value: 50 }, `p50 ${latency.p50} ms, max ${latency.max} ms, ${latency.count} checks`),
  ];
}
