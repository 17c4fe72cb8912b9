import { createHash, randomUUID } from "node:crypto";
/**
 * N registrations in a few set-based statements: a pool of encrypted patients, the physicians and
 * the complete SRT examples go into helper tables, then INSERT … SELECT over generate_series
 * makes the registrations and their patients inside the database, in chunks. Spread: every
 * physician of every hospital, 88 % sent over the last three years, 12 % drafts in every
 * validation state. A few known patients (demo population INSZ) get exactly three sent
 * registrations each, at different hospitals, for the search measure.
 */
// eslint-disable-next-line no-restricted-imports -- the benchmark seeds and queries its own throw-away database
import type { Db } from "@/lib/db/client";
import { validRegistrations } from "@/lib/modules/srt/examples";
import { demoPopulation } from "@/lib/patients/demo-population";
import { encryptIdentity, protectPatient } from "@/lib/patients/identity-protection";
import { patientFromRegister } from "@/lib/patients/patient-from-register";
import { buildPatientPool, poolSizeFor, type PoolPatient } from "./patient-pool";

export interface ScaleSeed {
  registrations: number;
  poolSize: number;
  /** INSZ that each match exactly `searchMatches` sent registrations. */
  searchInsz: string[];
  searchMatches: number;
}

const chunkSize = 50_000;
const threeYearsSeconds = 3 * 365 * 86_400;
const searchPatients = 5;
const searchMatches = 3;

const registrationColumns = `id, "moduleId", "organisationId", "responsiblePhysicianId", "createdById", "createdViaMembershipId", status, "validationStatus", "formData", version, reference, "sentAt", "sentById", "createdAt", "updatedAt"`;
const patientColumns = `"registrationId", "identityCiphertext", "keyId", "inszIndex", "insuranceNumberIndex", "otherIdentifierIndex", sex, "birthYear", "insurerCode", country, "identificationPath", "identifiedByService"`;

export async function seedAtScale(db: Db, scale: number, log: (line: string) => void = () => {}, now = new Date()): Promise<ScaleSeed> {
  const poolSize = poolSizeFor(scale);
  await createHelperTables(db);
  try {
    const pool = buildPatientPool(poolSize);
    await db.$executeRawUnsafe(`INSERT INTO bench_seed_physicians (k, membership_id, organisation_id, person_id)
      SELECT (row_number() OVER (ORDER BY m.id)) - 1, m.id, m."organisationId", m."personId" FROM "Membership" m WHERE m.function = 'SPECIALIST' AND m.active`);
    const forms = Object.values(validRegistrations);
    for (const [k, form] of forms.entries()) {
      await db.$executeRawUnsafe(`INSERT INTO bench_seed_forms (k, form_data) VALUES ($1, $2::jsonb)`, k, JSON.stringify(form));
    }
    const physicians = await db.membership.count({ where: { function: "SPECIALIST", active: true } });

    for (let from = 1; from <= scale; from += chunkSize) {
      const to = Math.min(scale, from + chunkSize - 1);
      await insertRegistrations(db, { from, to, scale, physicians, forms: forms.length, poolSize, pool, now });
      log(`seed: ${to.toLocaleString("en-GB")} / ${scale.toLocaleString("en-GB")} registrations`);
    }
  } finally {
    await dropHelperTables(db);
  }
  const searchInsz = await seedSearchPatients(db, now);
  await db.$executeRawUnsafe(`ANALYZE`);
  return { registrations: scale, poolSize, searchInsz, searchMatches };
}

async function createHelperTables(db: Db): Promise<void> {
  await dropHelperTables(db);
  await db.$executeRawUnsafe(`CREATE UNLOGGED TABLE bench_seed_physicians (k int PRIMARY KEY, membership_id uuid NOT NULL, organisation_id uuid NOT NULL, person_id uuid NOT NULL)`);
  await db.$executeRawUnsafe(`CREATE UNLOGGED TABLE bench_seed_forms (k int PRIMARY KEY, form_data jsonb NOT NULL)`);
}

