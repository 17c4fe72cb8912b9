import { describe, expect, it } from "vitest";
import { CookieJar } from "@/perf/driver/cookie-jar";

const app = new URL("http://127.0.0.1:3500/api/auth/callback/ehealth");
const now = Date.parse("2026-01-01T00:00:00Z");

describe("CookieJar", () => {
  it("sends a cookie back to its host on any port, only under its path", () => {
    const jar = new CookieJar();
    jar.store(app, ["session=abc; Path=/; HttpOnly", "_interaction=x; Path=/interaction/uid1"], now);
    expect(jar.header(new URL("http://127.0.0.1:3501/"), now)).toBe("session=abc");
    expect(jar.header(new URL("http://127.0.0.1:3500/interaction/uid1/login"), now)).toBe("_interaction=x; session=abc");
    expect(jar.header(new URL("http://127.0.0.1:3500/interaction/uid10"), now)).toBe("session=abc");
    expect(jar.header(new URL("http://localhost:3500/"), now)).toBe("");
  });

  it("defaults the path to the request's directory", () => {
    const jar = new CookieJar();
    jar.store(app, ["state=1"], now);
    expect(jar.get(new URL("http://127.0.0.1:3500/api/auth/callback/other"), "state", now)).toBe("1");
    expect(jar.get(new URL("http://127.0.0.1:3500/api/auth/signin"), "state", now)).toBeUndefined();
  });

  it("replaces a cookie of the same name and path, and forgets expired or deleted ones", () => {
    const jar = new CookieJar();
    jar.store(app, ["a=1; Path=/", "b=2; Path=/; Max-Age=10"], now);
    jar.store(app, ["a=2; Path=/"], now);
    expect(jar.header(app, now)).toBe("a=2; b=2");
    expect(jar.header(app, now + 11_000)).toBe("a=2");
    jar.store(app, ["a=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT"], now);
    expect(jar.get(app, "a", now)).toBeUndefined();
  });

  it("lets Max-Age win over Expires", () => {
    const jar = new CookieJar();
    jar.store(app, ["a=1; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60"], now);
    expect(jar.get(app, "a", now + 30_000)).toBe("1");
  });
});
