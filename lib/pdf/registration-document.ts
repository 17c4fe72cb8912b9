/**
 * The registration PDF's content (F-REG-6) in reading order: title, the registration's facts,
 * the patient, every visible field of the module's form in form order, and the validation
 * outcome with warning confirmations. What is printed comes from the declarations (module form,
 * options, messages; patient labels) and never names a module.
 *
 * Every user value goes in as a plain string and is printed literally, so "<b>" or "{x}" in a
 * comment is printed as typed. This file only builds data (print-document.ts); tagged-pdf.ts
 * turns it into pages.
 */
import { toIsoDate } from "@/lib/modules/dates";
import { fieldLabel } from "@/lib/modules/describe-issue";
import { getAtPath } from "@/lib/modules/paths";
import { formOf, getModule } from "@/lib/modules/registry";
import type { PrintPart } from "@/lib/modules/printouts";
import type { AnyModuleDeclaration, FormSection, PrintoutDeclaration, RepeatableGroup } from "@/lib/modules/types";
import { walkVisibleFields } from "@/lib/modules/walk";
import { findInsurer } from "@/lib/patients/insurer-lookup";
import { formatInsz } from "@/lib/patients/insz";
import { identificationPathLabels, patientFieldLabels, sexLabels } from "@/lib/patients/patient-messages";
import { isPatientRule } from "@/lib/patients/patient-rules";
import type { PatientField } from "@/lib/patients/patient-schema";
import type { HospitalLists } from "@/lib/modules/hospital-lists";
import { describeRegistrationIssue } from "@/lib/registrations/describe-registration-issue";
import { shownForm } from "@/lib/registrations/shown-form";
import type { RegistrationOutcome, RegistrationView, WarningConfirmationView } from "@/lib/registrations/registration-view";
import { formatMessage, type Locale, type ValidationIssue } from "@/lib/validation/types";
import { EMPTY, formatFieldValue, formatIsoDate, formatTimestamp } from "./format-values";
import { pdfTexts, type PdfTexts } from "./pdf-texts";
import type { Block, Fact, FieldRow, ListItem, ListParagraph, PrintDocument } from "./print-document";
import { tumourDecisionSection } from "./tumour-decision-section";

export interface PrintOptions {
  locale: Locale;
  /** When the user asked for the PDF. */
  printedAt: Date;
  /** Who asked for it, as shown in the footer. */
  printedByName: string;
}

export const LANGUAGE_TAGS: Record<Locale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB", de: "de-BE" };

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

function fieldRow(label: string, value: string, id?: string): FieldRow {
  return { label, id, value, empty: value === EMPTY };
}

// ---------------------------------------------------------------------------------------------
// Registration facts and patient

function onBy(texts: PdfTexts, moment: Date | null, name: string | null): string {
  if (!moment) return EMPTY;
  return formatMessage(texts.onBy, { date: formatTimestamp(moment), name: name ?? EMPTY });
}

