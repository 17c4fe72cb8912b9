/**
 * Valid INSZ numbers for synthetic people, deterministic and distinct: birth dates walk from
 * 1 January 1930 one day at a time, with a handful of serial numbers per day.
 */
import { inszCheckDigits } from "@/lib/patients/insz-check-digits";

const perDay = 40;

export function syntheticInsz(index: number, firstYear = 1930): { insz: string; birthDate: string; sex: "M" | "F" } {
  const day = Math.floor(index / perDay);
  const serial = 1 + (index % perDay) * 2 + (index % 2); // odd serials are men, even ones women
  const birth = new Date(Date.UTC(firstYear, 0, 1) + day * 86_400_000);
  const year = birth.getUTCFullYear();
  const nine = `${String(year % 100).padStart(2, "0")}${String(birth.getUTCMonth() + 1).padStart(2, "0")}${String(birth.getUTCDate()).padStart(2, "0")}${String(serial).padStart(3, "0")}`;
  return {
    insz: nine + inszCheckDigits(nine, year >= 2000 ? 2000 : 1900),
    birthDate: birth.toISOString().slice(0, 10),
    sex: serial % 2 === 1 ? "M" : "F",
  };
}
