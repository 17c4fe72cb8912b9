/**
 * The one decision on where the application may send a user after a step (login, terms,
 * organisation, physician, next-auth's callback): only a path of this application's own origin.
 *
 * A browser reads "/\evil.example" as "//evil.example" and drops tabs and newlines from URLs
 * ("/<TAB>/evil.example" becomes "//evil.example"), so a prefix test is not enough: the value
 * must parse, against our origin, to our origin, and may hold no backslash or control character
 * (which would also break the Location header). Anything else is refused, never repaired.
 */
const PLACEHOLDER_ORIGIN = "http://return-target.invalid";
const MAX_LENGTH = 500;

// Control characters and backslashes, also percent-encoded (%5C, %09, %0A, %0D, …): a later
// decoding step (ours or a proxy's) must not turn an accepted value into a refused one.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\]|%(?:5c|[01][0-9a-f]|7f)/i;

/** The same-origin path `value` names (path, query and fragment), or undefined when it names anything else. */
export function safeReturnTo(value: unknown, origin: string = PLACEHOLDER_ORIGIN): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length >= MAX_LENGTH) return undefined;
  if (!value.startsWith("/") || FORBIDDEN.test(value)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value, origin);
  } catch {
    return undefined;
  }
  if (parsed.origin !== new URL(origin).origin) return undefined;
  // Re-serialised from the parse, so what is redirected to is exactly what was judged.
  const target = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  return target.startsWith("//") ? undefined : target;
}
