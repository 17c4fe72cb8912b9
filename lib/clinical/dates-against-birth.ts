import { earliestBirthDate, toIsoDate } from "@/lib/modules/dates";
import { numbersAt, textsAt, type PathsOf } from "./paths";
import type { ClinicalCheck, ClinicalFinding } from "./types";

/**
 * Dates (yyyy-mm-dd, or a year alone, yyyy or a number) in the future (variant "future",
 * params today) or before the patient's birth ("beforeBirth", params birthDate; a partial birth
 * date counts from its earliest day, so only certain errors are reported).
 */
export function datesAgainstBirth<TData>(paths: { dates: PathsOf<TData>; years?: PathsOf<TData> }): ClinicalCheck<TData> {
  return (data, context) => {
    const today = toIsoDate(context.today);
    const birth = earliestBirthDate(context.patient.birthDate);
    const findings: ClinicalFinding[] = [];
    for (const { path, value } of textsAt(data, paths.dates)) {
      // A partial date ("2024" or "2024-05") is compared by the part it gives.
      if (value > today.slice(0, value.length)) findings.push({ path, variant: "future", params: { today } });
      else if (birth && value < birth.slice(0, value.length)) findings.push({ path, variant: "beforeBirth", params: { birthDate: birth } });
    }
    for (const { path, value: year } of paths.years ? numbersAt(data, paths.years) : []) {
      if (year > Number(today.slice(0, 4))) findings.push({ path, variant: "future", params: { today } });
      else if (birth && year < Number(birth.slice(0, 4))) findings.push({ path, variant: "beforeBirth", params: { birthDate: birth } });
    }
    return findings;
  };
}
