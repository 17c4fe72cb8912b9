/**
 * The registration PDF's content (F-REG-6) as a pdfmake document definition: header, the
 * registration's facts, the patient block, every visible field of the module's form in form
 * order, and the validation outcome with warning confirmations. What is printed comes from the
 * declarations (module form, options, messages; patient labels) and never names a module.
 *
 * Every user value goes in as a plain string: pdfmake draws strings literally, so "<b>" or "{x}"
 * in a comment is printed as typed. This file only builds data; render-registration-pdf.ts turns
 * it into bytes.
 */
import type { Content, ContentTable, DocumentDefinition, TableCellContent, TableLayout } from "pdfmake";
import { toIsoDate } from "@/lib/modules/dates";
import { fieldLabel } from "@/lib/modules/describe-issue";
import { getAtPath } from "@/lib/modules/paths";
import { formOf, getModule } from "@/lib/modules/registry";
import type { AnyModuleDeclaration, FormSection, RepeatableGroup } from "@/lib/modules/types";
import { walkVisibleFields } from "@/lib/modules/walk";
import { findInsurer } from "@/lib/patients/insurer-lookup";
import { formatInsz } from "@/lib/patients/insz";
import { identificationPathLabels, patientFieldLabels, sexLabels } from "@/lib/patients/patient-messages";
import { isPatientRule } from "@/lib/patients/patient-rules";
import type { PatientField } from "@/lib/patients/patient-schema";
import { describeRegistrationIssue } from "@/lib/registrations/describe-registration-issue";
import type { RegistrationOutcome, RegistrationView, WarningConfirmationView } from "@/lib/registrations/registration-view";
import { formatMessage, type Locale, type ValidationIssue } from "@/lib/validation/types";
import { EMPTY, formatFieldValue, formatIsoDate, formatTimestamp } from "./format-values";
import { pdfTexts, type PdfTexts } from "./pdf-texts";

export interface PrintOptions {
  locale: Locale;
  /** When the user asked for the PDF. */
  printedAt: Date;
  /** Who asked for it, as shown in the footer. */
  printedByName: string;
}

const COLOURS = {
  brand: "#1f3a5f",
  text: "#1f2933",
  muted: "#5b6675",
  rule: "#d9dee5",
  band: "#eef2f7",
  error: "#b42318",
  warning: "#b54708",
  confirmed: "#2f6b3b",
};

const PAGE_MARGINS: [number, number, number, number] = [42, 58, 42, 48];
/** A4 width in points minus the side margins. */
const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

const LANGUAGE_TAGS: Record<Locale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB", de: "de-BE" };

/** Patient fields in the order of the identification page. */
const PATIENT_FIELDS: readonly PatientField[] = [
  "identificationPath",
  "insz",
  "lastName",
  "firstName",
  "birthDate",
  "sex",
  "postalCode",
  "town",
  "country",
  "insurerCode",
  "insuranceNumber",
  "otherIdentifier",
  "comment",
];

// ---------------------------------------------------------------------------------------------
// Tables: every block of the PDF is a table whose header rows are its titles, so a title never
// ends a page alone (keepWithHeaderRows) and is repeated when its block continues on the next.

interface Row {
  label: string;
  /** The field's id from the specification ("A1"), shown small after the label. */
  id?: string;
  value: string;
}

interface Block {
  /** "Plan 1 › Lesion 2"; "" outside repeatable groups. */
  trail: string;
  rows: Row[];
}

function blockLayout(headerRows: number): TableLayout {
  return {
    hLineWidth: (index, node) => (index === 0 || index === node.table.body.length ? 0 : index === headerRows ? 0.8 : 0.4),
    hLineColor: (index) => (index === headerRows ? COLOURS.brand : COLOURS.rule),
    vLineWidth: () => 0,
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 2.5,
    paddingBottom: () => 2.5,
  };
}

