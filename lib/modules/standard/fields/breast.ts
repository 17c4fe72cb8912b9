import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { Condition, FieldOption, FormSection } from "@/lib/modules/types";
import type { Translated } from "@/lib/validation/types";
import * as codes from "../codes";
import { afterSurgery, isBreast } from "./shared";

/**
 * Vervolg 1, the breast supplement, shown for C50.x; its part B3 only after surgery (code 10 or
 * 11 in the chronology). The markers B2a–k are grids in the form's order (rows = markers, columns
 * = date, tumour 1, tumour 2 shown when multifocal): the receptors ER/PR and the five genes share
 * a value list each; HER2 IHC and HER2 status, Ki-67 (a percentage, or "not tested") and the
 * other marker (named, free results) are rows with their own fields. The lymph nodes are one
 * grid (rows × examined, positive, date).
 */

/** Inside a grid row the scope is the row: the box is read from the root. */
const multifocalInGrid: Condition = { field: "/multifocal", equals: true };
const date = (id: string) => input({ id, key: "date", type: "date", label: t("Datum", "Date", "Date", "Datum") });
const tumour1 = t("Resultaat tumor 1", "Résultat tumeur 1", "Result tumour 1", "Ergebnis Tumor 1");
const tumour2 = t("Resultaat tumor 2 (indien multifocaal)", "Résultat tumeur 2 (si multifocal)", "Result tumour 2 (if multifocal)", "Ergebnis Tumor 2 (falls multifokal)");

/** The columns of a marker grid: date, tumour 1, tumour 2 (when multifocal), results from `options`. */
function markerColumns<const O extends readonly FieldOption[]>(id: string, options: O) {
  return [
    date(`${id}D`),
    input({ id: `${id}T1`, key: "tumour1", type: "select", label: tumour1, options }),
    input({ id: `${id}T2`, key: "tumour2", type: "select", label: tumour2, options, visibleWhen: multifocalInGrid }),
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

/** B2c–B2d: HER2, two rows with their own result lists (the IHC score; the status from IHC and ISH). */
export const her2Grid = input({
  id: "B2cd",
  key: "her2",
  type: "grid",
  label: t("HER2-bepaling", "Détermination HER2", "HER2 testing", "HER2-Bestimmung"),
  rows: [
    { key: "ihc", label: t("HER2 IHC-score", "Score HER2 IHC", "HER2 IHC score", "HER2-IHC-Score"), columns: markerColumns("B2c", codes.HER2_IHC.options) },
    {
      key: "status",
      label: t("HER2-status op basis van IHC en ISH", "Statut HER2 sur la base de l'IHC et de l'ISH", "HER2 status based on IHC and ISH", "HER2-Status auf Grundlage von IHC und ISH"),
      columns: markerColumns("B2d", codes.HER2_STATUS.options),
    },
  ],
});

const ki67Tested: Condition = { not: { field: "notTested", equals: true } };
const percentage = <const K extends string>(id: string, key: K, label: Translated, visibleWhen: Condition) =>
  input({ id, key, type: "decimal", unit: "%", min: 0, max: 100, decimals: 1, label, visibleWhen });
const otherResult = <const K extends string>(id: string, key: K, label: Translated) => input({ id, key, type: "text", maxLength: 80, label });

/** B2j–B2k: Ki-67 (a percentage, or not tested) and another marker named by the registrar, rows with their own fields. */
export const markersGrid = input({
  id: "B2jk",
  key: "markers",
  type: "grid",
  label: t("Ki-67 en andere merker", "Ki-67 et autre marqueur", "Ki-67 and other marker", "Ki-67 und anderer Marker"),
  rows: [
    {
      key: "ki67",
      label: t("Ki-67 vóór systemische therapie", "Ki-67 avant traitement systémique", "Ki-67 before systemic therapy", "Ki-67 vor systemischer Therapie"),
      columns: [
        date("B2jD"),
        input({ id: "B2jN", key: "notTested", type: "checkbox", label: t("Niet getest", "Non testé", "Not tested", "Nicht getestet") }),
        percentage("B2jT1", "tumour1", tumour1, ki67Tested),
        percentage("B2jT2", "tumour2", tumour2, { all: [ki67Tested, multifocalInGrid] }),
      ],
    },
    {
      key: "other",
      label: t("Andere merker", "Autre marqueur", "Other marker", "Anderer Marker"),
      columns: [
        input({
          id: "B2kN",
          key: "name",
          type: "text",
          maxLength: 80,
          label: t("Naam van de merker (specifieer)", "Nom du marqueur (préciser)", "Name of the marker (specify)", "Name des Markers (angeben)"),
          required: { any: [{ field: "tumour1", filled: true }, { field: "tumour2", filled: true }, { field: "date", filled: true }] },
        }),
        date("B2kD"),
        otherResult("B2kT1", "tumour1", tumour1),
        { ...otherResult("B2kT2", "tumour2", tumour2), visibleWhen: multifocalInGrid },
      ],
    },
  ],
});

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
    her2Grid,
    genesGrid,
    markersGrid,
  ],
} satisfies FormSection;

/** B3, "indien heelkunde": shown for a breast tumour once the chronology has surgery (code 10 or 11). */
export const breastSurgerySection = {
  id: "B3",
  title: t("Borsttumor: indien heelkunde", "Tumeur du sein : en cas de chirurgie", "Breast tumour: after surgery", "Brusttumor: bei Operation"),
  help: t(
    "Getoond zodra de chronologie heelkunde (code 10 of 11) bevat.",
    "Affiché dès que la chronologie contient une chirurgie (code 10 ou 11).",
    "Shown once the chronology has surgery (code 10 or 11).",
    "Angezeigt, sobald die Chronologie eine Operation (Code 10 oder 11) enthält.",
  ),
  visibleWhen: { all: [isBreast, afterSurgery] },
  fields: [
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
