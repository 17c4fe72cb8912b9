import { PAIRED_TOPOGRAPHIES } from "@/lib/icdo3/paired-sites";
import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { Condition, FormSection } from "@/lib/modules/types";
import { METASTASIS_INDICATIONS, TUMOUR_INDICATIONS } from "../codes";
import * as options from "./options";

/** Section B: the tumour (or AVM); which fields apply depends on the indication (A1). */

const forTumour: Condition = { field: "indication", in: TUMOUR_INDICATIONS };
const forRelapse: Condition = { field: "indication", equals: "PRIMARY_RELAPSE" };
const forMetastases: Condition = { field: "indication", in: METASTASIS_INDICATIONS };
const forAvm: Condition = { field: "indication", equals: "AVM" };

const icdo3Help = t(
  "Zoek op code of op een woord van de omschrijving (ICD-O-3).",
  "Recherchez par code ou par un mot du libellé (CIM-O-3).",
  "Search by code or by a word of the label (ICD-O-3).",
  "Suche nach Code oder nach einem Wort der Bezeichnung (ICD-O-3).",
);

const tnm = <const K extends string>(id: string, key: K, letter: string) =>
  input({
    id,
    key,
    type: "text",
    label: t(`Klinische ${letter} (c${letter}, UICC TNM)`, `${letter} clinique (c${letter}, TNM UICC)`, `Clinical ${letter} (c${letter}, UICC TNM)`, `Klinisches ${letter} (c${letter}, UICC-TNM)`),
    placeholder: letter === "T" ? "T1b" : `${letter}0`,
    maxLength: 12,
    visibleWhen: forTumour,
  });

