/** The CSRF guard's verdict (proxy.ts): a state-changing request from another site is foreign. */
import { describe, expect, it } from "vitest";
import { judgeOrigin } from "@/lib/security/same-origin";

const ours = { host: "wbcr.example.be" };

describe("judgeOrigin", () => {
  it("lets reading requests pass, whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(judgeOrigin(method, new Headers({ ...ours, origin: "https://evil.example" }))).toBe("same-origin");
  });

  it("accepts our own origin, also as named by a proxy", () => {
    expect(judgeOrigin("POST", new Headers({ ...ours, origin: "https://wbcr.example.be" }))).toBe("same-origin");
    expect(judgeOrigin("POST", new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "wbcr.example.be", origin: "https://wbcr.example.be" }))).toBe("same-origin");
    expect(judgeOrigin("POST", new Headers({ ...ours, referer: "https://wbcr.example.be/registrations/1" }))).toBe("same-origin");
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
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(judgeOrigin(method, new Headers({ ...ours, ...headers })), JSON.stringify(headers)).toBe("foreign");
    }
  });

  it("leaves a request without Origin and Referer (no browser) to the session checks", () => {
    expect(judgeOrigin("POST", new Headers(ours))).toBe("no-browser-origin");
  });
});