async function dropHelperTables(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_seed_pool, bench_seed_physicians, bench_seed_forms`);
}

interface Chunk {
  from: number;
  to: number;
  scale: number;
  physicians: number;
  forms: number;
  poolSize: number;
  pool: PoolPatient[];
  now: Date;
}

/** Registration g: physician g mod P, created (g/N)·3 years after three years ago, sent 1–40 days later. */
async function insertRegistrations(db: Db, c: Chunk): Promise<void> {
  const series = `generate_series(${c.from}, ${c.to}) AS g`;
  const id = `md5('bench-registration-' || g)::uuid`;
  await db.$executeRawUnsafe(`
    WITH r AS (
      -- g picks the physician (g mod P); n = g div P counts that physician's registrations, so
      -- every physician gets the same mix of drafts, states and forms.
      SELECT g, g / ${c.physicians} AS n,
        ((g / ${c.physicians}) % 25) < 3 AS draft,
        $1::timestamptz - make_interval(secs => ((${c.scale} - g)::float8 / ${c.scale}) * ${threeYearsSeconds}) AS created
      FROM ${series}
    )
    INSERT INTO "Registration" (${registrationColumns})
    SELECT ${id}, 'srt', p.organisation_id, p.membership_id, p.person_id, p.membership_id,
      (CASE WHEN r.draft THEN 'DRAFT' ELSE 'SENT' END)::"RegistrationStatus",
      (CASE WHEN r.draft THEN (ARRAY['NOT_VALIDATED', 'VALID', 'VALID_WITH_WARNINGS', 'INVALID'])[1 + n % 4]
            WHEN n % 3 = 0 THEN 'VALID_WITH_WARNINGS' ELSE 'VALID' END)::"ValidationStatus",
      f.form_data, CASE WHEN r.draft THEN 1 + n % 5 ELSE 2 END,
      CASE WHEN r.draft THEN NULL ELSE 'SRT-BENCH-' || lpad(g::text, 8, '0') END,
      CASE WHEN r.draft THEN NULL ELSE LEAST($1::timestamptz, r.created + make_interval(days => 1 + g % 40)) END,
      CASE WHEN r.draft THEN NULL ELSE p.person_id END,
      r.created,
      CASE WHEN r.draft THEN r.created ELSE LEAST($1::timestamptz, r.created + make_interval(days => 1 + g % 40)) END
    FROM r
    JOIN bench_seed_physicians p ON p.k = g % ${c.physicians}
    JOIN bench_seed_forms f ON f.k = n % ${c.forms}`, c.now);
  await insertPatients(db, c);
}

/** The id SQL gives registration g: md5('bench-registration-' || g)::uuid. */
function benchRegistrationId(g: number): string {
  const hex = createHash("md5").update(`bench-registration-${g}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The patient blocks of registrations from..to: pool patient (g·7919) mod poolSize, encrypted
 * for its registration (a ciphertext is bound to its row, so it cannot be copied in SQL).
 */
async function insertPatients(db: Db, c: Chunk): Promise<void> {
  // 12 parameters a row, below what PGlite accepts in one statement (see insertPool).
  const perStatement = 700;
  for (let start = c.from; start <= c.to; start += perStatement) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let g = start; g <= Math.min(c.to, start + perStatement - 1); g += 1) {
      const registrationId = benchRegistrationId(g);
      const p = c.pool[(g * 7919) % c.poolSize]!;
      const { identityCiphertext, keyId } = encryptIdentity(p.identity, registrationId);
      const base = values.length;
      values.push(registrationId, identityCiphertext, keyId, p.inszIndex, p.insuranceNumberIndex, null, p.sex, p.birthYear, p.insurerCode, p.country, "INSZ", true);
      tuples.push(`($${base + 1}::uuid, ${Array.from({ length: 11 }, (_, i) => `$${base + i + 2}`).join(", ")})`);
    }
    await db.$executeRawUnsafe(`INSERT INTO "RegistrationPatient" (${patientColumns}) VALUES ${tuples.join(", ")}`, ...values);
  }
}

/** Known patients, three sent registrations each at three physicians (different hospitals). */
async function seedSearchPatients(db: Db, now: Date): Promise<string[]> {
  const people = demoPopulation.filter((p) => p.birthDate && !p.deceasedDate).slice(0, searchPatients);
  const physicians = await db.membership.findMany({ where: { function: "SPECIALIST", active: true }, orderBy: { id: "asc" } });
  const form = validRegistrations.primaryTumour;
  let serial = 0;
  for (const person of people) {
    const identity = patientFromRegister(person, { insurerCode: "100", insuranceNumber: String(90_000_000 + serial) });
    for (let i = 0; i < searchMatches; i += 1) {
      serial += 1;
      const id = randomUUID();
      const patient = protectPatient(identity, id);
      const physician = physicians[(serial * 37) % physicians.length]!;
      const sentAt = new Date(now.getTime() - serial * 7 * 86_400_000);
      await db.registration.create({
        data: {
          id,
          moduleId: "srt",
          organisationId: physician.organisationId,
          responsiblePhysicianId: physician.id,
          createdById: physician.personId,
          createdViaMembershipId: physician.id,
          status: "SENT",
          validationStatus: "VALID",
          formData: form as object,
          version: 2,
          reference: `SRT-BENCH-S${String(serial).padStart(7, "0")}`,
          sentAt,
          sentById: physician.personId,
          createdAt: sentAt,
          updatedAt: sentAt,
          patient: { create: { ...patient, identifiedByService: true } },
        },
      });
    }
  }
  return people.map((p) => p.insz);
}