function titleCells(title: string, style: "sectionTitle" | "itemTitle", columns: number, colour?: string): TableCellContent[] {
  const cell: TableCellContent = { text: title, style, colSpan: columns };
  if (colour) cell.color = colour;
  if (style === "itemTitle") cell.fillColor = COLOURS.band;
  return [cell, ...Array.from({ length: columns - 1 }, () => ({ text: "" }))];
}

/**
 * Rows are kept whole on a page unless one may be taller than a page: pdfmake silently drops such
 * a row when it may not break it, so a long comment would vanish from the PDF (the test "keeps
 * long text on the page" guards this). Generous estimate: 60 characters a line, 40 lines a page.
 */
function mayExceedPage(texts: readonly string[]): boolean {
  const lines = texts.reduce(
    (total, text) => total + text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 60)), 0),
    0,
  );
  return lines > 40;
}

function table(
  titles: { section?: string; item?: string; colour?: string },
  widths: (number | string)[],
  rows: TableCellContent[][],
  /** Some row may be taller than a page (see mayExceedPage). */
  breakableRows = false,
): ContentTable {
  const header: TableCellContent[][] = [];
  if (titles.section) header.push(titleCells(titles.section, "sectionTitle", widths.length, titles.colour));
  if (titles.item) header.push(titleCells(titles.item, "itemTitle", widths.length, titles.colour));
  return {
    table: {
      widths,
      headerRows: header.length,
      // pdfmake drops a row it may not break, or that must stay with the header, when it is taller
      // than a page: such tables give up both (the title may then end a page).
      keepWithHeaderRows: header.length > 0 && !breakableRows ? 1 : 0,
      dontBreakRows: !breakableRows,
      body: [...header, ...rows],
    },
    layout: blockLayout(header.length),
    margin: [0, 0, 0, titles.section && !titles.item ? 10 : 6],
  };
}

function fieldRow(row: Row): TableCellContent[] {
  const label: TableCellContent = row.id
    ? { text: [row.label, { text: `  ${row.id}`, style: "fieldId" }], style: "label" }
    : { text: row.label, style: "label" };
  return [label, { text: row.value, style: row.value === EMPTY ? "emptyValue" : "value" }];
}

/**
 * Percentages, never "*" or "auto": pdfmake widens those to the longest word, so a long token in
 * a comment would push the table off the page; fixed columns make it hard-wrap the word instead.
 */
const FIELD_WIDTHS = ["42%", "58%"];
const NUMBERED_WIDTHS = ["5%", "95%"];

function rowsTable(titles: { section?: string; item?: string }, rows: readonly Row[]): ContentTable {
  const breakable = rows.some((row) => mayExceedPage([row.label, row.value]));
  return table(titles, FIELD_WIDTHS, rows.map(fieldRow), breakable);
}

// ---------------------------------------------------------------------------------------------
// Registration facts and patient

function onBy(texts: PdfTexts, moment: Date | null, name: string | null): string {
  if (!moment) return EMPTY;
  return formatMessage(texts.onBy, { date: formatTimestamp(moment), name: name ?? EMPTY });
}

function factsTable(view: RegistrationView, texts: PdfTexts): ContentTable {
  const facts: [string, string, string?][] = [
    [texts.reference, view.reference ?? texts.noReference, view.reference ? "strong" : undefined],
    [texts.status, texts.statuses[view.status], "strong"],
    [texts.validationStatus, texts.validationStatuses[view.validationStatus]],
    [texts.organisation, view.organisation.name],
    [texts.responsiblePhysician, view.responsiblePhysician.name],
    [texts.created, onBy(texts, view.createdAt, view.createdByName)],
    [texts.lastChanged, formatTimestamp(view.updatedAt)],
    [texts.sent, onBy(texts, view.sentAt, view.sentByName)],
  ];
  if (view.correctionOfReference) facts.push([texts.correctionOf, view.correctionOfReference, "strong"]);
  if (view.correctedBy) facts.push([texts.correctedBy, view.correctedBy.reference, "strong"]);
  if (view.kind === "FOLLOW_UP") facts.push([texts.followUpOf, view.followUpOf?.reference ?? "—", "strong"]);
  const rows: TableCellContent[][] = [];
  for (let index = 0; index < facts.length; index += 2) {
    const cells: TableCellContent[] = [];
    for (const fact of facts.slice(index, index + 2)) {
      const [label, value, emphasis] = fact;
      cells.push({ text: label, style: "factLabel" }, { text: value, style: emphasis === "strong" ? "strongValue" : "value" });
    }
    while (cells.length < 4) cells.push({ text: "" });
    rows.push(cells);
  }
  return {
    table: { widths: ["18%", "32%", "18%", "32%"], body: rows, dontBreakRows: true },
    layout: {
      hLineWidth: (index, node) => (index === 0 || index === node.table.body.length ? 0.8 : 0.4),
      hLineColor: (index, node) => (index === 0 || index === node.table.body.length ? COLOURS.brand : COLOURS.rule),
      vLineWidth: () => 0,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 0, 0, 14],
  };
}

