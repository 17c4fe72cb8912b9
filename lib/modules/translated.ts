import type { Translated } from "@/lib/validation/types";

/** Shorthand for declarations: text in Dutch, French and English, in that order. */
export function t(nl: string, fr: string, en: string): Translated {
  return { nl, fr, en };
}
