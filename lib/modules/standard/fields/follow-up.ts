import { group, input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { Condition, FormDefinition, FormSection } from "@/lib/modules/types";
import * as codes from "../codes";
import { mocParticipantsSection, mocReasonSection } from "./moc";
import { commentsSection } from "./own-use";
import { icdo3Help } from "./shared";

/** Vervolg 3: the follow-up of a sent standard registration (the §5.5 own-use fields belong to the new diagnosis only [M §5.5]). */

const diseaseFree: Condition = { field: "diseaseFreeInterval", equals: "YES" };

const situationSection = {
  id: "F",
  title: t("Follow-up", "Suivi", "Follow-up", "Nachsorge"),
  help: t(
    "Lokalisatie, histologie en incidentiedatum komen uit de oorspronkelijke registratie; pas ze aan indien nodig.",
    "La localisation, l'histologie et la date d'incidence proviennent de l'enregistrement d'origine ; adaptez-les si nécessaire.",
    "Site, histology and incidence date come from the original registration; change them if needed.",
    "Lokalisation, Histologie und Inzidenzdatum stammen aus der ursprünglichen Registrierung; bei Bedarf anpassen.",
  ),
  fields: [
    input({ id: "F1", key: "topography", type: "topography", label: t("Primaire tumorlokalisatie", "Localisation de la tumeur primitive", "Primary tumour site", "Lokalisation des Primärtumors"), help: icdo3Help, placeholder: "C50.4", required: true }),
    input({ id: "F2", key: "morphology", type: "morphology", label: t("Histologie van de primaire tumor", "Histologie de la tumeur primitive", "Histology of the primary tumour", "Histologie des Primärtumors"), help: icdo3Help, placeholder: "8500/3", required: true }),
    input({
      id: "F3",
      key: "incidenceDate",
      type: "partialDate",
      label: t("Incidentiedatum", "Date d'incidence", "Incidence date", "Inzidenzdatum"),
      help: t(
        "Het jaar is voldoende indien de datum niet te traceren is.",
        "L'année suffit si la date ne peut être retrouvée.",
        "The year alone is enough if the date cannot be traced.",
        "Das Jahr genügt, wenn das Datum nicht zu ermitteln ist.",
      ),
      placeholder: "yyyy / yyyy-mm-dd",
      required: true,
    }),
    input({ id: "F3B", key: "incidenceDateBasis", type: "code", label: t("Basis van de incidentiedatum", "Base de la date d'incidence", "Basis of the incidence date", "Grundlage des Inzidenzdatums"), options: codes.DATE_BASIS.options }),
    input({ id: "F4", key: "diseaseFreeInterval", type: "select", label: t("Ziektevrij interval?", "Intervalle libre de maladie ?", "Disease-free interval?", "Krankheitsfreies Intervall?"), options: codes.YES_NO.options, required: true }),
    input({ id: "F5", key: "recurrenceDate", type: "date", label: t("Datum eerste recidief (indien ziektevrij interval)", "Date de la première récidive (si intervalle libre)", "Date of first recurrence (if disease-free interval)", "Datum des ersten Rezidivs (bei krankheitsfreiem Intervall)"), required: diseaseFree }),
    input({ id: "F5B", key: "recurrenceDateBasis", type: "code", label: t("Basis van de datum van het recidief", "Base de la date de la récidive", "Basis of the recurrence date", "Grundlage des Rezidivdatums"), options: codes.DATE_BASIS.options }),
    input({ id: "F6", key: "recurrenceTypes", type: "multiselect", label: t("Soort recidief", "Type de récidive", "Type of recurrence", "Art des Rezidivs"), options: codes.RECURRENCE_TYPES.options, required: diseaseFree }),
    group({
      id: "F7",
      key: "treatmentPlan",
      label: t(
        "Behandelingsplan in het kader van het huidige probleem (intentie tot)",
        "Plan de traitement dans le cadre du problème actuel (intention de)",
        "Treatment plan for the current problem (intended)",
        "Behandlungsplan für das aktuelle Problem (beabsichtigt)",
      ),
      itemLabel: t("Behandeling {n}", "Traitement {n}", "Treatment {n}", "Behandlung {n}"),
      exportPrefix: "plan",
      minItems: 1,
      maxItems: codes.MAX_TREATMENTS,
      exportItems: 5,
      fields: [
        input({ id: "F7C", key: "code", type: "code", label: t("Behandelingscode", "Code de traitement", "Treatment code", "Behandlungscode"), options: codes.FOLLOW_UP_TREATMENT_CODES.options, required: true }),
        input({ id: "F7T", key: "comment", type: "text", maxLength: 500, label: t("Andere vorm van behandeling (invullen)", "Autre forme de traitement (à préciser)", "Other form of treatment (specify)", "Andere Behandlungsform (angeben)"), visibleWhen: { field: "code", equals: "80" }, required: true }),
      ],
    }),
  ],
} satisfies FormSection;

export const followUpFormDeclaration = {
  sections: [situationSection, mocReasonSection("FM", codes.FOLLOW_UP_MOC_REASONS.options), mocParticipantsSection("FP"), commentsSection],
} satisfies FormDefinition;