function countryName(code: string, locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: "region", fallback: "code" }).of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** The record's entry for a key read from data (never an inherited property such as "constructor"). */
function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function patientValue(field: PatientField, view: RegistrationView, locale: Locale): string {
  const raw = view.patient[field];
  if (raw === undefined || raw === null || String(raw).trim() === "") return EMPTY;
  const value = String(raw);
  switch (field) {
    case "identificationPath":
      return ownEntry(identificationPathLabels, value)?.[locale] ?? value;
    case "insz":
      return formatInsz(value);
    case "birthDate":
      return formatIsoDate(value);
    case "sex":
      return ownEntry(sexLabels, value)?.[locale] ?? value;
    case "country":
      return countryName(value, locale);
    case "insurerCode": {
      const insurer = findInsurer(value, toIsoDate(view.sentAt ?? view.updatedAt));
      return insurer ? `${insurer.code} – ${insurer.names[locale]}` : value;
    }
    default:
      return value;
  }
}

function patientTable(view: RegistrationView, texts: PdfTexts, locale: Locale): ContentTable {
  const rows = PATIENT_FIELDS.map((field) => ({ label: patientFieldLabels[field][locale], value: patientValue(field, view, locale) }));
  const source = view.identifiedByService ? texts.identitySources.service : texts.identitySources.hand;
  rows.splice(2, 0, { label: texts.identitySource, value: source });
  return rowsTable({ section: texts.patient }, rows);
}

// ---------------------------------------------------------------------------------------------
// The module's form

function itemTitle(group: RepeatableGroup, index: number, locale: Locale): string {
  return group.itemLabel[locale].replace("{n}", String(index + 1));
}

/** The section's visible fields in form order, cut into blocks per repeatable item. */
function sectionBlocks(section: FormSection, data: unknown, locale: Locale, texts: PdfTexts): Block[] {
  const blocks: Block[] = [];
  for (const instance of walkVisibleFields({ sections: [section] }, data)) {
    const { field } = instance;
    const trail = instance.items.map(({ group, index }) => itemTitle(group, index, locale)).join(" › ");
    let row: Row;
    if (field.kind === "group") {
      // The items follow as blocks of their own; an empty list is shown as one empty row.
      const list = getAtPath(data, instance.path);
      if (Array.isArray(list) && list.length > 0) continue;
      row = { label: field.label[locale], id: field.id, value: EMPTY };
    } else {
      const value = formatFieldValue(field, getAtPath(data, instance.path), instance.scope, locale, texts);
      row = { label: field.label[locale], id: field.id, value };
    }
    const last = blocks.at(-1);
    if (last && last.trail === trail) last.rows.push(row);
    else blocks.push({ trail, rows: [row] });
  }
  return blocks;
}

function sectionTables(section: FormSection, data: unknown, locale: Locale, texts: PdfTexts): ContentTable[] {
  const blocks = sectionBlocks(section, data, locale, texts);
  const title = `${section.id}. ${section.title[locale]}`;
  const tables = blocks.map((block, index) =>
    rowsTable({ section: index === 0 ? title : undefined, item: block.trail || undefined }, block.rows),
  );
  const last = tables.at(-1);
  if (last) last.margin = [0, 0, 0, 10];
  return tables;
}

