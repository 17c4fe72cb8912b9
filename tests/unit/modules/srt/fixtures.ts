import type { ValidationContext } from "@/lib/modules/types";

/**
 * Complete, plausible registrations, one per indication, valid on `context` (no issue at all).
 * Rule tests copy one and change the value under test.
 */

export const context: ValidationContext = {
  today: new Date("2025-03-15T12:00:00Z"),
  patient: { birthDate: "1955-06-01", sex: "M" },
};

export const femaleContext: ValidationContext = { ...context, patient: { birthDate: "1962-02-14", sex: "F" } };

export {
  primaryTumour,
  primaryRelapse,
  oligometastases,
  brainPrimaryMalignant,
  brainMetastases,
  brainBenign,
  avm,
  validRegistrations,
} from "@/lib/modules/srt/examples";

/** A deep copy to change freely in one test. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
