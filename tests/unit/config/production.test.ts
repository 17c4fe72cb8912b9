import { describe, expect, it } from "vitest";
import { wbcrMode } from "@/lib/config/mode";
import { checkProductionConfiguration, refusalMessage } from "@/lib/config/production";
import { readSettings } from "@/lib/config/settings";
import { newKeyValues } from "@/lib/security/keys";

const keys = newKeyValues("test");
/** A complete, safe production configuration; each test takes one thing away or makes it unsafe. */
const complete = {
  WBCR_MODE: "production",
  DATABASE_URL: "postgresql://wbcr@db:5432/wbcr",
  NEXTAUTH_URL: "https://wbcr.hospital.example",
  NEXTAUTH_SECRET: "x".repeat(43),
  EHEALTH_ISSUER: "https://idp.iam.ehealth.fgov.be/auth/realms/healthcare",
  EHEALTH_CLIENT_ID: "hospital-wbcr",
  EHEALTH_CLIENT_SECRET: "a-real-secret-from-ehealth",
  WBCR_DATA_KEYS: keys.WBCR_DATA_KEYS,
  WBCR_INDEX_KEY: keys.WBCR_INDEX_KEY,
  IDENTIFY_PERSON_PROVIDER: "none",
};

describe("modes", () => {
  it("is demo without a database URL, production with one unless WBCR_MODE=demo", () => {
    expect(wbcrMode({})).toBe("demo");
    expect(wbcrMode({ DATABASE_URL: "postgresql://x/y" })).toBe("production");
    expect(wbcrMode({ DATABASE_URL: "postgresql://x/y", WBCR_MODE: "demo" })).toBe("demo");
    expect(wbcrMode({ WBCR_MODE: "production" })).toBe("production");
    expect(() => wbcrMode({ WBCR_MODE: "prod" })).toThrow(/WBCR_MODE must be one of demo, production/);
  });
});

describe("checkProductionConfiguration", () => {
  it("accepts a complete configuration without warnings", () => {
    expect(checkProductionConfiguration(complete)).toEqual({ problems: [], warnings: [] });
  });

  const cases: [string, Record<string, string | undefined>, RegExp][] = [
    ["a missing NEXTAUTH_SECRET", { NEXTAUTH_SECRET: undefined }, /NEXTAUTH_SECRET is not set/],
    ["a short NEXTAUTH_SECRET", { NEXTAUTH_SECRET: "short" }, /NEXTAUTH_SECRET is too short/],
    ["a missing NEXTAUTH_URL", { NEXTAUTH_URL: undefined }, /NEXTAUTH_URL is not set/],
    ["an http NEXTAUTH_URL", { NEXTAUTH_URL: "http://wbcr.hospital.example" }, /NEXTAUTH_URL must be https/],
    ["an http NEXTAUTH_URL on another host even with WBCR_INSECURE_COOKIES", { NEXTAUTH_URL: "http://10.0.0.5:3000", WBCR_INSECURE_COOKIES: "1" }, /NEXTAUTH_URL must be https/],
    ["a missing issuer", { EHEALTH_ISSUER: undefined }, /EHEALTH_ISSUER is not set/],
    ["an http issuer", { EHEALTH_ISSUER: "http://idp.example" }, /EHEALTH_ISSUER must be https/],
    ["a missing client id", { EHEALTH_CLIENT_ID: undefined }, /EHEALTH_CLIENT_ID is not set/],
    ["the demo's client id", { EHEALTH_CLIENT_ID: "wbcr-local" }, /EHEALTH_CLIENT_ID is the demo's/],
    ["a missing client secret", { EHEALTH_CLIENT_SECRET: undefined }, /EHEALTH_CLIENT_SECRET is not set/],
    ["the demo's client secret", { EHEALTH_CLIENT_SECRET: "wbcr-local-secret" }, /EHEALTH_CLIENT_SECRET is the demo's/],
    ["missing data keys", { WBCR_DATA_KEYS: undefined }, /WBCR_DATA_KEYS is not set/],
    ["malformed data keys", { WBCR_DATA_KEYS: "k1:dG9vIHNob3J0" }, /WBCR_DATA_KEYS k1 must be 32 bytes/],
    ["a missing index key", { WBCR_INDEX_KEY: undefined }, /WBCR_INDEX_KEY is not set/],
    ["no IdentifyPerson provider", { IDENTIFY_PERSON_PROVIDER: undefined }, /IDENTIFY_PERSON_PROVIDER is not set/],
    ["the simulated National Register without the override", { IDENTIFY_PERSON_PROVIDER: "simulator" }, /WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER=1/],
    ["the demo seed", { WBCR_DEMO_SEED: "1" }, /WBCR_DEMO_SEED=1 is not allowed/],
  ];
  for (const [what, change, message] of cases) {
    it(`refuses ${what}`, () => {
      const { problems } = checkProductionConfiguration({ ...complete, ...change });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(message);
    });
  }

  it("lists every problem at once in one message", () => {
    const { problems } = checkProductionConfiguration({ WBCR_MODE: "production" });
    const message = refusalMessage(problems);
    for (const name of ["NEXTAUTH_URL", "NEXTAUTH_SECRET", "EHEALTH_ISSUER", "EHEALTH_CLIENT_ID", "EHEALTH_CLIENT_SECRET", "WBCR_DATA_KEYS", "WBCR_INDEX_KEY", "IDENTIFY_PERSON_PROVIDER"]) {
      expect(message).toContain(name);
    }
    expect(message).toMatch(/^WBCR refuses to start in production mode: 8 items missing or unsafe/);
  });

  it("accepts the loopback test escape and the acceptance override, each with a warning", () => {
    const { problems, warnings } = checkProductionConfiguration({
      ...complete,
      NEXTAUTH_URL: "http://localhost:3210",
      EHEALTH_ISSUER: "http://localhost:4210",
      WBCR_INSECURE_COOKIES: "1",
      IDENTIFY_PERSON_PROVIDER: "simulator",
      WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER: "1",
    });
    expect(problems).toEqual([]);
    expect(warnings).toHaveLength(3);
  });
});

describe("readSettings", () => {
  it("names every malformed variable", () => {
    expect(() => readSettings({ WBCR_AUTOSAVE_SECONDS: "soon", PORT: "http" })).toThrow(/PORT.*WBCR_AUTOSAVE_SECONDS|WBCR_AUTOSAVE_SECONDS.*PORT/);
  });
  it("switches a flag on with exactly 1", () => {
    expect(readSettings({ WBCR_TRUST_PROXY: "1" }).WBCR_TRUST_PROXY).toBe(true);
    for (const value of ["0", "true", "yes"]) expect(readSettings({ WBCR_TRUST_PROXY: value }).WBCR_TRUST_PROXY).toBe(false);
  });
  it("treats an empty value as unset", () => {
    expect(readSettings({ PORT: "", NEXTAUTH_URL: "  " })).toMatchObject({ PORT: undefined, NEXTAUTH_URL: undefined });
  });
});
