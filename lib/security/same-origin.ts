/**
 * Cross-site request forgery, defence in depth: the session cookie is SameSite=Lax (a foreign
 * site's POST does not carry it) and Next.js refuses a server action whose Origin is not ours.
 * This check (run by proxy.ts before any action or route handler) adds what Next lets through:
 * a state-changing request without Origin but with a foreign Referer, an Origin of "null"
 * (sandboxed frames, privacy redirects), and route handlers, which Next does not check at all.
 *
 * A request with neither Origin nor Referer is no browser's cross-site request (browsers send
 * Origin on every POST), so it is left to the session checks like any other HTTP client.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginVerdict = "same-origin" | "no-browser-origin" | "foreign";

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Whether a request may change state: compared by host, as Next.js compares server actions. */
export function judgeOrigin(method: string, headers: Headers): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return "same-origin";
  const origin = headers.get("origin");
  const referer = headers.get("referer");
  const source = origin ?? referer;
  if (source === null) return "no-browser-origin";
  // Next fills x-forwarded-host from Host when no proxy set it; both name this application.
  const ours = [headers.get("x-forwarded-host"), headers.get("host")].filter((host): host is string => !!host);
  const theirs = hostOf(source);
  return theirs !== null && ours.includes(theirs) ? "same-origin" : "foreign";
}
