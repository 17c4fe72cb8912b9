import { checkTopographyMorphology, isMorphology, isTopography } from "@/lib/icdo3";
import { getAtPath } from "@/lib/modules/paths";
import type { ClinicalCheck, ClinicalFinding } from "./types";

/** A topography field and the morphology field of the same tumour (paths); findings go to the morphology. */
export interface CodePair {
  topography: string;
  morphology: string;
}

/**
 * Combinations the IARC tables call unlikely (params topography, morphology, family). Pairs
 * with a missing or invalid code are left to the other checks.
 */
export function unlikelyTopographyMorphology<TData>(pairs: readonly CodePair[] | ((data: TData) => readonly CodePair[])): ClinicalCheck<TData> {
  return (data) => {
    const findings: ClinicalFinding[] = [];
    for (const pair of typeof pairs === "function" ? pairs(data) : pairs) {
      const topography = getAtPath(data, pair.topography);
      const morphology = getAtPath(data, pair.morphology);
      if (typeof topography !== "string" || typeof morphology !== "string") continue;
      if (!isTopography(topography) || !isMorphology(morphology)) continue;
      const check = checkTopographyMorphology(topography, morphology);
      if (!check.likely) findings.push({ path: pair.morphology, params: { topography, morphology, family: check.family } });
    }
    return findings;
  };
}
