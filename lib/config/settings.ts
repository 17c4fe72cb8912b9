/**
 * Every environment variable WBCR reads, in one list: its zod schema, its default and its
 * meaning. Nothing else in lib/, scripts/ or simulator/ reads process.env for configuration;
 * it asks `readSettings()` (or one of the small accessors built on it in lib/config/).
 * README.md's configuration table is generated from this list and kept equal by
 * tests/unit/config/readme-table.test.ts (`npm run config:table` prints it).
 *
 * An empty value counts as unset. A malformed value is a configuration error naming the
 * variable, never a silent fallback.
 */
import { z } from "zod";

export type Env = Readonly<Record<string, string | undefined>>;

interface SettingSpec<T extends z.ZodType> {
  schema: T;
  /** What applies when the variable is unset, as the README shows it. */
  default: string;
  meaning: string;
  /** Never printed: `npm start` shows only whether it is set. */
  secret?: boolean;
}

function setting<T extends z.ZodType>(spec: SettingSpec<T>): SettingSpec<T> {
  return spec;
}

const text = () => z.string().optional();

function wholeNumber(name: string, min: number, what: string) {
  return z
    .string()
    .regex(/^\d+$/, { error: (issue) => `${name} must be ${what}, not "${String(issue.input)}"` })
    .transform(Number)
    .refine((n) => n >= min, { error: `${name} must be ${what}` })
    .optional();
}

/** Exactly `1` switches a flag on; anything else leaves it off (as the README says: "`1` …"). */
function flag() {
  return z
    .string()
    .transform((value) => value === "1")
    .optional();
}

function choice<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(values, { error: (issue) => `${name} must be one of ${values.join(", ")}, not "${String(issue.input)}"` }))
    .optional();
}