// ---------------------------------------------------------------------------------------------
// Validation outcome

function confirms(confirmation: WarningConfirmationView, issue: ValidationIssue): boolean {
  return (
    confirmation.ruleId === issue.ruleId &&
    confirmation.ruleVersion === issue.ruleVersion &&
    confirmation.fieldPath === issue.path
  );
}

function confirmationContent(confirmation: WarningConfirmationView, texts: PdfTexts): Content[] {
  const who = formatMessage(texts.confirmedBy, {
    name: confirmation.confirmedByName,
    date: formatTimestamp(confirmation.confirmedAt),
  });
  const content: Content[] = [{ text: who, style: "confirmation" }];
  if (confirmation.comment.trim() !== "") content.push({ text: confirmation.comment, style: "confirmationComment" });
  return content;
}

function issueRows(
  issues: readonly ValidationIssue[],
  colour: string,
  describe: (issue: ValidationIssue) => string,
  confirmationsOf?: (issue: ValidationIssue) => WarningConfirmationView[],
  texts?: PdfTexts,
): TableCellContent[][] {
  return issues.map((issue, index) => {
    const stack: Content[] = [
      { text: describe(issue), color: colour },
      { text: issue.ruleId, style: "ruleId" },
    ];
    if (confirmationsOf && texts) {
      const found = confirmationsOf(issue);
      if (found.length === 0) stack.push({ text: texts.notConfirmed, style: "notConfirmed" });
      for (const confirmation of found) stack.push(...confirmationContent(confirmation, texts));
    }
    return [
      { text: `${index + 1}.`, bold: true, color: colour, alignment: "right" },
      { stack },
    ];
  });
}

function validationTables(
  declaration: AnyModuleDeclaration,
  view: RegistrationView,
  outcome: RegistrationOutcome,
  texts: PdfTexts,
  locale: Locale,
): ContentTable[] {
  const describe = (issue: ValidationIssue) => describeRegistrationIssue(view, issue, locale);
  const errors = outcome.issues.filter((issue) => issue.severity === "error");
  const warnings = outcome.issues.filter((issue) => issue.severity === "warning");
  const summary =
    outcome.issues.length === 0
      ? texts.noIssues
      : formatMessage(texts.issueCounts, { errors: errors.length, warnings: warnings.length });
  const status = table({ section: texts.validation }, ["100%"], [
    // The outcome given to print (validated now), not the stored status shown in the facts.
    [{ text: summary, style: "value" }],
  ]);
  status.margin = [0, 0, 0, 6];
  const tables: ContentTable[] = [status];
  // A confirmation comment is free text of any length.
  const longComments = view.confirmations.some((confirmation) => mayExceedPage([confirmation.comment]));
  if (errors.length > 0) {
    const title = { item: `${texts.errors} (${errors.length})`, colour: COLOURS.error };
    tables.push(table(title, NUMBERED_WIDTHS, issueRows(errors, COLOURS.error, describe)));
  }
  if (warnings.length > 0) {
    const title = { item: `${texts.warnings} (${warnings.length})`, colour: COLOURS.warning };
    const confirmationsOf = (issue: ValidationIssue) => view.confirmations.filter((confirmation) => confirms(confirmation, issue));
    tables.push(table(title, NUMBERED_WIDTHS, issueRows(warnings, COLOURS.warning, describe, confirmationsOf, texts), longComments));
  }
  const others = view.confirmations.filter((confirmation) => !warnings.some((issue) => confirms(confirmation, issue)));
  if (others.length > 0) {
    const rows = others.map((confirmation, index): TableCellContent[] => {
      const field = isPatientRule(confirmation.ruleId)
        ? (ownEntry(patientFieldLabels, confirmation.fieldPath)?.[locale] ?? confirmation.fieldPath)
        : (fieldLabel(formOf(declaration, view.kind ?? "INITIAL").form, confirmation.fieldPath, locale) ?? confirmation.fieldPath);
      return [
        { text: `${index + 1}.`, bold: true, color: COLOURS.muted, alignment: "right" },
        { stack: [{ text: field }, { text: confirmation.ruleId, style: "ruleId" }, ...confirmationContent(confirmation, texts)] },
      ];
    });
    tables.push(table({ item: texts.otherConfirmations }, NUMBERED_WIDTHS, rows, longComments));
  }
  return tables;
}

