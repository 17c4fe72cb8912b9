/**
 * Issue 10's "done when": from an empty PostgreSQL database to a sent SRT registration, the way
 * an operator and a hospital would do it, with no demo seed at any step:
 *   1. the eHealth simulator runs as a separate process: an external issuer with its own client;
 *   2. `npm run db:migrate` and the operator commands create the hospital and its access manager;
 *   3. `npm start` serves the production build in production mode;
 *   4. in Chromium the access manager adds a specialist, who signs in, accepts the terms,
 *      registers and sends an SRT registration;
 *   5. a pg_dump taken after the send is restored into a new database, a node started on it with
 *      the same keys, and the specialist reads the sent registration's patient there.
 * Plain http on localhost: production accepts it only with WBCR_INSECURE_COOKIES=1 on a
 * loopback NEXTAUTH_URL, and says so at start (lib/config/production.ts).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { adminQuery } from "@/lib/db/scratch-database";
import { newKeyValues } from "@/lib/security/keys";
import { primaryTumourEntries, setField } from "../e2e/support/srt-form";
import { signIn } from "../e2e/support/sign-in";
import { projectRoot, runScript, startProcess, waitFor, type ChildEnv, type RunningProcess } from "../support/processes";

test.use({ locale: "en-GB" });

const base = Number(process.env.E2E_PORT ?? 3100) + 10;
const appPort = base;
const simulatorPort = base + 1000;
const appUrl = `http://localhost:${appPort}`;
const issuer = `http://localhost:${simulatorPort}`;
const logs = path.join(projectRoot, "test-results/production");

const hospital = { nihii: "71000436", nameNl: "AZ Proef Brugge", nameFr: "AZ Essai Bruges" };
// Both are identities of the simulator (its demo list); WBCR itself knows nobody at the start.
const accessManager = { insz: "89090703934", firstName: "Bart", lastName: "Mertens" };
const specialist = { insz: "62071407283", firstName: "Els", lastName: "Maes" };

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL (a PostgreSQL server) is required: npm run test:e2e:production");
  return url;
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

function pgTool(name: "pg_dump" | "pg_restore"): string {
  const onPath = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
  if (onPath) return onPath;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, "bin", name)).find((file) => existsSync(file));
  if (!found) throw new Error(`${name} not found`);
  return found;
}

const suffix = randomBytes(4).toString("hex");
const databaseName = `wbcr_production_e2e_${suffix}`;
const restoredName = `wbcr_restored_e2e_${suffix}`;
const clientSecret = randomBytes(24).toString("base64url");
const keys = newKeyValues("prod-e2e");
const productionEnv = (database: string): ChildEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NEXT_TELEMETRY_DISABLED: "1",
  WBCR_MODE: "production",
  DATABASE_URL: databaseUrl(database),
  PORT: String(appPort),
  NEXTAUTH_URL: appUrl,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  WBCR_DATA_KEYS: keys.WBCR_DATA_KEYS,
  WBCR_INDEX_KEY: keys.WBCR_INDEX_KEY,
  EHEALTH_ISSUER: issuer,
  EHEALTH_CLIENT_ID: "wbcr-production-e2e",
  EHEALTH_CLIENT_SECRET: clientSecret,
  IDENTIFY_PERSON_PROVIDER: "simulator",
  WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER: "1",
  // Plain http on loopback for this test only (refused for any other host).
  WBCR_INSECURE_COOKIES: "1",
  WBCR_RETENTION_SCHEDULE: "off",
});
// One cookie secret for both nodes (the restored one too), as a real installation has.
const sharedSecret = productionEnv(databaseName).NEXTAUTH_SECRET;
const envFor = (database: string): ChildEnv => ({ ...productionEnv(database), NEXTAUTH_SECRET: sharedSecret });

let simulator: RunningProcess | undefined;
let app: RunningProcess | undefined;

async function startApp(database: string, logName: string, change: ChildEnv = {}): Promise<RunningProcess> {
  const running = startProcess("scripts/start.ts", [], { ...envFor(database), ...change }, path.join(logs, logName));
  await waitFor(async () => (await fetch(`${appUrl}/api/health`)).ok, "the production app", 600_000, running);
  return running;
}

test.beforeAll(async () => {
  test.setTimeout(900_000);
  await adminQuery(serverUrl(), `CREATE DATABASE "${databaseName}"`);
  simulator = startProcess(
    "simulator/ehealth/server.ts",
    [],
    {
      PATH: process.env.PATH,
      EHEALTH_SIM_PORT: String(simulatorPort),
      EHEALTH_CLIENT_ID: "wbcr-production-e2e",
      EHEALTH_CLIENT_SECRET: clientSecret,
      EHEALTH_REDIRECT_URI: `${appUrl}/api/auth/callback/ehealth`,
      EHEALTH_POST_LOGOUT_REDIRECT_URIS: `${appUrl}/login?signedOut=1 ${appUrl}/`,
    },
    path.join(logs, "simulator.log"),
  );
  await waitFor(async () => (await fetch(`${issuer}/.well-known/openid-configuration`)).ok, "the eHealth simulator", 60_000, simulator);
});

test.afterAll(async () => {
  await app?.stop();
  await simulator?.stop();
  for (const name of [databaseName, restoredName]) await adminQuery(serverUrl(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: appUrl, locale: "en-GB" });
  return context.newPage();
}

test("an empty PostgreSQL database becomes a working hospital: operator commands, access manager, specialist, sent SRT registration, restore", async ({ browser }) => {
  const env = envFor(databaseName);

  // The operator: migrations (with the reference data), the hospital, its access manager.
  const migrated = runScript("scripts/migrate.ts", [], env);
  expect(migrated.status, migrated.stderr).toBe(0);
  expect(migrated.stdout).toContain("reference data");
  const added = runScript("scripts/admin.ts", ["organisation:add", "--nihii", "7-10004-36", "--name-nl", hospital.nameNl, "--name-fr", hospital.nameFr], env);
  expect(added.status, added.stderr).toBe(0);
  const bad = runScript("scripts/admin.ts", ["access-manager:appoint", "--nihii", hospital.nihii, "--insz", "89090703935"], env);
  expect(bad.status).toBe(3);
  expect(bad.stderr).toContain("nothing changed");
  const appointed = runScript(
    "scripts/admin.ts",
    ["access-manager:appoint", "--nihii", hospital.nihii, "--insz", accessManager.insz, "--first-name", accessManager.firstName, "--last-name", accessManager.lastName],
    env,
  );
  expect(appointed.status, appointed.stderr).toBe(0);

  // `npm start` in production mode: no simulator of its own, no generated secrets, no demo seed.
  app = await startApp(databaseName, "app.log");
  const started = app.output();
  expect(started).toContain("WBCR production mode");
  expect(started).toContain("WARNING: IDENTIFY_PERSON_PROVIDER=simulator");
  expect(started).not.toContain("eHealth simulator (demo");
  expect(started).not.toContain("seed:");
  for (const secret of [env.NEXTAUTH_SECRET!, clientSecret, keys.WBCR_INDEX_KEY]) expect(started).not.toContain(secret);
  expect(await (await fetch(`${appUrl}/api/health`)).json()).toEqual({ status: "up" });
  for (const file of ["/robots.txt", "/.well-known/security.txt", "/favicon.ico"]) expect((await fetch(`${appUrl}${file}`)).status, file).toBe(200);

  // The access manager adds a specialist on the access-management page.
  const manager = await newPage(browser);
  await signIn(manager, accessManager.insz);
  await manager.goto("/access-management");
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Access management");
  const addForm = manager.getByRole("form", { name: "Add a person" });
  await addForm.getByLabel("National number (INSZ/NISS)").fill(specialist.insz);
  await addForm.getByLabel("First name").fill(specialist.firstName);
  await addForm.getByLabel("Last name").fill(specialist.lastName);
  await addForm.getByLabel("Function").selectOption({ label: "Specialist" });
  await addForm.getByLabel("Specialty (optional)").selectOption({ label: "Radiotherapy" });
  await addForm.getByRole("button", { name: "Add" }).click();
  await expect(addForm.getByRole("status")).toHaveText(`${specialist.firstName} ${specialist.lastName} was added.`);
  await manager.screenshot({ path: "test-results/production/01-access-manager.png", fullPage: true });
  await manager.context().close();

  // The specialist signs in (terms of use first), registers and sends.
  const doctor = await newPage(browser);
  await signIn(doctor, specialist.insz);
  // The home page lists the standard registration first, then the projects: this case is SRT's.
  await doctor.getByRole("list", { name: /Stereotactic/ }).getByRole("link", { name: "New registration" }).click();
  await doctor.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await expect(doctor.getByRole("textbox", { name: /Last name/ })).not.toHaveValue("");
  const patientName = await doctor.getByRole("textbox", { name: /Last name/ }).inputValue();
  await doctor.getByRole("combobox", { name: /Health insurance institution/ }).selectOption("100");
  await doctor.getByRole("button", { name: "Next" }).click();
  await expect(doctor).toHaveURL(/\/registrations\/[0-9a-f-]{36}$/);
  for (const [field, value] of primaryTumourEntries) await setField(doctor, field, value);
  await setField(doctor, "plans.0.startDate", "2025-11-04");
  await doctor.getByRole("button", { name: "Next" }).click();
  await expect(doctor).toHaveURL(/\/summary$/);
  const comments = doctor.getByRole("textbox", { name: /Comment confirming warning/ });
  for (let i = 0; i < (await comments.count()); i += 1) await comments.nth(i).fill("Confirmed with the treating team");
  await doctor.getByRole("button", { name: "Send", exact: true }).click();
  await expect(doctor.getByRole("heading", { name: "Registration sent" })).toBeVisible();
  await expect(doctor.getByText(/WBCR reference: SRT-\d{4}-\d{6}/)).toBeVisible();
  const reference = (await doctor.getByText(/SRT-\d{4}-\d{6}/).first().textContent())!.match(/SRT-\d{4}-\d{6}/)![0];
  await doctor.screenshot({ path: "test-results/production/02-sent.png", fullPage: true });
  const registrationPath = new URL(doctor.url()).pathname.replace(/\/summary$/, "");
  await doctor.context().close();

  // No demo seed at any step: the only people are the two this test created.
  const people = runScript("scripts/admin.ts", ["people:list", "--nihii", hospital.nihii, "--json"], env);
  expect(people.status, people.stderr).toBe(0);
  expect((JSON.parse(people.stdout) as { people: { insz: string }[] }).people.map((p) => p.insz).sort()).toEqual([specialist.insz, accessManager.insz].sort());

  // Backup and restore: pg_dump after the send, pg_restore into a new database, a node on it.
  const dumpFile = path.join(logs, `${databaseName}.dump`);
  const dump = spawnSync(pgTool("pg_dump"), ["--format=custom", `--file=${dumpFile}`, `--dbname=${env.DATABASE_URL}`], { encoding: "utf8" });
  expect(dump.status, dump.stderr).toBe(0);
  await app.stop();
  app = undefined;
  await adminQuery(serverUrl(), `CREATE DATABASE "${restoredName}"`);
  const restore = spawnSync(pgTool("pg_restore"), ["--no-owner", `--dbname=${databaseUrl(restoredName)}`, dumpFile], { encoding: "utf8" });
  expect(restore.status, restore.stderr).toBe(0);
  // This node has no IdentifyPerson service (the production default until the eHealth client exists).
  app = await startApp(restoredName, "app-restored.log", { IDENTIFY_PERSON_PROVIDER: "none", WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER: undefined });
  expect(app.output()).toContain("migrations: 0 applied");
  const reader = await newPage(browser);
  await signIn(reader, specialist.insz);
  await reader.goto(`${registrationPath}/summary`);
  await expect(reader.getByText(reference).first()).toBeVisible();
  // The patient's name is stored encrypted: shown here, it was decrypted with the configured keys.
  await expect(reader.getByText(patientName).first()).toBeVisible();
  await reader.screenshot({ path: "test-results/production/03-restored.png", fullPage: true });

  // IDENTIFY_PERSON_PROVIDER=none: the patient page says so and the fields are typed by hand.
  await reader.goto("/modules/srt/new");
  await reader.getByRole("textbox", { name: /INSZ/ }).fill("85073003328");
  await reader.getByRole("textbox", { name: /INSZ/ }).press("Tab");
  await expect(reader.getByText("The IdentifyPerson service is not configured in this installation")).toBeVisible();
  await expect(reader.getByRole("textbox", { name: /Last name/ })).toBeEditable();
  await expect(reader.getByRole("textbox", { name: /Last name/ })).toHaveValue("");
  await reader.context().close();
});
