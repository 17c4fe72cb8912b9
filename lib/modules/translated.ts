import type { Translated } from "@/lib/validation/types";

/**
 * Shorthand for declarations: text in Dutch, French, English and German, in that order.
 * German falls back to English while a new text waits for its translation (a unit test lists
 * the module texts without one).
 */
export function t(nl: string, fr: string, en: string, de: string = en): Translated {
  return { nl, fr, en, de };
}
