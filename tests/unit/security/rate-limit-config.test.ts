/** The limits' configuration and the client address the login limit counts by. */
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "@/lib/security/client-address";
import { countsAsLoginAttempt } from "@/lib/security/login-rate-limit";
import { rateLimitPerMinute } from "@/lib/security/rate-limits";

describe("rate limit configuration", () => {
  it("reads requests per minute from WBCR_RATE_LIMIT_LOGIN and WBCR_RATE_LIMIT_SEARCH, 60 by default, 0 to switch off", () => {
    expect(rateLimitPerMinute("login", {})).toBe(60);
    expect(rateLimitPerMinute("search", {})).toBe(60);
    expect(rateLimitPerMinute("login", { WBCR_RATE_LIMIT_LOGIN: " 300 " })).toBe(300);
    expect(rateLimitPerMinute("search", { WBCR_RATE_LIMIT_SEARCH: "0" })).toBe(0);
    expect(rateLimitPerMinute("search", { WBCR_RATE_LIMIT_LOGIN: "5" })).toBe(60);
  });

  it("refuses a malformed value instead of guessing", () => {
    for (const value of ["-1", "1.5", "ten", "1e3x"]) {
      expect(() => rateLimitPerMinute("login", { WBCR_RATE_LIMIT_LOGIN: value })).toThrow(/WBCR_RATE_LIMIT_LOGIN/);
    }
  });
});

describe("client address", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("is the socket address our server writes, whatever X-Forwarded-For claims, unless the proxy is trusted", () => {
    const request = headers({ [PEER_ADDRESS_HEADER]: "10.1.2.3", "x-forwarded-for": "203.0.113.9" });
    expect(clientAddress(request, {})).toBe("10.1.2.3");
    expect(clientAddress(request, { WBCR_TRUST_PROXY: "0" })).toBe("10.1.2.3");
  });

  it("behind a trusted proxy is the last X-Forwarded-For entry, the one the proxy appended", () => {
    const request = headers({ [PEER_ADDRESS_HEADER]: "10.0.0.1", "x-forwarded-for": "1.1.1.1, 203.0.113.9 , 198.51.100.7" });
    expect(clientAddress(request, { WBCR_TRUST_PROXY: "1" })).toBe("198.51.100.7");
    expect(clientAddress(headers({ [PEER_ADDRESS_HEADER]: "10.0.0.1" }), { WBCR_TRUST_PROXY: "1" })).toBe("10.0.0.1");
  });

  it("falls back to one shared counter when nothing says where the request came from (next dev)", () => {
    expect(clientAddress(headers({}), {})).toBe("unknown");
  });
});

describe("login attempts", () => {
  it("are the start of a login and eHealth's callback, not the csrf token, providers or session reads", () => {
    expect(countsAsLoginAttempt("POST", ["signin", "ehealth"])).toBe(true);
    expect(countsAsLoginAttempt("GET", ["callback", "ehealth"])).toBe(true);
    for (const segments of [["csrf"], ["providers"], ["session"], ["signin"]]) expect(countsAsLoginAttempt("GET", segments)).toBe(false);
  });
});
