import { isMorphology, isTopography } from "@/lib/icdo3";
import { textsAt, type PathsOf } from "./paths";
import type { ClinicalCheck } from "./types";

/** Topography and morphology codes that do not exist in ICD-O-3 (variants "topography", "morphology"). */
export function unknownIcdo3Codes<TData>(paths: { topography: PathsOf<TData>; morphology: PathsOf<TData> }): ClinicalCheck<TData> {
  return (data) => [
    ...textsAt(data, paths.topography)
      .filter(({ value }) => !isTopography(value))
      .map(({ value, path }) => ({ path, variant: "topography", params: { code: value } })),
    ...textsAt(data, paths.morphology)
      .filter(({ value }) => !isMorphology(value))
      .map(({ value, path }) => ({ path, variant: "morphology", params: { code: value } })),
  ];
}
