import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { Condition, FieldOption, FormSection, InputField } from "@/lib/modules/types";
import type { Translated } from "@/lib/validation/types";
import * as codes from "../codes";
import { isBreast } from "./shared";

/**
 * Vervolg 1, the breast supplement, shown for C50.x. The markers and lymph nodes are grids on
 * the form; until the platform has a grid field they are one field per cell, row by row.
 */

const multifocal: Condition = { field: "multifocal", equals: true };
const dateLabel = (row: Translated) => t(`${row.nl}: datum`, `${row.fr} : date`, `${row.en}: date`, `${row.de}: Datum`);
const tumourLabel = (row: Translated, n: 1 | 2) =>
  n === 1
    ? t(`${row.nl}: resultaat tumor 1`, `${row.fr} : résultat tumeur 1`, `${row.en}: result tumour 1`, `${row.de}: Ergebnis Tumor 1`)
    : t(
        `${row.nl}: resultaat tumor 2 (indien multifocaal)`,
        `${row.fr} : résultat tumeur 2 (si multifocal)`,
        `${row.en}: result tumour 2 (if multifocal)`,
        `${row.de}: Ergebnis Tumor 2 (falls multifokal)`,
      );

function markerRow(id: string, key: string, label: Translated, options: readonly FieldOption[]): InputField[] {
  return [
    input({ id: `${id}D`, key: `${key}Date`, type: "date", label: dateLabel(label) }),
    input({ id: `${id}T1`, key: `${key}Tumour1`, type: "select", label: tumourLabel(label, 1), options }),
    input({ id: `${id}T2`, key: `${key}Tumour2`, type: "select", label: tumourLabel(label, 2), options, visibleWhen: multifocal }),
  ];
}

const MARKER_ROWS: readonly [string, string, Translated, readonly FieldOption[]][] = [
  ["B2a", "er", t("Oestrogeenreceptorstatus (ER)", "Statut des récepteurs aux œstrogènes (RE)", "Oestrogen receptor status (ER)", "Östrogenrezeptorstatus (ER)"), codes.RECEPTOR_RESULT.options],
  ["B2b", "pr", t("Progesteronreceptorstatus (PR)", "Statut des récepteurs à la progestérone (RP)", "Progesterone receptor status (PR)", "Progesteronrezeptorstatus (PR)"), codes.RECEPTOR_RESULT.options],
  ["B2c", "her2Ihc", t("HER2 IHC-score", "Score HER2 IHC", "HER2 IHC score", "HER2-IHC-Score"), codes.HER2_IHC.options],
  ["B2d", "her2Status", t("HER2-status op basis van IHC en ISH", "Statut HER2 sur la base de l'IHC et de l'ISH", "HER2 status based on IHC and ISH", "HER2-Status auf Grundlage von IHC und ISH"), codes.HER2_STATUS.options],
  ["B2e", "brca", t("BRCA1/2-status", "Statut BRCA1/2", "BRCA1/2 status", "BRCA1/2-Status"), codes.GENE_STATUS.options],
  ["B2f", "chek2", t("CHEK2-status", "Statut CHEK2", "CHEK2 status", "CHEK2-Status"), codes.GENE_STATUS.options],
  ["B2g", "palb2", t("PALB2-status", "Statut PALB2", "PALB2 status", "PALB2-Status"), codes.GENE_STATUS.options],
  ["B2h", "atm", t("ATM-status", "Statut ATM", "ATM status", "ATM-Status"), codes.GENE_STATUS.options],
  ["B2i", "pik3ca", t("PIK3CA-status", "Statut PIK3CA", "PIK3CA status", "PIK3CA-Status"), codes.GENE_STATUS.options],
];

const ki67 = t("Ki-67 vóór systemische therapie", "Ki-67 avant traitement systémique", "Ki-67 before systemic therapy", "Ki-67 vor systemischer Therapie");
const ki67Tested: Condition = { not: { field: "ki67NotTested", equals: true } };
const other = t("Andere merker", "Autre marqueur", "Other marker", "Anderer Marker");

const mm = (id: string, key: string, label: Translated) =>
  input({ id, key, type: "decimal", label, unit: "mm", min: 0, max: 10_000, decimals: 1 });

const NODE_ROWS: readonly [string, string, Translated][] = [
  ["B3b1", "sentinel", t("Sentinelklieren", "Ganglions sentinelles", "Sentinel nodes", "Wächterlymphknoten")],
  ["B3b2", "axillary", t("Axillaire klieren", "Ganglions axillaires", "Axillary nodes", "Axilläre Lymphknoten")],
  ["B3b3", "otherNodes", t("Andere klieren", "Autres ganglions", "Other nodes", "Andere Lymphknoten")],
];

function nodeRow(id: string, key: string, row: Translated): InputField[] {
  return [
    input({ id: `${id}E`, key: `${key}Examined`, type: "integer", min: 0, max: 1000, label: t(`${row.nl}: aantal onderzocht`, `${row.fr} : nombre examinés`, `${row.en}: number examined`, `${row.de}: Anzahl untersucht`) }),
    input({ id: `${id}P`, key: `${key}Positive`, type: "integer", min: 0, max: 1000, label: t(`${row.nl}: aantal positief`, `${row.fr} : nombre positifs`, `${row.en}: number positive`, `${row.de}: Anzahl positiv`) }),
    input({ id: `${id}D`, key: `${key}Date`, type: "date", label: dateLabel(row) }),
  ];
}

