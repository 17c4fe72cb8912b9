/**
 * IdentifyPerson: the one door through which the application asks "who has this INSZ?".
 *
 * In production this is eHealth's consultRN / SearchBySSIN service (national register and the
 * Crossroads Bank's BIS register). Development, tests and the demo use the local simulator
 * (identify-person-simulator.ts). Pages and use cases depend only on this interface, so swapping
 * the implementation is a configuration matter (identify-person-factory.ts).
 */

import type { InszSex } from "./insz";

export interface PersonAddress {
  street: string;
  postalCode: string;
  town: string;
  /** ISO 3166-1 alpha-2, e.g. "BE". */
  country: string;
}

/** What the service knows about a person: the fields the patient page fills in. */
export interface IdentifiedPerson {
  /** 11 digits, no separators. */
  insz: string;
  lastName: string;
  firstName: string;
  /**
   * ISO `yyyy-mm-dd`, or partial `yyyy-mm` / `yyyy` when the register does not know the day or
   * month; null when the birth date is unknown altogether.
   */
  birthDate: string | null;
  /** Null when the register does not know it (e.g. some BIS numbers). */
  sex: InszSex | null;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  address: PersonAddress;
  /** ISO `yyyy-mm-dd` when the person has died, else null. */
  deceasedDate: string | null;
  /**
   * The person's health insurer (3-digit code of insurers.ts) when the service knows it; absent
   * otherwise (consultRN itself does not return it). The patient page fills it in, still editable.
   */
  insurerCode?: string;
}

/**
 * The three outcomes the patient page must handle differently (F-PAT-2):
 * found → fill the fields; unknown → the number is probably mistyped; unavailable → tell the user
 * the service is down and let them type the fields by hand.
 */
export type IdentifyPersonResult =
  | { status: "found"; person: IdentifiedPerson }
  | { status: "unknown" }
  | { status: "unavailable" }
  /** No IdentifyPerson service is configured here (IDENTIFY_PERSON_PROVIDER=none): manual entry. */
  | { status: "not_configured" };

export interface IdentifyPerson {
  /**
   * Looks a person up by INSZ (11 digits; callers validate and normalise first). Implementations
   * answer "unavailable" rather than throw when the service cannot be reached, so an outage is an
   * expected path and never a crash.
   */
  lookup(insz: string): Promise<IdentifyPersonResult>;
}
