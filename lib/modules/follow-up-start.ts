import type { RegistrationFormDeclaration } from "./types";

/** What a follow-up form takes from the original's form data (`prefill`), its defined values only. */
export function prefilledFrom<TDraft>(form: RegistrationFormDeclaration<TDraft>, originalFormData: unknown): Partial<TDraft> {
  const taken = Object.entries((form.prefill?.(originalFormData) ?? {}) as Record<string, unknown>).filter(([, value]) => value !== undefined);
  return Object.fromEntries(taken) as Partial<TDraft>;
}

/**
 * The first content of a new follow-up: the follow-up form's empty draft with what the form takes
 * from the sent original (`prefill`, e.g. site, histology and incidence date). The prefilled content
 * must have the form's shape; when it does not (an original saved under an older form), the
 * follow-up starts empty rather than with content the form cannot show.
 */
export function followUpStart<TDraft>(form: RegistrationFormDeclaration<TDraft>, originalFormData: unknown): TDraft {
  const empty = form.emptyDraft();
  const taken = prefilledFrom(form, originalFormData);
  if (Object.keys(taken).length === 0) return empty;
  const start = { ...(empty as object), ...taken };
  return form.parseDraft(start).success ? (start as TDraft) : empty;
}
