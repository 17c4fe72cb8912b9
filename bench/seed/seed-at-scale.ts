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
import { protectPatient } from "@/lib/patients/identity-protection";
import { patientFromRegister } from "@/lib/patients/patient-from-register";
import { buildPatientPool, poolSizeFor, type ProtectedPatient } from "./patient-pool";

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
    await insertPool(db, buildPatientPool(poolSize));
    await db.$executeRawUnsafe(`INSERT INTO bench_seed_physicians (k, membership_id, organisation_id, person_id)
      SELECT (row_number() OVER (ORDER BY m.id)) - 1, m.id, m."organisationId", m."personId" FROM "Membership" m WHERE m.function = 'SPECIALIST' AND m.active`);
    const forms = Object.values(validRegistrations);
    for (const [k, form] of forms.entries()) {
      await db.$executeRawUnsafe(`INSERT INTO bench_seed_forms (k, form_data) VALUES ($1, $2::jsonb)`, k, JSON.stringify(form));
    }
    const physicians = await db.membership.count({ where: { function: "SPECIALIST", active: true } });

    for (let from = 1; from <= scale; from += chunkSize) {
      const to = Math.min(scale, from + chunkSize - 1);
      await insertRegistrations(db, { from, to, scale, physicians, forms: forms.length, poolSize, now });
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
  await db.$executeRawUnsafe(`CREATE UNLOGGED TABLE bench_seed_pool (k int PRIMARY KEY, identity_ciphertext text NOT NULL, key_id text NOT NULL,
    insz_index text, insurance_number_index text, sex text, birth_year int, insurer_code text, country text)`);
  await db.$executeRawUnsafe(`CREATE UNLOGGED TABLE bench_seed_physicians (k int PRIMARY KEY, membership_id uuid NOT NULL, organisation_id uuid NOT NULL, person_id uuid NOT NULL)`);
  await db.$executeRawUnsafe(`CREATE UNLOGGED TABLE bench_seed_forms (k int PRIMARY KEY, form_data jsonb NOT NULL)`);
}

async function dropHelperTables(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_seed_pool, bench_seed_physicians, bench_seed_forms`);
}

async function insertPool(db: Db, pool: ProtectedPatient[]): Promise<void> {
  // 9 parameters a row. PGlite (pglite-prisma-adapter 0.7.2) silently breaks the connection for
  // later queries with 45,000 parameters in one statement; 9,000 is fine on both databases.
  const perStatement = 1_000;
  for (let start = 0; start < pool.length; start += perStatement) {
    const rows = pool.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = rows.map((p, i) => {
      values.push(start + i, p.identityCiphertext, p.keyId, p.inszIndex, p.insuranceNumberIndex, p.sex, p.birthYear, p.insurerCode, p.country);
      const base = i * 9;
      return `(${Array.from({ length: 9 }, (_, c) => `$${base + c + 1}`).join(", ")})`;
    });
    await db.$executeRawUnsafe(
      `INSERT INTO bench_seed_pool (k, identity_ciphertext, key_id, insz_index, insurance_number_index, sex, birth_year, insurer_code, country) VALUES ${tuples.join(", ")}`,
      ...values,
    );
  }
}

interface Chunk {
  from: number;
  to: number;
  scale: number;
  physicians: number;
  forms: number;
  poolSize: number;
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
  await db.$executeRawUnsafe(`
    INSERT INTO "RegistrationPatient" (${patientColumns})
    SELECT ${id}, pool.identity_ciphertext, pool.key_id, pool.insz_index, pool.insurance_number_index, NULL,
      pool.sex, pool.birth_year, pool.insurer_code, pool.country, 'INSZ', true
    FROM ${series}
    JOIN bench_seed_pool pool ON pool.k = (g::bigint * 7919) % ${c.poolSize}`);
}

/** Known patients, three sent registrations each at three physicians (different hospitals). */
async function seedSearchPatients(db: Db, now: Date): Promise<string[]> {
  const people = demoPopulation.filter((p) => p.birthDate && !p.deceasedDate).slice(0, searchPatients);
  const physicians = await db.membership.findMany({ where: { function: "SPECIALIST", active: true }, orderBy: { id: "asc" } });
  const form = validRegistrations.primaryTumour;
  let serial = 0;
  for (const person of people) {
    const patient = protectPatient(patientFromRegister(person, { insurerCode: "100", insuranceNumber: String(90_000_000 + serial) }));
    for (let i = 0; i < searchMatches; i += 1) {
      serial += 1;
      const physician = physicians[(serial * 37) % physicians.length]!;
      const sentAt = new Date(now.getTime() - serial * 7 * 86_400_000);
      await db.registration.create({
        data: {
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
