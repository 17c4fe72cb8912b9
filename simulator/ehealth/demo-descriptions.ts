/**
 * What each demo person is for, as the identity list shows it ("Specialist, AZ Demo Gent and UZ
 * Demo Brussel"), written from the person's memberships in the page's language, so the list
 * follows the language WBCR passed (ui_locales) like the rest of the simulator.
 */
import { demoOrganisations, demoPeople, type DemoMembership, type DemoPerson } from "@/lib/demo/people";
import { LANGUAGES, TEXTS, type Language, type Texts } from "./texts";

/** The specialty everyone in the demo has unless told otherwise: not worth naming. */
const USUAL_SPECIALTY = "RADIOTHERAPY";

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function organisationName(key: string): string {
  return demoOrganisations.find((organisation) => organisation.key === key)?.name ?? key;
}

function physicianName(insz: string, words: Texts["people"]): string {
  const physician = demoPeople.find((person) => person.insz === insz);
  return words.doctor.replace("{name}", physician?.lastName ?? insz);
}

/** "specialist (neurosurgery)", "administrative staff for Dr Claes and Dr Peeters". */
function role(membership: DemoMembership, words: Texts["people"]): string {
  let text = words.functions[membership.function];
  const specialty = membership.specialty && membership.specialty !== USUAL_SPECIALTY ? words.specialties[membership.specialty] : undefined;
  if (specialty) text += ` (${specialty})`;
  if (membership.worksFor?.length) {
    const physicians = joinList(membership.worksFor.map((insz) => physicianName(insz, words)), words.and);
    text += ` ${words.registersFor.replace("{physicians}", physicians)}`;
  }
  return text;
}

export function describeDemoPerson(person: DemoPerson, language: Language): string {
  const words = TEXTS[language].people;
  // Roles in order of appearance, each with the organisations where the person has it.
  const organisationsByRole = new Map<string, string[]>();
  for (const membership of person.memberships) {
    const text = role(membership, words);
    const organisations = organisationsByRole.get(text) ?? [];
    if (!organisations.includes(membership.organisation)) organisations.push(membership.organisation);
    organisationsByRole.set(text, organisations);
  }
  const places = (keys: readonly string[]) => joinList(keys.map(organisationName), words.and);
  const groups = [...organisationsByRole.entries()];
  const samePlaces = groups.every(([, keys]) => places(keys) === places(groups[0]?.[1] ?? []));
  const text = samePlaces
    ? `${joinList(groups.map(([roleText]) => roleText), words.and)}, ${places(groups[0]?.[1] ?? [])}`
    : groups.map(([roleText, keys]) => `${roleText}, ${places(keys)}`).join("; ");
  return capitalise(text);
}

/** The description in every language, as an Identity holds it. */
export function demoPersonDescriptions(person: DemoPerson): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, describeDemoPerson(person, language)])) as Record<Language, string>;
}
