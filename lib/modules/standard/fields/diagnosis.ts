import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { Condition, FormSection } from "@/lib/modules/types";
import * as codes from "../codes";
import { icdo3Help } from "./shared";

/** Items 1–9 of the new-diagnosis form: the tumour. */

const TNM_ROWS = [
  { prefix: "c", nl: "Klinische TNM (cTNM)", fr: "TNM clinique (cTNM)", en: "Clinical TNM (cTNM)", de: "Klinische TNM (cTNM)" },
  { prefix: "p", nl: "Pathologische TNM (pTNM)", fr: "TNM pathologique (pTNM)", en: "Pathological TNM (pTNM)", de: "Pathologische TNM (pTNM)" },
  { prefix: "yp", nl: "Pathologische TNM na neoadjuvante therapie (ypTNM)", fr: "TNM pathologique après traitement néoadjuvant (ypTNM)", en: "Pathological TNM after neoadjuvant therapy (ypTNM)", de: "Pathologische TNM nach neoadjuvanter Therapie (ypTNM)" },
] as const;

/** Behaviour /3 (malignant): the morphology's last digit. */
const malignant: Condition = { field: "morphology", endsWith: ["/3"] };

const PLACEHOLDERS = { T: "T1c", N: "N0", M: "M0" } as const;

/** One TNM category field (cT, pN, ypM…): its key keeps its literal type for the draft type. */
function tnmField<const P extends (typeof TNM_ROWS)[number]["prefix"], const L extends "T" | "N" | "M">(row: (typeof TNM_ROWS)[number] & { prefix: P }, letter: L) {
  return input({
    id: `8${row.prefix}${letter}` as `8${P}${L}`,
    key: `${row.prefix}${letter}` as `${P}${L}`,
    type: "text",
    label: t(`${row.nl}: ${letter}`, `${row.fr} : ${letter}`, `${row.en}: ${letter}`, `${row.de}: ${letter}-Kategorie`),
    // The writing is explained once, on the edition just before the nine categories.
    placeholder: PLACEHOLDERS[letter],
    maxLength: 16,
  });
}

const tnmFields = () => TNM_ROWS.flatMap((row) => (["T", "N", "M"] as const).map((letter) => tnmField(row, letter)));

export const diagnosisSection = {
  id: "1",
  title: t("Tumorkenmerken", "Caractéristiques de la tumeur", "Tumour characteristics", "Tumormerkmale"),
  fields: [
    input({
      id: "1",
      key: "incidenceDate",
      type: "date",
      label: t("Incidentiedatum", "Date d'incidence", "Incidence date", "Inzidenzdatum"),
      help: t(
        "Volgens de meest recente internationale richtlijnen van ENCR en IACR.",
        "Selon les directives internationales les plus récentes de l'ENCR et de l'IACR.",
        "Following the most recent international ENCR and IACR guidelines.",
        "Nach den neuesten internationalen Richtlinien von ENCR und IACR.",
      ),
      required: true,
    }),
    input({
      id: "2",
      key: "basisOfDiagnosis",
      type: "code",
      label: t("Basis voor diagnose", "Base du diagnostic", "Basis of diagnosis", "Diagnosegrundlage"),
      help: t("De meest valide basis.", "La base la plus valide.", "The most valid basis.", "Die zuverlässigste Grundlage."),
      options: codes.BASIS_OF_DIAGNOSIS.options,
      required: true,
    }),
    input({
      id: "3",
      key: "whoPerformanceStatus",
      type: "code",
      label: t("WHO-score bij diagnose", "Score OMS au diagnostic", "WHO performance status at diagnosis", "WHO-Leistungsstatus bei Diagnose"),
      help: t("Op de incidentiedatum.", "À la date d'incidence.", "On the incidence date.", "Am Inzidenzdatum."),
      options: codes.WHO_PERFORMANCE_STATUS.options,
      required: true,
    }),
    input({
      id: "4",
      key: "topography",
      type: "topography",
      label: t("Primaire tumorlokalisatie", "Localisation de la tumeur primitive", "Primary tumour site", "Lokalisation des Primärtumors"),
      help: icdo3Help,
      placeholder: "C50.4",
      required: true,
    }),
    input({
      id: "5",
      key: "laterality",
      type: "code",
      label: t("Lateraliteit", "Latéralité", "Laterality", "Lateralität"),
      help: t(
        "Een bilaterale tumor wordt per zijde geregistreerd.",
        "Une tumeur bilatérale est enregistrée par côté.",
        "A bilateral tumour is registered once per side.",
        "Ein beidseitiger Tumor wird je Seite registriert.",
      ),
      options: codes.LATERALITY.options,
      required: true,
    }),
    input({
      id: "6",
      key: "morphology",
      type: "morphology",
      label: t("Histologische diagnose en gedrag", "Diagnostic histologique et comportement", "Histological diagnosis and behaviour", "Histologische Diagnose und Dignität"),
      help: icdo3Help,
      placeholder: "8500/3",
      required: true,
    }),
    input({
      id: "7",
      key: "grade",
      type: "code",
      label: t("Differentiatiegraad", "Degré de différenciation", "Grade (differentiation)", "Differenzierungsgrad"),
      help: t(
        "Verplicht voor een maligne tumor (gedrag /3); anders 9 of leeg.",
        "Obligatoire pour une tumeur maligne (comportement /3) ; sinon 9 ou vide.",
        "Required for a malignant tumour (behaviour /3); otherwise 9 or empty.",
        "Pflicht bei einem malignen Tumor (Dignität /3); sonst 9 oder leer.",
      ),
      options: codes.GRADE.options,
      required: malignant,
    }),
    input({
      id: "8E",
      key: "tnmEdition",
      type: "code",
      label: t("Editie van de UICC TNM-classificatie", "Édition de la classification TNM de l'UICC", "Edition of the UICC TNM classification", "Auflage der UICC-TNM-Klassifikation"),
      help: t(
        "De categorieën hieronder zonder voorvoegsel, zoals in de UICC-tabellen: T1c, N0, M0, Tis, N1mi, N0(i+).",
        "Les catégories ci-dessous sans préfixe, comme dans les tables UICC : T1c, N0, M0, Tis, N1mi, N0(i+).",
        "The categories below without prefix, as in the UICC tables: T1c, N0, M0, Tis, N1mi, N0(i+).",
        "Die Kategorien unten ohne Präfix, wie in den UICC-Tabellen: T1c, N0, M0, Tis, N1mi, N0(i+).",
      ),
      options: codes.TNM_EDITION.options,
      defaultValue: codes.CURRENT_TNM_EDITION,
      required: true,
    }),
    ...tnmFields(),
    input({
      id: "9",
      key: "otherClassification",
      type: "code",
      label: t("Andere classificatie", "Autre classification", "Other classification", "Andere Klassifikation"),
      options: codes.OTHER_CLASSIFICATION.options,
    }),
    input({
      id: "9S",
      key: "otherStage",
      type: "text",
      label: t("Stadium", "Stade", "Stage", "Stadium"),
      help: t("Voor Breslow: de dikte in mm (bv. 1,2).", "Pour Breslow : l'épaisseur en mm (p. ex. 1,2).", "For Breslow: the thickness in mm (e.g. 1.2).", "Für Breslow: die Dicke in mm (z. B. 1,2)."),
      maxLength: 40,
      visibleWhen: { field: "otherClassification", filled: true },
      required: true,
    }),
  ],
} satisfies FormSection;