export const settings = {
  WBCR_MODE: setting({
    schema: choice("WBCR_MODE", ["demo", "production"] as const),
    default: "`production` with `DATABASE_URL`, else `demo`",
    meaning:
      "`demo`: simulator, demo seed, generated keys. `production`: refuses to start unless every item of docs/operations.md is configured; never starts the simulator, never generates secrets, never seeds demo people",
  }),
  DATABASE_URL: setting({
    schema: text(),
    default: "unset → embedded PGlite",
    meaning: "PostgreSQL connection string, e.g. `postgresql://wbcr:secret@db:5432/wbcr`",
    secret: true,
  }),
  PGLITE_DATA_DIR: setting({ schema: text(), default: "`.data/pglite`", meaning: "where the embedded database keeps its files" }),
  DATABASE_POOL_SIZE: setting({
    schema: wholeNumber("DATABASE_POOL_SIZE", 1, "a whole number of connections (at least 1)"),
    default: "`10`",
    meaning: "PostgreSQL connection pool size of each node",
  }),
  WBCR_DEMO_SEED: setting({
    schema: flag(),
    default: "unset",
    meaning: "`1` seeds the demo data into an empty PostgreSQL database at start (demo mode only; PGlite is always seeded on first start)",
  }),
  WBCR_TEST_MODULES: setting({
    schema: flag(),
    default: "unset",
    meaning: "`1` adds the test modules of tests/fixtures/modules to the module registry (the end-to-end tests; refused in production)",
  }),
  WBCR_DEMO_REGISTRATIONS: setting({
    schema: wholeNumber("WBCR_DEMO_REGISTRATIONS", 0, "a whole number"),
    default: "`360`",
    meaning: "how many demo registrations the first demo start creates",
  }),
  PORT: setting({ schema: wholeNumber("PORT", 1, "a port number"), default: "`3000`", meaning: "where `npm start` serves" }),
  HOSTNAME: setting({ schema: text(), default: "`localhost`", meaning: "the address `npm start` listens on (`0.0.0.0` behind a proxy on another host)" }),
  NEXTAUTH_URL: setting({
    schema: text(),
    default: "`http://localhost:$PORT` (demo)",
    meaning: "the public address of the app; production: required, https (cookies become `Secure`)",
  }),
  NEXTAUTH_SECRET: setting({
    schema: text(),
    default: "demo: generated into `.data/`",
    meaning: "encrypts the session cookie; production: required, at least 32 characters (`npm run keys:new`)",
    secret: true,
  }),
  EHEALTH_ISSUER: setting({
    schema: text(),
    default: "demo: the local simulator",
    meaning: "the eHealth OpenID Connect provider; production: required (setting it turns the demo simulator off)",
  }),
  EHEALTH_CLIENT_ID: setting({ schema: text(), default: "demo: `wbcr-local`", meaning: "the client id eHealth gave this installation; production: required, not the demo's" }),
  EHEALTH_CLIENT_SECRET: setting({
    schema: text(),
    default: "demo: `wbcr-local-secret`",
    meaning: "its client secret; production: required, not the demo's",
    secret: true,
  }),
  EHEALTH_SIM_PORT: setting({
    schema: wholeNumber("EHEALTH_SIM_PORT", 0, "a port number"),
    default: "`4000`",
    meaning: "port of the local eHealth simulator (demo; it listens on loopback only)",
  }),
  EHEALTH_REDIRECT_URI: setting({
    schema: text(),
    default: "`http://localhost:3000/api/auth/callback/ehealth`",
    meaning: "the standalone simulator (`tsx simulator/ehealth/server.ts`): the app's callback it accepts",
  }),
  EHEALTH_POST_LOGOUT_REDIRECT_URIS: setting({
    schema: text(),
    default: "the redirect URI's origin + `/`",
    meaning: "the standalone simulator: addresses it may send people back to after sign-out (space- or comma-separated)",
  }),
  WBCR_INACTIVITY_MINUTES: setting({
    schema: wholeNumber("WBCR_INACTIVITY_MINUTES", 1, "a whole number of minutes (at least 1)"),
    default: "`60`",
    meaning: "server-side sign-out after inactivity",
  }),
  WBCR_INACTIVITY_SECONDS: setting({
    schema: wholeNumber("WBCR_INACTIVITY_SECONDS", 1, "a whole number of seconds (at least 1)"),
    default: "unset",
    meaning: "the same in seconds (tests); wins over the minutes",
  }),
  WBCR_SESSION_MAX_HOURS: setting({
    schema: wholeNumber("WBCR_SESSION_MAX_HOURS", 1, "a whole number of hours (at least 1)"),
    default: "`12`",
    meaning: "absolute session lifetime: sign in again this long after signing in, however active (unsaved form data is restored)",
  }),
  WBCR_SESSION_MAX_SECONDS: setting({
    schema: wholeNumber("WBCR_SESSION_MAX_SECONDS", 1, "a whole number of seconds (at least 1)"),
    default: "unset",
    meaning: "the same in seconds (tests); wins over the hours",
  }),
  WBCR_INACTIVITY_WARNING_SECONDS: setting({
    schema: wholeNumber("WBCR_INACTIVITY_WARNING_SECONDS", 1, "a whole number of seconds (at least 1)"),
    default: "`300`",
    meaning: "the browser warns this long before the inactivity sign-out (at most half of it)",
  }),
  WBCR_AUTOSAVE_SECONDS: setting({
    schema: wholeNumber("WBCR_AUTOSAVE_SECONDS", 0, "a whole number of seconds (0 = off)"),
    default: "`30`",
    meaning: "automatic save of a draft being edited (0 = off)",
  }),
  WBCR_DATA_KEYS: setting({
    schema: text(),
    default: "demo: generated into `.data/keys.json`",
    meaning: "`id:base64,…` 32-byte AES keys protecting identifying data at rest, the first encrypts; production: required",
    secret: true,
  }),
  WBCR_INDEX_KEY: setting({
    schema: text(),
    default: "demo: generated into `.data/keys.json`",
    meaning: "base64 32-byte key of the blind indexes (exact search); production: required",
    secret: true,
  }),
  IDENTIFY_PERSON_PROVIDER: setting({
    schema: choice("IDENTIFY_PERSON_PROVIDER", ["simulator", "ehealth", "none"] as const),
    default: "demo: `simulator`; production: must be set",
    meaning:
      "IdentifyPerson: `none` (the patient page says the service is not configured and offers manual entry), `ehealth` (not built yet) or `simulator` (production only with `WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER=1`)",
  }),
  IDENTIFY_PERSON_MODE: setting({
    schema: choice("IDENTIFY_PERSON_MODE", ["up", "down"] as const),
    default: "`up`",
    meaning: "the simulator's state: `down` simulates an outage",
  }),
  WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER: setting({
    schema: flag(),
    default: "unset",
    meaning: "`1` lets production use the IdentifyPerson simulator (acceptance environments only; logged at every start)",
  }),
  WBCR_INSECURE_COOKIES: setting({
    schema: flag(),
    default: "unset",
    meaning:
      "`1` allows plain-http cookies in a production build — local tests only: in production mode it is accepted only with a loopback `NEXTAUTH_URL` and logged",
  }),
  WBCR_BENCH_ROUTES: setting({
    schema: flag(),
    default: "unset",
    meaning: "`1` mounts the benchmark's two floors, the route `/api/bench/floor` and the server action of the page `/bench/floor` (set by `npm run bench` only; 404 otherwise)",
  }),
  WBCR_RATE_LIMIT_LOGIN: setting({
    schema: wholeNumber("WBCR_RATE_LIMIT_LOGIN", 0, "a whole number of requests per minute (0 switches the limit off)"),
    default: "`60`",
    meaning:
      "starts of a login and eHealth callbacks allowed per minute per client address (hospitals sit behind NAT: be generous); `0` = no limit; over it, HTTP 429 and a message with when to retry",
  }),
  WBCR_RATE_LIMIT_SEARCH: setting({
    schema: wholeNumber("WBCR_RATE_LIMIT_SEARCH", 0, "a whole number of requests per minute (0 switches the limit off)"),
    default: "`60`",
    meaning: "patient searches (Saved/Sent lists with an identifier) allowed per minute per person; `0` = no limit",
  }),
  WBCR_TRUST_PROXY: setting({
    schema: flag(),
    default: "unset",
    meaning:
      "`1` behind a reverse proxy: the client address is the last `X-Forwarded-For` entry (the one the proxy appended); otherwise the socket's address",
  }),
  WBCR_RETENTION_DAYS: setting({
    schema: wholeNumber("WBCR_RETENTION_DAYS", 1, "a whole number of days (at least 1)"),
    default: "`1095`",
    meaning: "registrations are removed this many days after their last change (sent ones: after sending)",
  }),
  WBCR_RETENTION_SCHEDULE: setting({
    schema: choice("WBCR_RETENTION_SCHEDULE", ["on", "off"] as const),
    default: "`on`",
    meaning: "`off` stops the daily retention job in this node (with several nodes it runs on one at a time anyway)",
  }),
  WBCR_HEALTH_DETAILS: setting({
    schema: flag(),
    default: "demo: `1`; production: unset",
    meaning: "`1` makes `/api/health` show version, database kind and migration count; otherwise only `up`/`down`",
  }),
} as const;