export const breastSection: FormSection = {
  id: "B",
  title: t(
    "Aanvullende kenmerken specifiek voor borsttumoren",
    "Caractéristiques complémentaires spécifiques aux tumeurs du sein",
    "Additional characteristics specific to breast tumours",
    "Zusätzliche Merkmale speziell für Brusttumoren",
  ),
  help: t(
    "De afmetingen en lymfeklieren (B3) worden ingevuld in geval van heelkunde (code 10 of 11).",
    "Les dimensions et les ganglions (B3) sont remplis en cas de chirurgie (code 10 ou 11).",
    "The measurements and lymph nodes (B3) are filled in after surgery (code 10 or 11).",
    "Die Maße und Lymphknoten (B3) werden bei einer Operation (Code 10 oder 11) ausgefüllt.",
  ),
  visibleWhen: isBreast,
  fields: [
    input({
      id: "B1",
      key: "menopausalStatus",
      type: "select",
      label: t("Menopauzale status bij diagnose", "Statut ménopausique au diagnostic", "Menopausal status at diagnosis", "Menopausenstatus bei Diagnose"),
      help: t("‘Ja’ betekent postmenopauzaal.", "« Oui » signifie post-ménopausée.", "‘Yes’ means postmenopausal.", "„Ja“ bedeutet postmenopausal."),
      options: codes.MENOPAUSAL_STATUS.options,
      required: true,
    }),
    input({
      id: "B2M",
      key: "multifocal",
      type: "checkbox",
      label: t("Multifocaal (resultaten voor tumor 2)", "Multifocal (résultats pour la tumeur 2)", "Multifocal (results for tumour 2)", "Multifokal (Ergebnisse für Tumor 2)"),
    }),
    ...MARKER_ROWS.flatMap(([id, key, label, options]) => markerRow(id, key, label, options)),
    input({ id: "B2jD", key: "ki67Date", type: "date", label: dateLabel(ki67) }),
    input({ id: "B2jN", key: "ki67NotTested", type: "checkbox", label: t(`${ki67.nl}: niet getest`, `${ki67.fr} : non testé`, `${ki67.en}: not tested`, `${ki67.de}: nicht getestet`) }),
    input({ id: "B2jT1", key: "ki67Tumour1", type: "decimal", unit: "%", min: 0, max: 100, decimals: 1, label: tumourLabel(ki67, 1), visibleWhen: ki67Tested }),
    input({ id: "B2jT2", key: "ki67Tumour2", type: "decimal", unit: "%", min: 0, max: 100, decimals: 1, label: tumourLabel(ki67, 2), visibleWhen: { all: [ki67Tested, multifocal] } }),
    input({
      id: "B2kN",
      key: "otherMarkerName",
      type: "text",
      maxLength: 80,
      label: t("Andere merker (specifieer)", "Autre marqueur (préciser)", "Other marker (specify)", "Anderer Marker (angeben)"),
      required: { any: [{ field: "otherMarkerTumour1", filled: true }, { field: "otherMarkerTumour2", filled: true }, { field: "otherMarkerDate", filled: true }] },
    }),
    input({ id: "B2kD", key: "otherMarkerDate", type: "date", label: dateLabel(other) }),
    input({ id: "B2kT1", key: "otherMarkerTumour1", type: "text", maxLength: 80, label: tumourLabel(other, 1) }),
    input({ id: "B2kT2", key: "otherMarkerTumour2", type: "text", maxLength: 80, label: tumourLabel(other, 2), visibleWhen: multifocal }),
    mm("B3a1", "invasiveDiameterMm", t(
      "Maximale pathologische doormeter invasieve component vóór systemische therapie",
      "Diamètre pathologique maximal de la composante invasive avant traitement systémique",
      "Maximum pathological diameter of the invasive component before systemic therapy",
      "Maximaler pathologischer Durchmesser der invasiven Komponente vor systemischer Therapie",
    )),
    mm("B3a2", "inSituDiameterMm", t(
      "Maximale pathologische doormeter in-situcomponent vóór systemische therapie",
      "Diamètre pathologique maximal de la composante in situ avant traitement systémique",
      "Maximum pathological diameter of the in situ component before systemic therapy",
      "Maximaler pathologischer Durchmesser der In-situ-Komponente vor systemischer Therapie",
    )),
    mm("B3a3", "invasiveMarginMm", t(
      "Minimale afstand van de invasieve component tot de snijrand",
      "Distance minimale entre la composante invasive et la marge de résection",
      "Minimum distance from the invasive component to the margin",
      "Minimaler Abstand der invasiven Komponente zum Resektionsrand",
    )),
    mm("B3a4", "inSituMarginMm", t(
      "Minimale afstand van de in-situcomponent tot de snijrand",
      "Distance minimale entre la composante in situ et la marge de résection",
      "Minimum distance from the in situ component to the margin",
      "Minimaler Abstand der In-situ-Komponente zum Resektionsrand",
    )),
    ...NODE_ROWS.flatMap(([id, key, row]) => nodeRow(id, key, row)),
  ],
};
