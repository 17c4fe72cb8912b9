import type { ModuleRule } from "@/lib/modules/types";
import type { Severity } from "@/lib/validation/types";
import type { ClinicalCheck } from "./types";

/** A module rule running a clinical check: a finding's variant becomes the message key "<id>.<variant>". */
export function clinicalRule<TData>(
  id: string,
  severity: Severity,
  description: string,
  check: ClinicalCheck<TData>,
  version = 1,
): ModuleRule<TData> {
  return {
    id,
    version,
    severity,
    description,
    check: (data, context) =>
      check(data, context).map(({ variant, ...finding }) => (variant === undefined ? finding : { ...finding, messageKey: `${id}.${variant}` })),
  };
}
