/**
 * Finding 1 (open redirect): one function decides every return target. Each refused value
 * below is one a browser follows to another site, or one that breaks the Location header.
 */
import { describe, expect, it } from "vitest";
import { safeReturnTo } from "@/lib/security/return-target";

const origin = "https://wbcr.example.be";

describe("safeReturnTo", () => {
  it("keeps paths of this application, with their query and fragment", () => {
    for (const path of ["/", "/registrations/0b4b6e4e-4d6b-4a43-8f5e-2d8a8d1f6c11/summary", "/modules/srt/registrations?tab=sent&page=2", "/audit#filters", "/a%20b", "/caf%C3%A9"]) {
      expect(safeReturnTo(path, origin), path).toBe(path);
    }
  });

  it("refuses every form of another origin and every control character", () => {
    for (const value of [
      "//evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "\\\\evil.example",
      "/%5Cevil.example",
      "/%5cevil.example",
      "/\t/evil.example",
      "/%09/evil.example",
      "/\n/evil.example",
      "/%0A/evil.example",
      "/%0D%0ASet-Cookie:x=1",
      "/ok\r\nLocation: https://evil.example",
      "/%00",
      "/%7F",
      "https://evil.example/",
      "http://wbcr.example.be/",
      "https://wbcr.example.be/registrations",
      "javascript:alert(1)",
      "evil.example",
      "",
      `/${"a".repeat(600)}`,
      42,
      null,
      undefined,
    ]) {
      expect(safeReturnTo(value, origin), JSON.stringify(value)).toBeUndefined();
    }
  });

  it("holds without an origin too (the login steps know only the path)", () => {
    expect(safeReturnTo("/\\evil.example")).toBeUndefined();
    expect(safeReturnTo("/%09/evil.example")).toBeUndefined();
    expect(safeReturnTo("/registrations")).toBe("/registrations");
  });
});