// ---------------------------------------------------------------------------------------------
// The document

export function buildRegistrationDocument(
  view: RegistrationView,
  outcome: RegistrationOutcome,
  options: PrintOptions,
): DocumentDefinition {
  const declaration = getModuleOrThrow(view.moduleId);
  const { locale } = options;
  const texts = pdfTexts[locale];
  const moduleName = declaration.name[locale];
  const printed = formatMessage(texts.printedOnBy, { date: formatTimestamp(options.printedAt), name: options.printedByName });
  const headerRight = view.reference
    ? `${texts.reference} ${view.reference} · ${texts.statuses[view.status]}`
    : texts.statuses[view.status];

  const content: Content[] = [
    { text: `${texts.registration} – ${moduleName}`, style: "title" },
    factsTable(view, texts),
    patientTable(view, texts, locale),
    ...formOf(declaration, view.kind ?? "INITIAL").form.sections.flatMap((section) => sectionTables(section, view.formData, locale, texts)),
    ...validationTables(declaration, view, outcome, texts, locale),
  ];

  return {
    pageSize: "A4",
    pageMargins: PAGE_MARGINS,
    language: LANGUAGE_TAGS[locale],
    info: {
      title: `WBCR – ${texts.registration} ${view.reference ?? ""}`.trim(),
      subject: moduleName,
      creator: "WBCR",
      producer: "WBCR",
      creationDate: options.printedAt,
    },
    header: () => ({
      margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
      stack: [
        {
          columns: [
            { width: "*", text: [{ text: "WBCR", bold: true, color: COLOURS.brand }, { text: `   ${moduleName}`, color: COLOURS.muted }] },
            { width: "auto", text: headerRight, color: COLOURS.muted, alignment: "right" },
          ],
          fontSize: 8.5,
        },
        { canvas: [{ type: "line", x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.6, lineColor: COLOURS.rule }] },
      ],
    }),
    footer: (currentPage, pageCount) => ({
      margin: [PAGE_MARGINS[0], 14, PAGE_MARGINS[2], 0],
      columns: [
        { width: "*", text: printed },
        { width: "auto", text: formatMessage(texts.page, { page: currentPage, pages: pageCount }), alignment: "right" },
      ],
      fontSize: 7.5,
      color: COLOURS.muted,
    }),
    content,
    defaultStyle: { font: "Roboto", fontSize: 9, lineHeight: 1.15, color: COLOURS.text },
    styles: {
      title: { fontSize: 15, bold: true, color: COLOURS.brand, margin: [0, 0, 0, 8] },
      sectionTitle: { fontSize: 11, bold: true, color: COLOURS.brand, margin: [0, 2, 0, 0] },
      itemTitle: { fontSize: 9.5, bold: true, color: COLOURS.brand },
      label: { color: COLOURS.muted },
      factLabel: { color: COLOURS.muted, fontSize: 8 },
      fieldId: { fontSize: 7, color: "#8a94a3" },
      value: {},
      strongValue: { bold: true },
      emptyValue: { color: "#9aa3ae" },
      ruleId: { fontSize: 7, color: "#8a94a3" },
      confirmation: { fontSize: 8, color: COLOURS.confirmed, margin: [0, 2, 0, 0] },
      confirmationComment: { fontSize: 8.5, italics: true },
      notConfirmed: { fontSize: 8, color: COLOURS.warning, italics: true, margin: [0, 2, 0, 0] },
    },
  };
}

function getModuleOrThrow(moduleId: string): AnyModuleDeclaration {
  const declaration = getModule(moduleId);
  if (!declaration) throw new Error(`Unknown registration module "${moduleId}"`);
  return declaration;
}
