import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { Condition, FieldOption, FormSection } from "@/lib/modules/types";
import type { Translated } from "@/lib/validation/types";
import * as codes from "../codes";
import { isBreast } from "./shared";

/**
 * Vervolg 1, the breast supplement, shown for C50.x. Markers that share a value list are a grid
 * each (rows = markers, columns = date, tumour 1, tumour 2): the receptors ER/PR and the five
 * genes. HER2 IHC, HER2 status, Ki-67 and "other" each have their own kind of value, and a grid
 * column has one option list for all rows, so they stay one field per cell (README).
 * The lymph nodes are one grid (rows × examined, positive, date).
 */

const multifocal: Condition = { field: "multifocal", equals: true };
/** Inside a grid row the scope is the row: the box is read from the root. */
const multifocalInGrid: Condition = { field: "/multifocal", equals: true };
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

/** The columns of a marker grid: date, tumour 1, tumour 2 (when multifocal), results from `options`. */
function markerColumns<const O extends readonly FieldOption[]>(id: string, options: O) {
  return [
    input({ id: `${id}D`, key: "date", type: "date", label: t("Datum", "Date", "Date", "Datum") }),
    input({ id: `${id}T1`, key: "tumour1", type: "select", label: t("Resultaat tumor 1", "Résultat tumeur 1", "Result tumour 1", "Ergebnis Tumor 1"), options }),
    input({
      id: `${id}T2`,
      key: "tumour2",
      type: "select",
      label: t("Resultaat tumor 2 (indien multifocaal)", "Résultat tumeur 2 (si multifocal)", "Result tumour 2 (if multifocal)", "Ergebnis Tumor 2 (falls multifokal)"),
      options,
      visibleWhen: multifocalInGrid,
    }),
  ] as const;
}

/** A marker with its own value list, one field per cell: her2IhcDate, her2IhcTumour1, her2IhcTumour2. */
function markerRow<const K extends string, const O extends readonly FieldOption[]>(id: string, key: K, label: Translated, options: O) {
  return [
    input({ id: `${id}D`, key: `${key}Date` as `${K}Date`, type: "date", label: dateLabel(label) }),
    input({ id: `${id}T1`, key: `${key}Tumour1` as `${K}Tumour1`, type: "select", label: tumourLabel(label, 1), options }),
    input({ id: `${id}T2`, key: `${key}Tumour2` as `${K}Tumour2`, type: "select", label: tumourLabel(label, 2), options, visibleWhen: multifocal }),
  ] as const;
}

/** B2a–B2b: the hormone receptors, rows of one grid. */
export const receptorsGrid = input({
  id: "B2ab",
  key: "receptors",
  type: "grid",
  label: t("Hormoonreceptoren", "Récepteurs hormonaux", "Hormone receptors", "Hormonrezeptoren"),
  rows: [
    { key: "er", label: t("Oestrogeenreceptorstatus (ER)", "Statut des récepteurs aux œstrogènes (RE)", "Oestrogen receptor status (ER)", "Östrogenrezeptorstatus (ER)") },
    { key: "pr", label: t("Progesteronreceptorstatus (PR)", "Statut des récepteurs à la progestérone (RP)", "Progesterone receptor status (PR)", "Progesteronrezeptorstatus (PR)") },
  ],
  columns: markerColumns("B2ab", codes.RECEPTOR_RESULT.options),
});

/** B2e–B2i: germline/somatic gene status (CHECK2 = CHEK2, PIKCA3 = PIK3CA in the form's spelling), rows of one grid. */
export const genesGrid = input({
  id: "B2ei",
  key: "genes",
  type: "grid",
  label: t("Genstatus", "Statut génétique", "Gene status", "Genstatus"),
  rows: [
    { key: "brca", label: t("BRCA1/2-status", "Statut BRCA1/2", "BRCA1/2 status", "BRCA1/2-Status") },
    { key: "chek2", label: t("CHEK2-status", "Statut CHEK2", "CHEK2 status", "CHEK2-Status") },
    { key: "palb2", label: t("PALB2-status", "Statut PALB2", "PALB2 status", "PALB2-Status") },
    { key: "atm", label: t("ATM-status", "Statut ATM", "ATM status", "ATM-Status") },
    { key: "pik3ca", label: t("PIK3CA-status", "Statut PIK3CA", "PIK3CA status", "PIK3CA-Status") },
  ],
  columns: markerColumns("B2ei", codes.GENE_STATUS.options),
});

const ki67 = t("Ki-67 vóór systemische therapie", "Ki-67 avant traitement systémique", "Ki-67 before systemic therapy", "Ki-67 vor systemischer Therapie");
const ki67Tested: Condition = { not: { field: "ki67NotTested", equals: true } };
const other = t("Andere merker", "Autre marqueur", "Other marker", "Anderer Marker");

const mm = <const K extends string>(id: string, key: K, label: Translated) =>
  input({ id, key, type: "decimal", label, unit: "mm", min: 0, max: 10_000, decimals: 1 });

const count = <const K extends string>(id: string, key: K, label: Translated) => input({ id, key, type: "integer", min: 0, max: 1000, label });

/** B3b: lymph nodes, rows × number examined, number positive, date. */
export const lymphNodesGrid = input({
  id: "B3b",
  key: "lymphNodes",
  type: "grid",
  label: t("Lymfeklieren", "Ganglions lymphatiques", "Lymph nodes", "Lymphknoten"),
  rows: [
    { key: "sentinel", label: t("Sentinelklieren", "Ganglions sentinelles", "Sentinel nodes", "Wächterlymphknoten") },
    { key: "axillary", label: t("Axillaire klieren", "Ganglions axillaires", "Axillary nodes", "Axilläre Lymphknoten") },
    { key: "otherNodes", label: t("Andere klieren", "Autres ganglions", "Other nodes", "Andere Lymphknoten") },
  ],
  columns: [
    count("B3bE", "examined", t("Aantal onderzocht", "Nombre examinés", "Number examined", "Anzahl untersucht")),
    count("B3bP", "positive", t("Aantal positief", "Nombre positifs", "Number positive", "Anzahl positiv")),
    input({ id: "B3bD", key: "date", type: "date", label: t("Datum", "Date", "Date", "Datum") }),
  ],
});

/** The row keys of the grids, for the rules. */
export const RECEPTOR_ROWS = receptorsGrid.rows.map((row) => row.key);
export const GENE_ROWS = genesGrid.rows.map((row) => row.key);
export const NODE_ROWS = lymphNodesGrid.rows.map((row) => row.key);

export const breastSection = {
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
    receptorsGrid,
    ...markerRow("B2c", "her2Ihc", t("HER2 IHC-score", "Score HER2 IHC", "HER2 IHC score", "HER2-IHC-Score"), codes.HER2_IHC.options),
    ...markerRow("B2d", "her2Status", t("HER2-status op basis van IHC en ISH", "Statut HER2 sur la base de l'IHC et de l'ISH", "HER2 status based on IHC and ISH", "HER2-Status auf Grundlage von IHC und ISH"), codes.HER2_STATUS.options),
    genesGrid,
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
    lymphNodesGrid,
  ],
} satisfies FormSection;
