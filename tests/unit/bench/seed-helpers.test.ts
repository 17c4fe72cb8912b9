import { describe, expect, it } from "vitest";
import { scriptPaths } from "@/bench/measures/form-page-js";
import { poolSizeFor } from "@/bench/seed/patient-pool";
import { syntheticInsz } from "@/bench/seed/synthetic-insz";
import { parseInsz } from "@/lib/patients/insz";

describe("benchmark seeding helpers", () => {
  it("makes distinct, valid INSZ whose birth date and sex the number encodes", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i += 1) {
      const person = syntheticInsz(i);
      const parsed = parseInsz(person.insz);
      if (!parsed.ok) throw new Error(`${person.insz}: ${parsed.reason}`);
      expect(parsed.sex).toBe(person.sex);
      seen.add(person.insz);
    }
    expect(seen.size).toBe(5000);
  });

  it("sizes the patient pool to a few registrations per patient, within bounds", () => {
    expect(poolSizeFor(100_000)).toBe(25_000);
    expect(poolSizeFor(1_000_000)).toBe(50_000);
    expect(poolSizeFor(100)).toBe(1_000);
  });

  it("finds every script of a page once, in tags and in the RSC payload", () => {
    const html = `<script src="/_next/static/chunks/a1.js" async></script><script src="/_next/static/chunks/a1.js"></script>
      <script>self.__next_f.push([1,"2:I[123,[\\"/_next/static/chunks/b2.js\\",\\"/_next/static/chunks/c~3.js\\"],\\"Form\\"]"])</script>
      <link rel="stylesheet" href="/_next/static/chunks/s.css">`;
    expect(scriptPaths(html)).toEqual(["/_next/static/chunks/a1.js", "/_next/static/chunks/b2.js", "/_next/static/chunks/c~3.js"]);
  });
});
