import { describe, expect, it } from "vitest";
import {
  buildDemoPopulation,
  DEMO_GENERATED_COUNT,
  demoPopulation,
  specExamplePeople,
} from "@/lib/patients/demo-population";
import { parseInsz } from "@/lib/patients/insz";
import { formatPartialDate } from "@/lib/patients/partial-date";

const SPEC_VALID_EXAMPLES = ["85073003328", "85073003427", "17073003384", "05031512466", "85273003371",
  "85473003416", "01490700185", "69030000114", "00000100166", "85073006197", "10010102297"];

describe("demo population", () => {
  it("holds a few hundred people with unique INSZ", () => {
    expect(demoPopulation.length).toBe(SPEC_VALID_EXAMPLES.length + DEMO_GENERATED_COUNT);
    expect(new Set(demoPopulation.map((p) => p.insz)).size).toBe(demoPopulation.length);
  });

  it("always includes every valid example number of the spec", () => {
    const numbers = new Set(demoPopulation.map((p) => p.insz));
    for (const insz of SPEC_VALID_EXAMPLES) expect(numbers.has(insz), insz).toBe(true);
    expect(specExamplePeople.map((p) => p.insz).sort()).toEqual([...SPEC_VALID_EXAMPLES].sort());
  });

  it("every INSZ is valid and the person's birth date and sex match what it encodes", () => {
    for (const person of demoPopulation) {
      const parsed = parseInsz(person.insz);
      expect(parsed.ok, person.insz).toBe(true);
      if (!parsed.ok) continue;
      expect(person.birthDate, person.insz).toBe(formatPartialDate(parsed.birthDate));
      if (parsed.sex !== null) expect(person.sex, person.insz).toBe(parsed.sex);
      else expect(person.sex, person.insz).toBeNull();
    }
  });

  it("is identical on every build (seeded)", () => {
    expect(buildDemoPopulation()).toEqual(demoPopulation);
    expect(buildDemoPopulation(20, 1)).toEqual(buildDemoPopulation(20, 1));
    expect(buildDemoPopulation(20, 1)).not.toEqual(buildDemoPopulation(20, 2));
  });

  it("has the variety the demo needs: BIS (+20 and +40), deceased, partial dates, the three regions", () => {
    const parsed = demoPopulation.map((p) => ({ person: p, insz: p.insz, month: Number(p.insz.slice(2, 4)) }));
    expect(parsed.filter((p) => p.month >= 20 && p.month <= 32).length).toBeGreaterThan(3);
    expect(parsed.filter((p) => p.month >= 40 && p.month <= 52).length).toBeGreaterThan(3);
    expect(demoPopulation.filter((p) => p.deceasedDate !== null).length).toBeGreaterThan(5);
    expect(demoPopulation.filter((p) => p.birthDate !== null && p.birthDate.length < 10).length).toBeGreaterThan(2);
    const firstDigit = (p: (typeof demoPopulation)[number]) => p.address.postalCode[0];
    expect(demoPopulation.some((p) => ["2", "3", "8", "9"].includes(firstDigit(p) ?? ""))).toBe(true); // Flanders
    expect(demoPopulation.some((p) => p.address.postalCode.startsWith("10") || p.address.postalCode.startsWith("12"))).toBe(true); // Brussels
    expect(demoPopulation.some((p) => ["4", "5", "6", "7"].includes(firstDigit(p) ?? ""))).toBe(true); // Wallonia
  });

  it("deceased people died after they were born and before the reference year ended", () => {
    for (const p of demoPopulation) {
      if (p.deceasedDate === null) continue;
      if (p.birthDate !== null) expect(p.deceasedDate > p.birthDate, p.insz).toBe(true);
      expect(p.deceasedDate <= "2025-12-31").toBe(true);
    }
  });
});
