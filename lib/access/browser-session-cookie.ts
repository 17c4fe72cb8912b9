/**
 * The session cookie lives only as long as the browser session: no Expires, no Max-Age.
 *
 * next-auth 4 writes the cookie with `expires` = now + session.maxAge on sign-in and again on
 * every GET /api/auth/session, and lets no cookie option override it (its own `expires` is
 * spread last). So the route hands its response through this function, which drops both
 * attributes from the session cookie it sets; a deletion (Max-Age=0) is kept as it is. How
 * long a session may last is decided on the server (lib/access/session-context.ts: inactivity
 * and absolute lifetime), never by the cookie.
 */
const LIFETIME_ATTRIBUTE = /^\s*(expires|max-age)\s*=/i;

export function withoutCookieLifetime(setCookie: string): string {
  const [pair, ...attributes] = setCookie.split(";");
  return [pair, ...attributes.filter((attribute) => !LIFETIME_ATTRIBUTE.test(attribute))].join(";");
}

function isDeletion(setCookie: string): boolean {
  return /;\s*max-age\s*=\s*0\s*(;|$)/i.test(setCookie) || /^[^=]+=\s*(;|$)/.test(setCookie);
}

/** `response` with the session cookie (and its chunks, "<name>.0", …) turned into browser-session cookies. */
export function asBrowserSessionCookie(response: Response, cookieName: string): Response {
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((cookie) => cookie.startsWith(cookieName))) return response;
  const headers = new Headers(response.headers);
  headers.delete("Set-Cookie");
  for (const cookie of cookies) {
    headers.append("Set-Cookie", cookie.startsWith(cookieName) && !isDeletion(cookie) ? withoutCookieLifetime(cookie) : cookie);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