export type SettingName = keyof typeof settings;
export type Settings = { [K in SettingName]: z.output<(typeof settings)[K]["schema"]> };

export const settingNames = Object.keys(settings) as SettingName[];

const schema = z.object(Object.fromEntries(settingNames.map((name) => [name, settings[name].schema])) as {
  [K in SettingName]: (typeof settings)[K]["schema"];
});

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration: ${problems.join("; ")}`);
    this.name = "ConfigurationError";
  }
}

/** The environment parsed through the one schema; throws a ConfigurationError naming every malformed variable. */
export function readSettings(env: Env = process.env): Settings {
  const raw = Object.fromEntries(settingNames.map((name) => [name, env[name]?.trim() || undefined]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    );
  }
  return parsed.data as Settings;
}

/** The README's configuration table, from the list above. */
export function configurationTable(): string {
  const rows = settingNames.map((name) => {
    const { default: fallback, meaning } = settings[name];
    return `| \`${name}\` | ${fallback} | ${meaning.replaceAll("|", "\\|")} |`;
  });
  return ["| variable | default | meaning |", "|---|---|---|", ...rows].join("\n");
}

/** One line per setting as `npm start` prints it: values, except secrets (only whether set). */
export function effectiveConfiguration(env: Env = process.env): string[] {
  const parsed = readSettings(env);
  return settingNames.map((name) => {
    const value = parsed[name];
    if (value === undefined) return `  ${name} = (default: ${settings[name].default.replaceAll("`", "")})`;
    return `  ${name} = ${"secret" in settings[name] && settings[name].secret ? "(set, not shown)" : String(value)}`;
  });
}
