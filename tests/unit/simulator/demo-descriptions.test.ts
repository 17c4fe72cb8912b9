import { describe, expect, it } from "vitest";
import { demoPeople } from "@/lib/demo/people";
import { describeDemoPerson } from "@/simulator/ehealth/demo-descriptions";
import loadDemoIdentities from "@/simulator/ehealth/identities";
import { LANGUAGES } from "@/simulator/ehealth/texts";

const person = (lastName: string) => demoPeople.find((candidate) => candidate.lastName === lastName)!;

describe("demo people on the simulator's identity list", () => {
  it.each([
    ["De Smet", "Coördinator en specialist, AZ Demo Gent", "Coordinateur et spécialiste, AZ Demo Gent", "Coordinator and specialist, AZ Demo Gent", "Koordinator und Facharzt, AZ Demo Gent"],
    ["Claes", "Specialist, AZ Demo Gent en UZ Demo Brussel", "Spécialiste, AZ Demo Gent et UZ Demo Brussel", "Specialist, AZ Demo Gent and UZ Demo Brussel", "Facharzt, AZ Demo Gent und UZ Demo Brussel"],
    ["Martin", "Specialist (neurochirurgie), CHU Démo Liège", "Spécialiste (neurochirurgie), CHU Démo Liège", "Specialist (neurosurgery), CHU Démo Liège", "Facharzt (Neurochirurgie), CHU Démo Liège"],
    [
      "Wouters",
      "Administratief medewerker voor dr. Claes en dr. Peeters, AZ Demo Gent",
      "Collaborateur administratif pour Dr Claes et Dr Peeters, AZ Demo Gent",
      "Administrative staff for Dr Claes and Dr Peeters, AZ Demo Gent",
      "Verwaltungsmitarbeiter für Dr. Claes und Dr. Peeters, AZ Demo Gent",
    ],
  ])("describes %s from the memberships in each language", (lastName, nl, fr, en, de) => {
    const described = Object.fromEntries(LANGUAGES.map((language) => [language, describeDemoPerson(person(lastName), language)]));
    expect(described).toEqual({ nl, fr, en, de });
  });

  it("gives every identity of the demo list a description in every language", async () => {
    for (const identity of await loadDemoIdentities()) {
      for (const language of LANGUAGES) {
        const description = typeof identity.description === "string" ? identity.description : identity.description?.[language];
        expect(description?.trim(), `${identity.family_name} ${language}`).toBeTruthy();
      }
    }
  });
});
