/**
 * The demo population behind the IdentifyPerson simulator and the demo seed: the people of the
 * spec's INSZ examples plus a few hundred generated ones with valid numbers (some BIS), Belgian
 * names and addresses in the three regions, some with partial birth dates, some deceased.
 *
 * Generated from a fixed seed and a fixed reference year, never from the clock, so the same
 * INSZ always names the same person: tests, e2e scripts and screenshots can rely on it.
 */

import type { IdentifiedPerson } from "./identify-person";
import type { InszSex } from "./insz";
import { inszCheckDigits } from "./insz-check-digits";
import { belgianNames, foreignNames, streetNames, type NameCommunity, type NameList } from "./demo-names";
import { demoPlaces, regionWeights, type BelgianRegion } from "./demo-places";
import { daysInMonth, formatPartialDate, type PartialDate } from "./partial-date";
import { createSeededRandom, type SeededRandom } from "./seeded-random";

/**
 * The people behind the valid INSZ examples of patient-identification.md, with birth dates and
 * sex exactly as the numbers encode them. They are always part of the population so the spec's
 * numbers "just work" in the demo. 85073006197 is deceased so that path is easy to show.
 */
export const specExamplePeople: readonly IdentifiedPerson[] = [
  {
    insz: "85073003328", lastName: "Peeters", firstName: "Jan", birthDate: "1985-07-30", sex: "M",
    nationality: "BE", deceasedDate: null,
    address: { street: "Kerkstraat 12", postalCode: "2000", town: "Antwerpen", country: "BE" },
  },
  {
    insz: "85073003427", lastName: "Dubois", firstName: "Marie", birthDate: "1985-07-30", sex: "F",
    nationality: "BE", deceasedDate: null,
    address: { street: "Rue de la Station 5", postalCode: "5000", town: "Namur", country: "BE" },
  },
  {
    insz: "17073003384", lastName: "Janssens", firstName: "Lucas", birthDate: "2017-07-30", sex: "M",
    nationality: "BE", deceasedDate: null,
    address: { street: "Veldstraat 48", postalCode: "9000", town: "Gent", country: "BE" },
  },
  {
    insz: "05031512466", lastName: "Lambert", firstName: "Emma", birthDate: "2005-03-15", sex: "F",
    nationality: "BE", deceasedDate: null,
    address: { street: "Rue des Écoles 3", postalCode: "1348", town: "Louvain-la-Neuve", country: "BE" },
  },
  {
    // BIS number issued with month + 20: the register did not know the sex.
    insz: "85273003371", lastName: "Nowak", firstName: "Piotr", birthDate: "1985-07-30", sex: null,
    nationality: "PL", deceasedDate: null,
    address: { street: "Rue Haute 101", postalCode: "1030", town: "Schaerbeek", country: "BE" },
  },
  {
    insz: "85473003416", lastName: "Popescu", firstName: "Ana", birthDate: "1985-07-30", sex: "F",
    nationality: "RO", deceasedDate: null,
    address: { street: "Rue de la Paix 27", postalCode: "1070", town: "Anderlecht", country: "BE" },
  },
  {
    insz: "01490700185", lastName: "de Vries", firstName: "Pieter", birthDate: "2001-09-07", sex: "M",
    nationality: "NL", deceasedDate: null,
    address: { street: "Stationsstraat 9", postalCode: "2300", town: "Turnhout", country: "BE" },
  },
  {
    // Day of birth unknown to the register.
    insz: "69030000114", lastName: "Maes", firstName: "Luc", birthDate: "1969-03", sex: "M",
    nationality: "BE", deceasedDate: null,
    address: { street: "Molenstraat 77", postalCode: "3000", town: "Leuven", country: "BE" },
  },
  {
    // Birth date entirely unknown (number starts 000001), as for some refugees.
    insz: "00000100166", lastName: "Hassan", firstName: "Abdi", birthDate: null, sex: "M",
    nationality: "SO", deceasedDate: null,
    address: { street: "Boulevard Anspach 60", postalCode: "1000", town: "Bruxelles", country: "BE" },
  },
  {
    insz: "85073006197", lastName: "Willems", firstName: "Marc", birthDate: "1985-07-30", sex: "M",
    nationality: "BE", deceasedDate: "2023-05-14",
    address: { street: "Brugstraat 21", postalCode: "8000", town: "Brugge", country: "BE" },
  },
  {
    insz: "10010102297", lastName: "Renard", firstName: "Louise", birthDate: "2010-01-01", sex: "F",
    nationality: "BE", deceasedDate: null,
    address: { street: "Rue du Moulin 14", postalCode: "4000", town: "Liège", country: "BE" },
  },
];

/** Change only on purpose: every generated person (and any test naming one) changes with it. */
export const DEMO_POPULATION_SEED = 20_250_730;
export const DEMO_GENERATED_COUNT = 300;
/**
 * Generated birth years stay before this year and deceased dates within it, so every number is
 * valid for any current year from then on (a 20YY number is only readable once 20YY has come).
 */
const REFERENCE_YEAR = 2025;

const FOREIGN_NATIONALITIES = Object.keys(foreignNames);