function factsBlock(view: RegistrationView, texts: PdfTexts): Block {
  const facts: Fact[] = [
    { label: texts.reference, value: view.reference ?? texts.noReference, strong: Boolean(view.reference) },
    { label: texts.status, value: texts.statuses[view.status], strong: true },
    { label: texts.validationStatus, value: texts.validationStatuses[view.validationStatus] },
    { label: texts.organisation, value: view.organisation.name },
    { label: texts.responsiblePhysician, value: view.responsiblePhysician.name },
    { label: texts.created, value: onBy(texts, view.createdAt, view.createdByName) },
    { label: texts.lastChanged, value: formatTimestamp(view.updatedAt) },
    { label: texts.sent, value: onBy(texts, view.sentAt, view.sentByName) },
  ];
  if (view.correctionOfReference) facts.push({ label: texts.correctionOf, value: view.correctionOfReference, strong: true });
  if (view.correctedBy) facts.push({ label: texts.correctedBy, value: view.correctedBy.reference, strong: true });
  if (view.kind === "FOLLOW_UP") facts.push({ label: texts.followUpOf, value: view.followUpOf?.reference ?? EMPTY, strong: true });
  if (view.sourceRegistration) facts.push({ label: texts.projectSource, value: view.sourceRegistration.reference ?? EMPTY, strong: true });
  const projects = (view.projectRegistrations ?? []).flatMap((linked) => (linked.reference ? [linked.reference] : []));
  if (projects.length > 0) facts.push({ label: texts.projectRegistrations, value: projects.join(", ") });
  return { kind: "facts", facts };
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

function patientSection(view: RegistrationView, texts: PdfTexts, locale: Locale): Block {
  const rows = PATIENT_FIELDS.map((field) => fieldRow(patientFieldLabels[field][locale], patientValue(field, view, locale)));
  const source = view.identifiedByService ? texts.identitySources.service : texts.identitySources.hand;
  rows.splice(2, 0, fieldRow(texts.identitySource, source));
  return { kind: "section", blocks: [{ kind: "heading", level: 2, text: texts.patient }, { kind: "fields", rows }] };
}

// ---------------------------------------------------------------------------------------------
// The module's form

function itemTitle(group: RepeatableGroup, index: number, locale: Locale): string {
  return group.itemLabel[locale].replace("{n}", String(index + 1));
}

/** The section's visible fields in form order, cut into blocks per repeatable item. */
function sectionRows(section: FormSection, data: unknown, locale: Locale, texts: PdfTexts, hospitalLists: HospitalLists): { trail: string; rows: FieldRow[] }[] {
  const blocks: { trail: string; rows: FieldRow[] }[] = [];
  for (const instance of walkVisibleFields({ sections: [section] }, data)) {
    const { field } = instance;
    // "Plan 1 › Lesion 2"; "" outside repeatable groups.
    const trail = instance.items.map(({ group, index }) => itemTitle(group, index, locale)).join(" › ");
    let row: FieldRow;
    if (field.kind === "group") {
      // The items follow as blocks of their own; an empty list is shown as one empty row.
      const list = getAtPath(data, instance.path);
      if (Array.isArray(list) && list.length > 0) continue;
      row = fieldRow(field.label[locale], EMPTY, field.id);
    } else {
      row = fieldRow(field.label[locale], formatFieldValue(field, getAtPath(data, instance.path), instance.scope, locale, texts, hospitalLists), field.id);
    }
    const last = blocks.at(-1);
    if (last && last.trail === trail) last.rows.push(row);
    else blocks.push({ trail, rows: [row] });
  }
  return blocks;
}

function formSection(section: FormSection, data: unknown, locale: Locale, texts: PdfTexts, hospitalLists: HospitalLists): Block {
  const blocks: Block[] = [{ kind: "heading", level: 2, text: `${section.id}. ${section.title[locale]}` }];
  for (const { trail, rows } of sectionRows(section, data, locale, texts, hospitalLists)) {
    if (trail) blocks.push({ kind: "section", blocks: [{ kind: "heading", level: 3, text: trail }, { kind: "fields", rows }] });
    else blocks.push({ kind: "fields", rows });
  }
  return { kind: "section", blocks };
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

function confirmationParagraphs(confirmation: WarningConfirmationView, texts: PdfTexts): ListParagraph[] {
  const who = formatMessage(texts.confirmedBy, {
    name: confirmation.confirmedByName,
    date: formatTimestamp(confirmation.confirmedAt),
  });
  const paragraphs: ListParagraph[] = [{ text: who, style: "confirmation" }];
  if (confirmation.comment.trim() !== "") paragraphs.push({ text: confirmation.comment, style: "comment" });
  return paragraphs;
}

function issueItems(
  issues: readonly ValidationIssue[],
  describe: (issue: ValidationIssue) => string,
  confirmationsOf?: (issue: ValidationIssue) => WarningConfirmationView[],
  texts?: PdfTexts,
): ListItem[] {
  return issues.map((issue, index) => {
    const paragraphs: ListParagraph[] = [
      { text: describe(issue), style: "issue" },
      { text: issue.ruleId, style: "ruleId" },
    ];
    if (confirmationsOf && texts) {
      const found = confirmationsOf(issue);
      if (found.length === 0) paragraphs.push({ text: texts.notConfirmed, style: "notConfirmed" });
      for (const confirmation of found) paragraphs.push(...confirmationParagraphs(confirmation, texts));
    }
    return { marker: `${index + 1}.`, paragraphs };
  });
}

function validationSection(
  declaration: AnyModuleDeclaration,
  view: RegistrationView,
  outcome: RegistrationOutcome,
  texts: PdfTexts,
  locale: Locale,
): Block {
  const describe = (issue: ValidationIssue) => describeRegistrationIssue(view, issue, locale);
  const errors = outcome.issues.filter((issue) => issue.severity === "error");
  const warnings = outcome.issues.filter((issue) => issue.severity === "warning");
  const information = outcome.issues.filter((issue) => issue.severity === "information");
  const summary =
    outcome.issues.length === 0
      ? texts.noIssues
      : formatMessage(texts.issueCounts, { errors: errors.length, warnings: warnings.length });
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: texts.validation },
    // The outcome given to print (validated now), not the stored status shown in the facts.
    { kind: "paragraph", text: summary },
  ];
  if (errors.length > 0) {
    blocks.push({
      kind: "section",
      blocks: [
        { kind: "heading", level: 3, text: `${texts.errors} (${errors.length})`, tone: "error" },
        { kind: "list", tone: "error", items: issueItems(errors, describe) },
      ],
    });
  }
  if (warnings.length > 0) {
    const confirmationsOf = (issue: ValidationIssue) => view.confirmations.filter((confirmation) => confirms(confirmation, issue));
    blocks.push({
      kind: "section",
      blocks: [
        { kind: "heading", level: 3, text: `${texts.warnings} (${warnings.length})`, tone: "warning" },
        { kind: "list", tone: "warning", items: issueItems(warnings, describe, confirmationsOf, texts) },
      ],
    });
  }
  if (information.length > 0) {
    blocks.push({
      kind: "section",
      blocks: [
        { kind: "heading", level: 3, text: `${texts.information} (${information.length})`, tone: "muted" },
        { kind: "list", tone: "muted", items: issueItems(information, describe) },
      ],
    });
  }
  const others = view.confirmations.filter((confirmation) => !warnings.some((issue) => confirms(confirmation, issue)));
  if (others.length > 0) {
    const items = others.map((confirmation, index): ListItem => {
      const field = isPatientRule(confirmation.ruleId)
        ? (ownEntry(patientFieldLabels, confirmation.fieldPath)?.[locale] ?? confirmation.fieldPath)
        : (fieldLabel(formOf(declaration, view.kind ?? "INITIAL").form, confirmation.fieldPath, locale) ?? confirmation.fieldPath);
      return {
        marker: `${index + 1}.`,
        paragraphs: [{ text: field, style: "plain" }, { text: confirmation.ruleId, style: "ruleId" }, ...confirmationParagraphs(confirmation, texts)],
      };
    });
    blocks.push({
      kind: "section",
      blocks: [
        { kind: "heading", level: 3, text: texts.otherConfirmations },
        { kind: "list", tone: "muted", items },
      ],
    });
  }
  return { kind: "section", blocks };
}

