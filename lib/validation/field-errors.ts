import type { z } from "zod";

/** Field name → catalogue keys ("errors.…"); issues without a field go under "_form". */
export type FieldErrors = Record<string, string[]>;

const knownKey = /^errors\.[A-Za-z]+$/;

/**
 * The messages of a failed parse, by field. A message that is not one of ours (zod's default
 * text for an unforeseen case) becomes the generic key, so the UI never shows untranslated text.
 */
export function translatedFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : "_form";
    const message = knownKey.test(issue.message) ? issue.message : "errors.invalidValue";
    const list = (out[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
