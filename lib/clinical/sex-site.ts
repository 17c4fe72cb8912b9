import { topographySite } from "@/lib/icdo3";
import { textsAt, type PathsOf } from "./paths";
import type { ClinicalCheck } from "./types";

const FEMALE_SITES = { from: 51, to: 58 };
const MALE_SITES = { from: 60, to: 63 };
const within = (site: number, range: { from: number; to: number }) => site >= range.from && site <= range.to;

/**
 * Topographies impossible for the patient's sex: a female genital site (C51–C58) for a man
 * (variant "male"), a male one (C60–C63) for a woman ("female"). Silent when the sex is unknown.
 */
export function sexSiteImpossible<TData>(topography: PathsOf<TData>): ClinicalCheck<TData> {
  return (data, context) => {
    const sex = context.patient.sex;
    if (sex !== "M" && sex !== "F") return [];
    return textsAt(data, topography).flatMap(({ value: code, path }) => {
      const site = topographySite(code);
      if (site === undefined) return [];
      if (sex === "M" && within(site, FEMALE_SITES)) return [{ path, variant: "male", params: { code } }];
      if (sex === "F" && within(site, MALE_SITES)) return [{ path, variant: "female", params: { code } }];
      return [];
    });
  };
}
