import { group, input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { Condition, FieldOption, FormSection } from "@/lib/modules/types";
import type { Translated } from "@/lib/validation/types";
import { MAX_MOC_PARTICIPANTS } from "../codes";
import { physicianHelp } from "./shared";

/**
 * Vervolg 2 (and III of the follow-up): the reason for the MOC and, once a reason is ticked, its
 * participants [M §5.3]. Every physician is a person field on the hospital's list "moc-participants":
 * chosen with autocomplete, or typed once (name, first name, RIZIV/INAMI number with its check
 * digits verified by the person type) and added to the list.
 */

const discussed: Condition = { field: "/mocReasons", filled: true };

/** The hospital's list every MOC physician is chosen from (or typed once and added to). */
export const MOC_PARTICIPANTS_LIST = "moc-participants";

function physician<const K extends string>(id: string, key: K, label: Translated, required: boolean) {
  return input({ id, key, type: "person", list: MOC_PARTICIPANTS_LIST, label, help: physicianHelp, required });
}

export function mocReasonSection<const O extends readonly FieldOption[]>(id: string, reasons: O) {
  return {
    id,
    title: t("Reden MOC", "Motif de la COM", "Reason for the MOC", "Grund der MOK"),
    help: t(
      "Niets aangekruist: niet besproken op een MOC (geen deelnemers).",
      "Rien de coché : pas discuté en COM (pas de participants).",
      "Nothing ticked: not discussed at a MOC (no participants).",
      "Nichts angekreuzt: nicht in einer MOK besprochen (keine Teilnehmer).",
    ),
    fields: [
      input({ id: `${id}1`, key: "mocReasons", type: "multiselect", label: t("Reden MOC", "Motif de la COM", "Reason for the MOC", "Grund der MOK"), options: reasons }),
      input({
        id: `${id}1A`,
        key: "mocOtherReason",
        type: "text",
        maxLength: 500,
        label: t("Andere reden", "Autre motif", "Other reason", "Anderer Grund"),
        visibleWhen: { field: "mocReasons", includes: "OTHER" },
        required: true,
      }),
    ],
  } satisfies FormSection;
}

export function mocParticipantsSection(id: string) {
  return {
    id,
    title: t("Deelnemers MOC", "Participants à la COM", "MOC participants", "Teilnehmer der MOK"),
    visibleWhen: discussed,
    fields: [
      physician(`${id}2`, "coordinatingPhysician", t("Arts-coördinator (stempel)", "Médecin coordinateur (cachet)", "Coordinating physician (stamp)", "Koordinierender Arzt (Stempel)"), true),
      input({ id: `${id}2I`, key: "coordinatingPhysicianInstitution", type: "text", maxLength: 200, label: t("Arts-coördinator: instelling", "Médecin coordinateur : institution", "Coordinating physician: institution", "Koordinierender Arzt: Einrichtung") }),
      input({ id: `${id}2D`, key: "coordinatingPhysicianDate", type: "date", label: t("Arts-coördinator: datum", "Médecin coordinateur : date", "Coordinating physician: date", "Koordinierender Arzt: Datum") }),
      physician(`${id}3`, "requester", t("Aanvrager MOC", "Demandeur de la COM", "MOC requester", "Antragsteller der MOK"), true),
      physician(`${id}4`, "coordinator", t("Coördinator MOC", "Coordinateur de la COM", "MOC coordinator", "Koordinator der MOK"), true),
      group({
        id: `${id}5`,
        key: "mocParticipants",
        label: t("Deelnemers MOC", "Participants à la COM", "MOC participants", "Teilnehmer der MOK"),
        itemLabel: t("Deelnemer {n}", "Participant {n}", "Participant {n}", "Teilnehmer {n}"),
        exportPrefix: "participant",
        minItems: 1,
        maxItems: MAX_MOC_PARTICIPANTS,
        exportItems: MAX_MOC_PARTICIPANTS,
        fields: [physician(`${id}5P`, "physician", t("Arts", "Médecin", "Physician", "Arzt"), true)],
      }),
      physician(`${id}5X`, "extramural", t("Deelnemer extra muros", "Participant extra-muros", "Extramural participant", "Externer Teilnehmer"), false),
      input({ id: `${id}6I`, key: "mocInstitution", type: "text", maxLength: 200, label: t("Instelling", "Institution", "Institution", "Einrichtung") }),
      input({ id: `${id}6D`, key: "mocDate", type: "date", label: t("Datum MOC", "Date de la COM", "MOC date", "Datum der MOK"), required: true }),
    ],
  } satisfies FormSection;
}
