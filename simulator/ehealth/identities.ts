/** The people one can sign in as at the simulator, and the default demo list. */
import { demoPeople } from "@/lib/demo/people";
import { demoPersonDescriptions } from "./demo-descriptions";
import { isLanguage, type Language } from "./texts";

export interface Identity {
  /** The person's INSZ (11 digits), as eHealth sends it in `sub`. */
  sub: string;
  given_name: string;
  family_name: string;
  /** Preferred language; the language picked on the login page wins for that login. */
  locale?: Language;
  /** Shown on the identity list to say what the person is for (one text, or one per language). */
  description?: string | Record<Language, string>;
}

/** A valid INSZ that no demo membership uses, so the app's "no access" page can be reached. */
export const UNKNOWN_PERSON: Identity = {
  sub: "85073003427",
  given_name: "Unknown",
  family_name: "Person",
  description: {
    nl: "Geldig INSZ zonder enig lidmaatschap in WBCR: toont de weigeringspagina.",
    fr: "NISS valable sans aucune affiliation à WBCR : affiche la page de refus.",
    en: "Valid INSZ without any WBCR membership: shows the refusal page.",
    de: "Gültige ENSS ohne Mitgliedschaft in WBCR: zeigt die Ablehnungsseite.",
  },
};

const INSZ_PATTERN = /^\d{11}$/;

/** YY.MM.DD-SSS.CC, the way an INSZ is printed on Belgian documents. */
export function formatInsz(insz: string): string {
  if (!INSZ_PATTERN.test(insz)) return insz;
  return `${insz.slice(0, 2)}.${insz.slice(2, 4)}.${insz.slice(4, 6)}-${insz.slice(6, 9)}.${insz.slice(9)}`;
}

export function describeIdentity(identity: Identity, language: Language): string | undefined {
  const { description } = identity;
  return typeof description === "string" ? description : description?.[language];
}

/** Appends the unknown person unless the list already holds that INSZ. */
export function withUnknownPerson(identities: Identity[]): Identity[] {
  if (identities.some((identity) => identity.sub === UNKNOWN_PERSON.sub)) return identities;
  return [...identities, UNKNOWN_PERSON];
}

/** The demo people of the project (lib/demo/people.ts), plus the unknown person. */
export default async function loadDemoIdentities(): Promise<Identity[]> {
  return withUnknownPerson(
    demoPeople.map((person) => ({
      sub: person.insz,
      given_name: person.firstName,
      family_name: person.lastName,
      locale: isLanguage(person.locale) ? person.locale : undefined,
      description: demoPersonDescriptions(person),
    })),
  );
}
