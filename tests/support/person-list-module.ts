/**
 * A module for tests of the person lists (never shipped): one person field on the MOC
 * participants list, one on a second list, and the list titles. Tests register it beside the
 * shipped modules by mocking the registry.
 */
import { input } from "@/lib/modules/declare";
import { defineModule } from "@/lib/modules/define-module";
import { t } from "@/lib/modules/translated";
import type { FormDefinition } from "@/lib/modules/types";

const form = {
  sections: [
    {
      id: "M",
      title: t("MOC", "COM", "MDT meeting", "MOK"),
      fields: [
        input({ id: "M2", key: "coordinator", type: "person", list: "moc-participants", label: t("Arts-coördinator", "Médecin coordinateur", "Coordinating physician", "Koordinierender Arzt") }),
        input({ id: "M9", key: "referrer", type: "person", list: "referrers", label: t("Verwijzer", "Médecin référent", "Referring physician", "Überweisender Arzt") }),
      ],
    },
  ],
} satisfies FormDefinition;

export const personListModule = defineModule({
  id: "person-list-trial",
  name: t("Testmodule met personenlijst", "Module de test avec liste de personnes", "Test module with a person list", "Testmodul mit Personenliste"),
  referencePrefix: "PLT",
  kind: "project",
  requiredProfiles: ["SPECIALIST", "COORDINATOR", "ADMINISTRATIVE"],
  form,
  rules: [],
  formatRule: { id: "PLT-E00", version: 1 },
  unknownKeys: "refuse",
  messages: { "PLT-E00": t("{field}: ongeldige waarde", "{field} : valeur invalide", "{field}: invalid value", "{field}: ungültiger Wert") },
  personLists: { "moc-participants": { title: t("MOC-deelnemers", "Participants à la COM", "MOC participants", "MOK-Teilnehmer") } },
});
