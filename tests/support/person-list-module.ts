/**
 * A module for tests of the person lists (never shipped): one person field on the MOC
 * participants list, one on a second list, and the list titles. Tests register it beside the
 * shipped modules by mocking the registry.
 */
import { z } from "zod";
import { input } from "@/lib/modules/declare";
import { optionalValue } from "@/lib/modules/draft-values";
import { buildExportColumns, defaultRepeatCounts, measureRepeats } from "@/lib/modules/export-columns";
import { personValueSchema } from "@/lib/modules/field-types/person";
import { createValidator } from "@/lib/modules/run-rules";
import { t } from "@/lib/modules/translated";
import type { FormDefinition, ModuleDeclaration } from "@/lib/modules/types";

const form: FormDefinition = {
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
};

const ZDraft = z.strictObject({ coordinator: optionalValue(personValueSchema), referrer: optionalValue(personValueSchema) });

export const personListModule: ModuleDeclaration<z.infer<typeof ZDraft>> = {
  id: "person-list-trial",
  name: t("Testmodule met personenlijst", "Module de test avec liste de personnes", "Test module with a person list", "Testmodul mit Personenliste"),
  referencePrefix: "PLT",
  kind: "project",
  allowsFollowUp: false,
  requiredProfiles: ["SPECIALIST", "COORDINATOR", "ADMINISTRATIVE"],
  draftSchema: ZDraft,
  emptyDraft: () => ({}),
  form,
  rules: [],
  validate: createValidator(ZDraft, [], { id: "PLT-E00", version: 1 }, form),
  messages: { "PLT-E00": t("{field}: ongeldige waarde", "{field} : valeur invalide", "{field}: invalid value", "{field}: ungültiger Wert") },
  personLists: { "moc-participants": { title: t("MOC-deelnemers", "Participants à la COM", "MOC participants", "MOK-Teilnehmer") } },
  exportColumns: (counts = defaultRepeatCounts(form)) => buildExportColumns(form, counts),
  measureRepeats: (data, into) => measureRepeats(form, data, into),
  isWarningConfirmed: () => true,
  prepareCorrection: (data) => ZDraft.catch({}).parse(data),
};
