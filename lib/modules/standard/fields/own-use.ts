import { group, input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { FormSection } from "@/lib/modules/types";
import { MAX_COMMENT_LENGTH, MAX_OWN_FIELDS, OWN_FIELD_KINDS } from "../codes";

/** The id of the section the registry never receives (§5.5). */
export const OWN_USE_SECTION_ID = "X";

/**
 * §5.5: fields the hospital adds for its own use, kept and printed, never sent to the registry:
 * `neverSent` keeps them out of the registry's exports; the hospital's exports have them, marked.
 */
export const ownUseSection = {
  id: OWN_USE_SECTION_ID,
  neverSent: true,
  title: t("Gegevens voor eigen gebruik", "Données pour usage propre", "Data for the hospital's own use", "Daten für den eigenen Gebrauch"),
  help: t(
    "Deze gegevens worden bewaard en afgedrukt, maar nooit naar het Kankerregister verzonden.",
    "Ces données sont conservées et imprimées, mais jamais envoyées au Registre du Cancer.",
    "These data are kept and printed, but never sent to the Cancer Registry.",
    "Diese Daten werden gespeichert und gedruckt, aber nie an das Krebsregister gesendet.",
  ),
  fields: [
    input({
      id: "X1",
      key: "ownFieldsWanted",
      type: "checkbox",
      label: t(
        "Ik wens deze registratie aan te vullen met bijkomende gegevens voor eigen gebruik. Deze gegevens worden niet verwerkt door het Kankerregister maar blijven steeds consulteerbaar",
        "Je souhaite compléter cet enregistrement avec des données supplémentaires pour usage propre. Ces données ne sont pas traitées par le Registre du Cancer mais restent toujours consultables",
        "I want to add extra data for our own use to this registration. The Cancer Registry does not process these data, but they can always be consulted",
        "Ich möchte diese Registrierung um zusätzliche Daten für den eigenen Gebrauch ergänzen. Das Krebsregister verarbeitet diese Daten nicht, sie bleiben aber jederzeit einsehbar",
      ),
    }),
    group({
      id: "X2",
      key: "ownFields",
      label: t("Bijkomende gegevens (niet verzonden)", "Données supplémentaires (non envoyées)", "Extra data (not sent)", "Zusätzliche Daten (nicht gesendet)"),
      itemLabel: t("Gegeven {n}", "Donnée {n}", "Item {n}", "Angabe {n}"),
      exportPrefix: "own",
      minItems: 0,
      maxItems: MAX_OWN_FIELDS,
      exportItems: 3,
      visibleWhen: { field: "ownFieldsWanted", equals: true },
      fields: [
        input({ id: "X2N", key: "name", type: "text", maxLength: 80, label: t("Naam van het gegeven", "Nom de la donnée", "Name of the item", "Name der Angabe"), required: true }),
        input({ id: "X2K", key: "kind", type: "select", label: t("Soort", "Type", "Kind", "Art"), options: OWN_FIELD_KINDS.options, required: true }),
        input({ id: "X2T", key: "textValue", type: "text", maxLength: 500, label: t("Tekstwaarde", "Valeur texte", "Text value", "Textwert"), visibleWhen: { field: "kind", equals: "TEXT" } }),
        input({ id: "X2D", key: "dateValue", type: "date", label: t("Datum", "Date", "Date", "Datum"), visibleWhen: { field: "kind", equals: "DATE" } }),
        input({ id: "X2G", key: "numberValue", type: "decimal", label: t("Getal", "Nombre", "Number", "Zahl"), visibleWhen: { field: "kind", equals: "NUMBER" } }),
      ],
    }),
  ],
} satisfies FormSection;

/**
 * The comment field for the user and the registry [M §5.4]. Warnings are confirmed one by one on
 * the summary, and a corrected version's original is the registration's own correctionOf: neither
 * is form data (the former C2 and C3, dropped when found in old drafts).
 */
export const commentsSection = {
  id: "C",
  title: t("Opmerkingen", "Commentaires", "Comments", "Kommentare"),
  fields: [
    input({
      id: "C1",
      key: "comments",
      type: "textarea",
      label: t("Opmerkingen", "Commentaires", "Comments", "Kommentare"),
      help: t(
        "Voor de gebruiker en het Kankerregister, ook voor de reden van een correctie.",
        "Pour l'utilisateur et le Registre du Cancer, aussi pour le motif d'une correction.",
        "For the user and the Cancer Registry, also for the reason of a correction.",
        "Für den Benutzer und das Krebsregister, auch für den Grund einer Korrektur.",
      ),
      maxLength: MAX_COMMENT_LENGTH,
    }),
  ],
} satisfies FormSection;