function pickRegion(rng: SeededRandom): BelgianRegion {
  let roll = rng.next();
  for (const [region, weight] of Object.entries(regionWeights) as [BelgianRegion, number][]) {
    roll -= weight;
    if (roll < 0) return region;
  }
  return "flanders";
}

function communityOf(region: BelgianRegion, rng: SeededRandom): NameCommunity {
  if (region === "flanders") return "nl";
  if (region === "wallonia") return "fr";
  if (region === "german-speaking") return "de";
  return rng.chance(0.5) ? "nl" : "fr";
}

/** Most cancer patients are older; a few children and young adults keep the demo honest. */
function generateBirthDate(rng: SeededRandom, bis: boolean): PartialDate {
  const year = rng.chance(0.85) ? rng.int(1930, 1975) : rng.int(1976, REFERENCE_YEAR - 7);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(year, month));
  // A few national numbers with an unknown month or day, as the register has them.
  if (!bis && rng.chance(0.02)) return { year };
  if (!bis && rng.chance(0.03)) return { year, month };
  return { year, month, day };
}

function generateDeceasedDate(rng: SeededRandom, birthYear: number): string {
  const year = rng.int(Math.max(birthYear + 1, REFERENCE_YEAR - 10), REFERENCE_YEAR - 1);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(year, month));
  return formatPartialDate({ year, month, day }) as string;
}

/** Sequence numbers: odd for men, even for women; any when the BIS number does not code sex. */
function generateSequence(rng: SeededRandom, sex: InszSex, sexCoded: boolean): number {
  if (!sexCoded) return rng.int(1, 998);
  const half = rng.int(0, 498);
  return sex === "M" ? 2 * half + 1 : 2 * half + 2;
}

function composeInsz(birth: PartialDate, monthOffset: 0 | 20 | 40, sequence: number): string {
  const year = birth.year as number;
  const two = (n: number) => String(n).padStart(2, "0");
  const firstNine =
    two(year % 100) + two((birth.month ?? 0) + monthOffset) + two(birth.day ?? 0) +
    String(sequence).padStart(3, "0");
  return firstNine + inszCheckDigits(firstNine, year >= 2000 ? 2000 : 1900);
}

function generatePerson(rng: SeededRandom, taken: Set<string>): IdentifiedPerson {
  const region = pickRegion(rng);
  const place = rng.pick(demoPlaces.filter((p) => p.region === region));
  const community = communityOf(region, rng);
  // BIS numbers belong to people outside the national register, hence foreign nationals;
  // some foreign residents do have a national number.
  const bis = rng.chance(0.08);
  const nationality = bis || rng.chance(0.08) ? rng.pick(FOREIGN_NATIONALITIES) : "BE";
  const names: NameList = nationality === "BE" ? belgianNames[community] : (foreignNames[nationality] as NameList);
  const sex: InszSex = rng.chance(0.5) ? "M" : "F";
  const monthOffset: 0 | 20 | 40 = bis ? (rng.chance(0.5) ? 20 : 40) : 0;
  const birth = generateBirthDate(rng, bis);

  let insz: string;
  do {
    insz = composeInsz(birth, monthOffset, generateSequence(rng, sex, monthOffset !== 20));
  } while (taken.has(insz));
  taken.add(insz);

  return {
    insz,
    lastName: rng.pick(names.last),
    firstName: rng.pick(sex === "M" ? names.male : names.female),
    birthDate: formatPartialDate(birth),
    // What the register answers must agree with the number: unknown when the BIS did not code it.
    sex: monthOffset === 20 ? null : sex,
    nationality,
    address: {
      street: `${rng.pick(streetNames[community])} ${rng.int(1, 250)}`,
      postalCode: place.postalCode,
      town: place.names[community] ?? (Object.values(place.names)[0] as string),
      country: "BE",
    },
    deceasedDate: rng.chance(0.08) ? generateDeceasedDate(rng, birth.year as number) : null,
  };
}

/**
 * Builds the population: the spec's example people first, then `count` generated people. Pure
 * for a given seed; exported so tests can check the determinism claim.
 */
export function buildDemoPopulation(
  count: number = DEMO_GENERATED_COUNT,
  seed: number = DEMO_POPULATION_SEED,
): IdentifiedPerson[] {
  const rng = createSeededRandom(seed);
  const taken = new Set(specExamplePeople.map((p) => p.insz));
  const generated = Array.from({ length: count }, () => generatePerson(rng, taken));
  return [...specExamplePeople.map((p) => structuredClone(p)), ...generated].map(withInsurer);
}

/** Unions a demo person is insured with, chosen from the number (not the random stream, so the people stay the same). */
const DEMO_INSURERS = ["100", "200", "300", "400", "500", "600"] as const;

function withInsurer(person: IdentifiedPerson): IdentifiedPerson {
  return { ...person, insurerCode: DEMO_INSURERS[Number(person.insz.slice(6, 9)) % DEMO_INSURERS.length]! };
}

/** The demo population, for the simulator and the demo seed. Treat as read-only. */
export const demoPopulation: readonly IdentifiedPerson[] = Object.freeze(buildDemoPopulation());
