/**
 * Picks the IdentifyPerson implementation from configuration. This is the seam for the real
 * eHealth client: add it as another provider here; nothing that calls `lookup` changes.
 *
 *   IDENTIFY_PERSON_PROVIDER = simulator (demo default) | none | ehealth (not built yet)
 *   IDENTIFY_PERSON_MODE     = up (default) | down   — simulator only
 * Production must name the provider (lib/config/production.ts); the simulator there needs
 * WBCR_ALLOW_SIMULATED_NATIONAL_REGISTER=1.
 */

import { readSettings, type Env } from "@/lib/config/settings";
import type { IdentifyPerson } from "./identify-person";
import { IdentifyPersonSimulator, simulatorModeFromEnv } from "./identify-person-simulator";

export type IdentifyPersonProvider = "simulator" | "ehealth" | "none";

export function identifyPersonProviderFromEnv(env: Env = process.env): IdentifyPersonProvider {
  // A typo is a configuration error (the schema names the allowed values), never the simulator.
  return readSettings(env).IDENTIFY_PERSON_PROVIDER ?? "simulator";
}

/** IDENTIFY_PERSON_PROVIDER=none: every lookup says so, and the patient page offers manual entry. */
export const notConfiguredIdentifyPerson: IdentifyPerson = {
  lookup: async () => ({ status: "not_configured" }),
};

export function createIdentifyPerson(env: Env = process.env): IdentifyPerson {
  const provider = identifyPersonProviderFromEnv(env);
  switch (provider) {
    case "simulator":
      return new IdentifyPersonSimulator({ mode: simulatorModeFromEnv(env) });
    case "none":
      return notConfiguredIdentifyPerson;
    case "ehealth":
      // Seam for the real consultRN / SearchBySSIN client (mutual TLS, eHealth certificate).
      throw new Error("The eHealth IdentifyPerson client is not implemented yet; use IDENTIFY_PERSON_PROVIDER=none or simulator");
  }
}