export const tumourSection = {
  id: "B",
  title: t("Tumor", "Tumeur", "Tumour", "Tumor"),
  visibleWhen: { field: "indication", filled: true },
  fields: [
    input({
      id: "B1",
      key: "incidenceDate",
      type: "date",
      label: t("Incidentiedatum van de primaire tumor", "Date d'incidence de la tumeur primitive", "Incidence date of the primary tumour", "Inzidenzdatum des Primärtumors"),
      help: t(
        "Volgens de ENCR-regels: in de eerste plaats de datum van de eerste histologische of cytologische bevestiging.",
        "Selon les règles de l'ENCR : en priorité la date de la première confirmation histologique ou cytologique.",
        "Following ENCR rules: first of all the date of the first histological or cytological confirmation.",
        "Nach den ENCR-Regeln: in erster Linie das Datum der ersten histologischen oder zytologischen Bestätigung.",
      ),
      visibleWhen: forTumour,
      required: true,
    }),
    input({
      id: "B2",
      key: "topography",
      type: "topography",
      label: t("Topografie (lokalisatie van de primaire tumor)", "Topographie (localisation de la tumeur primitive)", "Topography (site of the primary tumour)", "Topographie (Lokalisation des Primärtumors)"),
      help: icdo3Help,
      placeholder: "C34.1",
      visibleWhen: forTumour,
      required: true,
    }),
    input({
      id: "B3",
      key: "morphology",
      type: "morphology",
      label: t("Histologie (morfologie) en gedrag", "Histologie (morphologie) et comportement", "Histology (morphology) and behaviour", "Histologie (Morphologie) und Dignität"),
      help: icdo3Help,
      placeholder: "8140/3",
      visibleWhen: forTumour,
      required: true,
    }),
    input({
      id: "B4",
      key: "laterality",
      type: "select",
      label: t("Lateraliteit", "Latéralité", "Laterality", "Lateralität"),
      help: t(
        "Verplicht voor pare organen (bv. long, borst, nier).",
        "Obligatoire pour les organes pairs (p. ex. poumon, sein, rein).",
        "Required for paired organs (e.g. lung, breast, kidney).",
        "Erforderlich bei paarigen Organen (z. B. Lunge, Brust, Niere).",
      ),
      options: options.tumourLateralityOptions,
      visibleWhen: forTumour,
      required: { field: "topography", in: PAIRED_TOPOGRAPHIES },
    }),
    input({
      id: "B5",
      key: "basisOfDiagnosis",
      type: "select",
      label: t("Basis voor diagnose", "Base du diagnostic", "Basis of diagnosis", "Diagnosesicherung"),
      options: options.basisOfDiagnosisOptions,
      visibleWhen: forTumour,
      required: true,
    }),
    input({
      id: "B6",
      key: "relapseDate",
      type: "date",
      label: t("Datum van het recidief", "Date de la récidive", "Date of the relapse", "Datum des Rezidivs"),
      visibleWhen: forRelapse,
      required: true,
    }),
    tnm("B7a", "cT", "T"),
    tnm("B7b", "cN", "N"),
    tnm("B7c", "cM", "M"),
    input({
      id: "B10",
      key: "primaryTopography",
      type: "topography",
      label: t("Topografie van de primaire tumor", "Topographie de la tumeur primitive", "Topography of the primary tumour", "Topographie des Primärtumors"),
      help: t(
        "C80.9 als de primaire tumor onbekend is.",
        "C80.9 si la tumeur primitive est inconnue.",
        "C80.9 when the primary tumour is unknown.",
        "C80.9, wenn der Primärtumor unbekannt ist.",
      ),
      placeholder: "C34.1",
      visibleWhen: forMetastases,
      required: true,
    }),
    input({
      id: "B11",
      key: "primaryMorphology",
      type: "morphology",
      label: t("Histologie van de primaire tumor", "Histologie de la tumeur primitive", "Histology of the primary tumour", "Histologie des Primärtumors"),
      help: icdo3Help,
      placeholder: "8140/3",
      visibleWhen: forMetastases,
    }),
    input({
      id: "B12",
      key: "metastasisTiming",
      type: "select",
      label: t("Tijdstip van de metastasen", "Chronologie des métastases", "Timing of the metastases", "Zeitpunkt der Metastasen"),
      help: t(
        "Synchroon: vastgesteld samen met de primaire tumor; metachroon: later.",
        "Synchrones : découvertes en même temps que la tumeur primitive ; métachrones : plus tard.",
        "Synchronous: found together with the primary tumour; metachronous: later.",
        "Synchron: zusammen mit dem Primärtumor festgestellt; metachron: später.",
      ),
      options: options.metastasisTimingOptions,
      visibleWhen: forMetastases,
      required: true,
    }),
    input({
      id: "B13",
      key: "totalMetastaticLesions",
      type: "integer",
      min: 1,
      max: 1000,
      storedBounds: true,
      label: t(
        "Totaal aantal metastatische letsels bij de start van SRT",
        "Nombre total de lésions métastatiques au début de la SRT",
        "Total number of metastatic lesions at the start of SRT",
        "Gesamtzahl der metastatischen Läsionen zu Beginn der SRT",
      ),
      help: t(
        "Alle gekende letsels, behandeld of niet.",
        "Toutes les lésions connues, traitées ou non.",
        "All known lesions, treated or not.",
        "Alle bekannten Läsionen, behandelt oder nicht.",
      ),
      visibleWhen: forMetastases,
      required: true,
    }),
    input({
      id: "B20",
      key: "avmLocation",
      type: "select",
      label: t("Lokalisatie van de AVM", "Localisation de la MAV", "Location of the AVM", "Lokalisation der AVM"),
      options: options.avmLocationOptions,
      visibleWhen: forAvm,
      required: true,
    }),
    input({
      id: "B21",
      key: "spetzlerMartinGrade",
      type: "select",
      label: t("Spetzler-Martin-graad", "Grade de Spetzler-Martin", "Spetzler-Martin grade", "Spetzler-Martin-Grad"),
      options: options.spetzlerMartinOptions,
      visibleWhen: forAvm,
    }),
  ],
} satisfies FormSection;
