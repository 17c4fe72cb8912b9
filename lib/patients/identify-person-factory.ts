/**
 * Picks the IdentifyPerson implementation from configuration. This is the seam for the real
 * eHealth client: add it as another provider here; nothing that calls `lookup` changes.
 *
 *   IDENTIFY_PERSON_PROVIDER = simulator (default) | ehealth (not built yet)
 *   IDENTIFY_PERSON_MODE     = up (default) | down   — simulator only
 */

import type { IdentifyPerson } from "./identify-person";
import { IdentifyPersonSimulator, simulatorModeFromEnv } from "./identify-person-simulator";

export type IdentifyPersonProvider = "simulator" | "ehealth";

export function identifyPersonProviderFromEnv(
  env: Record<string, string | undefined> = process.env,
): IdentifyPersonProvider {
  const value = env.IDENTIFY_PERSON_PROVIDER?.trim().toLowerCase() || "simulator";
  if (value === "simulator" || value === "ehealth") return value;
  // A typo must not silently fall back to the simulator in production.
  throw new Error(`IDENTIFY_PERSON_PROVIDER must be "simulator" or "ehealth", got "${value}"`);
}

export function createIdentifyPerson(
  env: Record<string, string | undefined> = process.env,
): IdentifyPerson {
  const provider = identifyPersonProviderFromEnv(env);
  switch (provider) {
    case "simulator":
      return new IdentifyPersonSimulator({ mode: simulatorModeFromEnv(env) });
    case "ehealth":
      // Seam for the real consultRN / SearchBySSIN client (mutual TLS, eHealth certificate).
      throw new Error("The eHealth IdentifyPerson client is not implemented yet; use IDENTIFY_PERSON_PROVIDER=simulator");
  }
}
