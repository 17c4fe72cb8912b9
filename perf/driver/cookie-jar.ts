/**
 * The little a headless browser needs of cookies: stored per host (browsers ignore the port, so
 * the app and the eHealth simulator on one host share cookies as they would in Chromium), matched
 * by path, dropped when expired. Secure, SameSite and HttpOnly are ignored: everything is local.
 */
export interface StoredCookie {
  name: string;
  value: string;
  host: string;
  path: string;
  /** Epoch milliseconds; undefined for a session cookie. */
  expiresAt?: number;
}

export class CookieJar {
  private cookies: StoredCookie[] = [];

  /** Stores the Set-Cookie headers of a response to `url`. */
  store(url: URL, setCookieHeaders: readonly string[], now = Date.now()): void {
    for (const header of setCookieHeaders) {
      const cookie = parseSetCookie(url, header, now);
      if (!cookie) continue;
      const live = cookie.expiresAt === undefined || cookie.expiresAt > now;
      const at = this.cookies.findIndex((c) => c.name === cookie.name && c.host === cookie.host && c.path === cookie.path);
      // A replaced cookie keeps its place (browsers keep its creation time, which orders the header).
      if (at >= 0) this.cookies.splice(at, 1, ...(live ? [cookie] : []));
      else if (live) this.cookies.push(cookie);
    }
  }

  /** The Cookie header for a request to `url` ("" when none). Longer paths first, as browsers do. */
  header(url: URL, now = Date.now()): string {
    return this.matching(url, now)
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  }

  get(url: URL, name: string, now = Date.now()): string | undefined {
    return this.matching(url, now).find((c) => c.name === name)?.value;
  }

  set(url: URL, name: string, value: string): void {
    this.store(url, [`${name}=${value}; Path=/`]);
  }

  clear(): void {
    this.cookies = [];
  }

  private matching(url: URL, now: number): StoredCookie[] {
    return this.cookies.filter(
      (c) => c.host === url.hostname && pathMatches(url.pathname, c.path) && (c.expiresAt === undefined || c.expiresAt > now),
    );
  }
}

export function parseSetCookie(url: URL, header: string, now = Date.now()): StoredCookie | null {
  const [pair = "", ...attributes] = header.split(";");
  const equals = pair.indexOf("=");
  if (equals <= 0) return null;
  const cookie: StoredCookie = { name: pair.slice(0, equals).trim(), value: pair.slice(equals + 1).trim(), host: url.hostname, path: defaultPath(url.pathname) };
  let maxAge: number | undefined;
  for (const attribute of attributes) {
    const [rawKey = "", ...rest] = attribute.split("=");
    const key = rawKey.trim().toLowerCase();
    const value = rest.join("=").trim();
    if (key === "path" && value.startsWith("/")) cookie.path = value;
    if (key === "expires" && !Number.isNaN(Date.parse(value))) cookie.expiresAt = Date.parse(value);
    if (key === "max-age" && /^-?\d+$/.test(value)) maxAge = Number(value);
  }
  // Max-Age wins over Expires (RFC 6265 §5.3 step 3).
  if (maxAge !== undefined) cookie.expiresAt = now + maxAge * 1000;
  return cookie;
}

/** RFC 6265 §5.1.4: the request path up to its last "/", or "/". */
function defaultPath(pathname: string): string {
  const lastSlash = pathname.lastIndexOf("/");
  return lastSlash <= 0 ? "/" : pathname.slice(0, lastSlash);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}
