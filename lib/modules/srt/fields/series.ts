import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { FormSection } from "@/lib/modules/types";
import * as options from "./options";

/** Section A: the SRT series (one registration = one series of one patient). */
export const seriesSection: FormSection = {
  id: "A",
  title: t("SRT-reeks", "Série de SRT", "SRT series"),
  fields: [
    input({
      id: "A1",
      key: "indication",
      type: "select",
      label: t("Indicatie", "Indication", "Indication"),
      help: t(
        "Bepaalt welke tumorgegevens gevraagd worden en onder welke nomenclatuurverstrekking de reeks valt.",
        "Détermine les données tumorales demandées et la prestation de nomenclature dont relève la série.",
        "Determines which tumour data are asked and which nomenclature service the series falls under.",
      ),
      options: options.indicationOptions,
      required: true,
    }),
    input({
      id: "A2",
      key: "nomenclatureCode",
      type: "select",
      label: t("Nomenclatuurcode (RIZIV)", "Code de nomenclature (INAMI)", "Nomenclature code (RIZIV/INAMI)"),
      help: t(
        "De aangerekende verstrekking; ze moet overeenkomen met de indicatie.",
        "La prestation portée en compte ; elle doit correspondre à l'indication.",
        "The service charged; it must match the indication.",
      ),
      options: options.nomenclatureOptions,
      required: true,
    }),
    input({
      id: "A3",
      key: "mdtDate",
      type: "date",
      label: t(
        "Datum van het multidisciplinair oncologisch consult (MOC)",
        "Date de la consultation oncologique multidisciplinaire (COM)",
        "Date of the multidisciplinary oncological consultation (MDT)",
      ),
      help: t(
        "Het MOC dat de stereotactische radiotherapie adviseerde; het gaat de start van het eerste plan vooraf.",
        "La COM qui a recommandé la radiothérapie stéréotaxique ; elle précède le début du premier plan.",
        "The consultation that recommended stereotactic radiotherapy; it precedes the start of the first plan.",
      ),
      required: true,
    }),
    input({
      id: "A4",
      key: "whoPerformanceStatus",
      type: "select",
      label: t("WHO-performantiestatus bij de start van SRT", "Indice de performance OMS au début de la SRT", "WHO performance status at the start of SRT"),
      options: options.whoPerformanceOptions,
      required: true,
    }),
    input({
      id: "A5",
      key: "treatmentIntent",
      type: "select",
      label: t("Behandelingsintentie", "Intention du traitement", "Treatment intent"),
      options: options.treatmentIntentOptions,
      required: true,
    }),
    input({
      id: "A6",
      key: "previousRtSameRegion",
      type: "select",
      label: t("Eerdere radiotherapie in dezelfde regio", "Radiothérapie antérieure dans la même région", "Previous radiotherapy in the same region"),
      options: options.yesNoUnknownOptions,
      required: true,
    }),
    input({
      id: "A6a",
      key: "previousRtYear",
      type: "year",
      label: t("Jaar van de eerdere radiotherapie", "Année de la radiothérapie antérieure", "Year of the previous radiotherapy"),
      placeholder: "yyyy",
      min: 1900,
      max: 2999,
      visibleWhen: { field: "previousRtSameRegion", equals: "YES" },
    }),
    input({
      id: "A7",
      key: "concurrentSystemicTherapy",
      type: "multiselect",
      label: t("Gelijktijdige systemische therapie", "Traitement systémique concomitant", "Concurrent systemic therapy"),
      help: t(
        "Meerdere keuzes mogelijk; ‘Geen’ sluit de andere uit.",
        "Plusieurs choix possibles ; « Aucun » exclut les autres.",
        "Several choices possible; ‘None’ excludes the others.",
      ),
      options: options.systemicTherapyOptions,
      required: true,
    }),
    input({
      id: "A8",
      key: "clinicalTrial",
      type: "select",
      label: t("Deelname aan een klinische studie", "Participation à un essai clinique", "Part of a clinical trial"),
      options: options.yesNoUnknownOptions,
      required: true,
    }),
    input({
      id: "A8a",
      key: "trialId",
      type: "text",
      label: t("EudraCT- of EU CT-nummer", "Numéro EudraCT ou EU CT", "EudraCT or EU CT number"),
      help: t(
        "EudraCT: jjjj-nnnnnn-nn; EU CT: jjjj-nnnnnn-nn-nn.",
        "EudraCT : aaaa-nnnnnn-nn ; EU CT : aaaa-nnnnnn-nn-nn.",
        "EudraCT: yyyy-nnnnnn-nn; EU CT: yyyy-nnnnnn-nn-nn.",
      ),
      placeholder: "yyyy-nnnnnn-nn",
      maxLength: 30,
      visibleWhen: { field: "clinicalTrial", equals: "YES" },
      required: { field: "clinicalTrial", equals: "YES" },
    }),
  ],
};
