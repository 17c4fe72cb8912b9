import type { ValidationContext } from "@/lib/modules/types";

/** The context the module's examples are valid in: a man born on 1955-06-01, registered on 2025-03-15. */
export const context: ValidationContext = {
  today: new Date("2025-03-15T12:00:00Z"),
  patient: { birthDate: "1955-06-01", sex: "M" },
};

export const femaleContext: ValidationContext = { ...context, patient: { birthDate: "1962-02-14", sex: "F" } };

export { lungCancer, maleBreastCancer, prostateCancer, breastRecurrence, validRegistrations, validFollowUps, physicians } from "@/lib/modules/standard/examples";

/** A deep copy to change freely in one test. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