// ---------------------------------------------------------------------------------------------
// The document

function registrationBody(declaration: AnyModuleDeclaration, view: RegistrationView, outcome: RegistrationOutcome, texts: PdfTexts, locale: Locale): Block[] {
  const form = shownForm(declaration, view);
  return [
    { kind: "heading", level: 1, text: `${texts.registration} – ${declaration.name[locale]}` },
    factsBlock(view, texts),
    patientSection(view, texts, locale),
    ...form.sections.map((section) => formSection(section, view.formData, locale, texts, view.hospitalLists)),
    validationSection(declaration, view, outcome, texts, locale),
    ...tumourDecisionSection(view, locale),
  ];
}

/**
 * A printout (e.g. the MOC participants for the insurer): who and when, the patient, the
 * declared sections' visible fields (person fields print through their field type, whatever
 * their shape), then the statements and a line per signature.
 */
function printoutBody(declaration: AnyModuleDeclaration, printout: PrintoutDeclaration, view: RegistrationView, texts: PdfTexts, locale: Locale): Block[] {
  const form = shownForm(declaration, view);
  const sections = printout.sections.flatMap((id) => form.sections.filter((section) => section.id === id));
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: `${printout.title[locale]} – ${declaration.name[locale]}` },
    factsBlock(view, texts),
    patientSection(view, texts, locale),
    ...sections.map((section) => formSection(section, view.formData, locale, texts, view.hospitalLists)),
  ];
  const statements = printout.statements ?? [];
  const signatures = printout.signatures ?? [];
  if (statements.length > 0 || signatures.length > 0) {
    blocks.push({
      kind: "section",
      blocks: [
        { kind: "heading", level: 2, text: texts.statements },
        ...statements.map((statement): Block => ({ kind: "paragraph", text: statement[locale] })),
        ...(signatures.length > 0 ? [{ kind: "fields", rows: signatures.map((caption) => fieldRow(caption[locale], texts.signatureLine)) } as Block] : []),
      ],
    });
  }
  return blocks;
}

/** The registration's PDF (F-REG-6): the registration alone. */
export function buildRegistrationDocument(view: RegistrationView, outcome: RegistrationOutcome, options: PrintOptions): PrintDocument {
  return buildPrintDocument(view, outcome, options, [{ kind: "registration" }]);
}

/** One file of `parts` (the registration, a printout, or both: "Rapport afdrukken"), each from a new page. */
export function buildPrintDocument(view: RegistrationView, outcome: RegistrationOutcome, options: PrintOptions, parts: readonly PrintPart[]): PrintDocument {
  const declaration = getModuleOrThrow(view.moduleId);
  const { locale } = options;
  const texts = pdfTexts[locale];
  const moduleName = declaration.name[locale];
  const titles = parts.map((part) => (part.kind === "registration" ? texts.registration : part.printout.title[locale]));
  const body = parts.flatMap((part, index): Block[] => [
    ...(index > 0 ? [{ kind: "pageBreak" } as Block] : []),
    ...(part.kind === "registration" ? registrationBody(declaration, view, outcome, texts, locale) : printoutBody(declaration, part.printout, view, texts, locale)),
  ]);
  return {
    language: LANGUAGE_TAGS[locale],
    title: `WBCR – ${titles.join(" + ")} ${view.reference ?? ""}`.trim(),
    subject: moduleName,
    createdAt: options.printedAt,
    header: {
      brand: "WBCR",
      name: moduleName,
      right: view.reference ? `${texts.reference} ${view.reference} · ${texts.statuses[view.status]}` : texts.statuses[view.status],
    },
    footer: {
      left: formatMessage(texts.printedOnBy, { date: formatTimestamp(options.printedAt), name: options.printedByName }),
      page: (page, pages) => formatMessage(texts.page, { page, pages }),
    },
    body,
  };
}

function getModuleOrThrow(moduleId: string): AnyModuleDeclaration {
  const declaration = getModule(moduleId);
  if (!declaration) throw new Error(`Unknown registration module "${moduleId}"`);
  return declaration;
}
