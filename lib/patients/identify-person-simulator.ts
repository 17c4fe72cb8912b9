/**
 * Local stand-in for eHealth's IdentifyPerson service, over the generated demo population. It
 * can answer the three outcomes the patient page must handle — found, unknown number, service
 * down — so the outage path (F-PAT-2: "the user is told so and may fill the fields by hand") is
 * exercised in development and tests, not first discovered in production.
 */

import { readSettings, type Env } from "@/lib/config/settings";
import { demoPopulation } from "./demo-population";
import type { IdentifiedPerson, IdentifyPerson, IdentifyPersonResult } from "./identify-person";
import { normaliseInsz } from "./insz";

export { demoPopulation } from "./demo-population";

export type IdentifyPersonSimulatorMode = "up" | "down";

export interface IdentifyPersonSimulatorOptions {
  /** "down" answers every lookup with "unavailable". Defaults to IDENTIFY_PERSON_MODE, else "up". */
  mode?: IdentifyPersonSimulatorMode;
  /** The people it knows; defaults to the demo population. */
  population?: readonly IdentifiedPerson[];
  /** Artificial delay per lookup, to see loading states in the UI. Defaults to 0. */
  latencyMs?: number;
}

/** IDENTIFY_PERSON_MODE=down puts a simulator down without code changes (demo of the outage). */
export function simulatorModeFromEnv(env: Env = process.env): IdentifyPersonSimulatorMode {
  return readSettings(env).IDENTIFY_PERSON_MODE ?? "up";
}

export class IdentifyPersonSimulator implements IdentifyPerson {
  private mode: IdentifyPersonSimulatorMode;
  private readonly byInsz: ReadonlyMap<string, IdentifiedPerson>;
  private readonly latencyMs: number;

  constructor(options: IdentifyPersonSimulatorOptions = {}) {
    this.mode = options.mode ?? simulatorModeFromEnv();
    this.byInsz = new Map((options.population ?? demoPopulation).map((p) => [p.insz, p]));
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** Lets a test or a demo switch the service off and on again mid-scenario. */
  setMode(mode: IdentifyPersonSimulatorMode): void {
    this.mode = mode;
  }

  async lookup(insz: string): Promise<IdentifyPersonResult> {
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (this.mode === "down") return { status: "unavailable" };
    // Like the real service, a number it does not hold (or a malformed one) is simply unknown.
    const person = this.byInsz.get(normaliseInsz(insz) ?? "");
    if (!person) return { status: "unknown" };
    // A copy: callers may edit what they get without changing the register.
    return { status: "found", person: structuredClone(person) };
  }
}
