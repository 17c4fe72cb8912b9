import { isTopography, topographySite } from "@/lib/icdo3";
import { ageOn, earliest, earliestBirthDate } from "@/lib/modules/dates";
import { textsAt, type PathsOf } from "./paths";
import type { ClinicalCheck } from "./types";

/** IARC age–site checks: sites rare in young children, and sites rare before 20. */
export function isRareAtAge(code: string, age: number): boolean {
  const site = topographySite(code);
  if (site === undefined) return false;
  if (age < 5 && (site === 53 || site === 61)) return true;
  if (age >= 20) return false;
  return [15, 19, 20, 21, 23, 24, 50, 53, 54, 55].includes(site) || code === "C38.4";
}

/**
 * A topography rare at the patient's age on a day of the registration (params code, age): the
 * first filled topography at `topography`, the age on the earliest date at `on`. The earliest
 * possible birth day gives the highest possible age, so it warns only when surely young.
 */
export function rareSiteForAge<TData>(paths: { topography: PathsOf<TData>; on: PathsOf<TData> }): ClinicalCheck<TData> {
  return (data, context) => {
    const primary = textsAt(data, paths.topography)[0];
    const birth = earliestBirthDate(context.patient.birthDate);
    const on = earliest(textsAt(data, paths.on).map(({ value }) => value));
    if (!primary || !birth || !on || !isTopography(primary.value)) return [];
    const age = ageOn(birth, on);
    return isRareAtAge(primary.value, age) ? [{ path: primary.path, params: { code: primary.value, age } }] : [];
  };
}
