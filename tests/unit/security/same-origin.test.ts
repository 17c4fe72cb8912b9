/**
 * The CSRF guard's verdict (proxy.ts): a state-changing request is ours only when its Origin
 * (or, without one, its Referer) is the configured public origin — scheme, host and port —
 * never because of what Host or X-Forwarded-Host claim, unless a trusted proxy says so.
 */
import { describe, expect, it } from "vitest";
import { judgeOrigin } from "@/lib/security/same-origin";

const env = { NEXTAUTH_URL: "https://wbcr.example.be" };
const behindProxy = { ...env, WBCR_TRUST_PROXY: "1" };
const ours = { host: "wbcr.example.be" };

describe("judgeOrigin", () => {
  it("lets reading requests pass, whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(judgeOrigin(method, new Headers({ ...ours, origin: "https://evil.example" }), env)).toBe("same-origin");
  });

  it("accepts the configured public origin, as Origin or as Referer", () => {
    expect(judgeOrigin("POST", new Headers({ ...ours, origin: "https://wbcr.example.be" }), env)).toBe("same-origin");
    expect(judgeOrigin("POST", new Headers({ host: "10.0.0.5:3000", origin: "https://wbcr.example.be" }), env)).toBe("same-origin");
    expect(judgeOrigin("POST", new Headers({ ...ours, referer: "https://wbcr.example.be/registrations/1" }), env)).toBe("same-origin");
  });

  it("refuses another origin, a null origin, and, without Origin, a foreign or malformed Referer", () => {
    for (const headers of <Record<string, string>[]>[
      { origin: "https://evil.example" },
      { origin: "https://wbcr.example.be.evil.example" },
      { origin: "null" },
      { referer: "https://evil.example/page" },
      { referer: "not a url" },
      { origin: "https://evil.example", referer: "https://wbcr.example.be/" },
    ]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(judgeOrigin(method, new Headers({ ...ours, ...headers }), env), JSON.stringify(headers)).toBe("foreign");
    }
  });

  it("compares scheme and port too: http:// or another port is another origin", () => {
    expect(judgeOrigin("POST", new Headers({ ...ours, origin: "http://wbcr.example.be" }), env)).toBe("foreign");
    expect(judgeOrigin("POST", new Headers({ ...ours, origin: "https://wbcr.example.be:8443" }), env)).toBe("foreign");
    expect(judgeOrigin("POST", new Headers({ ...ours, referer: "http://wbcr.example.be/registrations/1" }), env)).toBe("foreign");
  });

  it("ignores X-Forwarded-Host and Host unless the proxy is trusted", () => {
    const forged = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", origin: "https://evil.example" };
    expect(judgeOrigin("POST", new Headers(forged), env)).toBe("foreign");
    expect(judgeOrigin("POST", new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "wbcr-internal.example.be", "x-forwarded-proto": "https", origin: "https://wbcr-internal.example.be" }), behindProxy)).toBe("same-origin");
    expect(judgeOrigin("POST", new Headers({ "x-forwarded-host": "wbcr-internal.example.be", "x-forwarded-proto": "https", origin: "http://wbcr-internal.example.be" }), behindProxy)).toBe("foreign");
  });

  it("leaves a request without Origin and Referer (no browser) to the session checks", () => {
    expect(judgeOrigin("POST", new Headers(ours), env)).toBe("no-browser-origin");
  });
});
