/**
 * The columns of a registration export (product spec, "Exports"), in order: who and when
 * (reference, status, module, organisation, responsible physician, created by, timestamps),
 * the patient block (decrypted), the validation status and the confirmed warnings, then every
 * column of the module (`module.exportColumns()`, groups flattened as plan1_…, plan1_lesion1_…).
 *
 * The column set is fixed per module (no measuring of the data first), so an export can stream:
 * the header is written before the first row is read. Ids are the contract (exports, data
 * dictionary, tests); labels exist in every UI language.
 */
import type { AnyModuleDeclaration, ExportAudience, ExportColumn, FieldType, RegistrationKind, RepeatCounts } from "@/lib/modules/types";
import { insurers } from "@/lib/patients/insurers";
import { identificationPathLabels, patientFieldLabels, sexLabels } from "@/lib/patients/patient-messages";
import { patientFields, type PatientField, type TPatientIdentification } from "@/lib/patients/patient-schema";
import type { RegistrationStatus, ValidationStatus } from "@/lib/registrations/registration-view";
import { t } from "@/lib/modules/translated";
import { locales, type Translated } from "@/lib/validation/types";

/** One registration as an export reads it (after the access check and decryption). */
export interface ExportSource {
  id: string;
  reference: string | null;
  status: RegistrationStatus;
  moduleId: string;
  correctionOfReference: string | null;
  kind: RegistrationKind;
  /** A follow-up's original registration's reference. */
  followUpOfReference: string | null;
  /** A project registration: the reference of the standard registration it was started from. */
  projectSourceReference?: string | null;
  /** A standard registration: the references of the sent project registrations of its hospital started from it. */
  projectReferences?: string | null;
  organisation: { nihii: string; name: string };
  responsiblePhysician: { nihii: string | null; name: string };
  createdByName: string;
  sentByName: string | null;
  /** Timestamps as ISO 8601 text in UTC, as the database writes them for the export. */
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  validationStatus: ValidationStatus;
  identifiedByService: boolean;
  patient: TPatientIdentification;
  confirmations: readonly { ruleId: string; fieldPath: string; comment: string }[];
  /** Decisions on "may already be registered" hints (lib/registrations/tumour-hints.ts); absent: none. */
  tumourDecisions?: readonly { ruleId: string; otherReference: string | null; choice: string; comment: string }[];
  formData: unknown;
}

export interface AllowedValue {
  value: string;
  label: Translated;
}

/** A column of the export and a line of the data dictionary. */
export interface RecordColumn {
  id: string;
  label: Translated;
  /** The module field types, plus "datetime" for timestamps. */
  type: FieldType | "datetime";
  allowedValues?: readonly AllowedValue[];
  format?: string;
  get(row: ExportSource): string;
}


const ISO_TIMESTAMP = "ISO 8601 date and time in UTC, yyyy-mm-ddThh:mm:ss.sssZ";
const yesNo = (value: boolean) => (value ? "YES" : "NO");

const statusValues: AllowedValue[] = [
  { value: "DRAFT", label: t("Bewaard (niet verstuurd)", "Sauvegardé (non envoyé)", "Saved (not sent)", "Gespeichert (nicht gesendet)") },
  { value: "SENT", label: t("Verstuurd", "Envoyé", "Sent", "Gesendet") },
];

const validationValues: AllowedValue[] = [
  { value: "NOT_VALIDATED", label: t("Niet gevalideerd", "Non validé", "Not validated", "Nicht validiert") },
  { value: "INVALID", label: t("Gevalideerd, met fouten", "Validé, avec erreurs", "Validated, with errors", "Validiert, mit Fehlern") },
  { value: "VALID", label: t("Gevalideerd zonder fouten", "Validé sans erreurs", "Validated without errors", "Ohne Fehler validiert") },
  { value: "VALID_WITH_WARNINGS", label: t("Gevalideerd met waarschuwingen", "Validé avec avertissements", "Validated with warnings", "Mit Warnungen validiert") },
];

/** Every insurer code once, with its most recent name (old codes stay readable). */
function insurerValues(): AllowedValue[] {
  const byCode = new Map<string, { validFrom: string; label: Translated }>();
  for (const row of insurers) {
    const known = byCode.get(row.code);
    if (!known || row.validFrom > known.validFrom) byCode.set(row.code, { validFrom: row.validFrom, label: row.names });
  }
  return [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([value, { label }]) => ({ value, label }));
}

const patientExtras: Partial<Record<PatientField, Pick<RecordColumn, "type" | "allowedValues" | "format">>> = {
  identificationPath: {
    type: "select",
    allowedValues: Object.entries(identificationPathLabels).map(([value, label]) => ({ value, label })),
  },
  insurerCode: { type: "select", allowedValues: insurerValues(), format: "3 digits" },
  insz: { type: "text", format: "11 digits, as typed (separators possible)" },
  country: { type: "text", format: "ISO 3166-1 alpha-2" },
  birthDate: { type: "date", format: "yyyy-mm-dd, or yyyy-mm / yyyy when partial" },
  sex: { type: "select", allowedValues: Object.entries(sexLabels).map(([value, label]) => ({ value, label })) },
  comment: { type: "textarea" },
};

function patientColumn(field: PatientField): RecordColumn {
  const label = patientFieldLabels[field];
  return {
    id: `patient_${field}`,
    label: t(`Patiënt – ${label.nl}`, `Patient – ${label.fr}`, `Patient – ${label.en}`, `Patient – ${label.de}`),
    type: "text",
    ...patientExtras[field],
    get: (row) => row.patient[field] ?? "",
  };
}

const kindValues: readonly AllowedValue[] = [
  { value: "INITIAL", label: t("Eerste registratie", "Premier enregistrement", "Initial registration", "Erstregistrierung") },
  { value: "FOLLOW_UP", label: t("Opvolging", "Suivi", "Follow-up", "Nachsorge") },
];

/** Modules with follow-ups say of each row whether it is one, and of what. */
function followUpColumns(): RecordColumn[] {
  return [
    { id: "kind", label: t("Soort registratie", "Type d'enregistrement", "Kind of registration", "Art der Registrierung"), type: "select", allowedValues: kindValues, get: (r) => r.kind },
    { id: "followUpOf", label: t("Opvolging van", "Suivi de", "Follow-up of", "Nachsorge zu"), type: "text", format: "WBCR reference", get: (r) => r.followUpOfReference ?? "" },
  ];
}

/** The link between a project registration and the standard registration it came from (manual §6.1.1). */
function projectLinkColumns(module?: AnyModuleDeclaration): RecordColumn[] {
  if (module?.project) {
    return [{ id: "projectSource", label: t("Gestart vanuit standaardregistratie", "Commencé à partir de l'enregistrement standard", "Started from standard registration", "Begonnen aus Standardregistrierung"), type: "text", format: "WBCR reference", get: (r) => r.projectSourceReference ?? "" }];
  }
  if (module?.kind === "standard") {
    return [{ id: "projectRegistrations", label: t("Projectregistraties", "Enregistrements de projet", "Project registrations", "Projektregistrierungen"), type: "text", format: "WBCR references separated by |", get: (r) => r.projectReferences ?? "" }];
  }
  return [];
}

/** The columns before the module's own: registration, patient and validation (and the kind, for modules with follow-ups). */
export function registrationColumns(module?: AnyModuleDeclaration): RecordColumn[] {
  return [
    ...(module?.allowsFollowUp ? followUpColumns() : []),
    { id: "registrationId", label: t("Registratie-id", "Identifiant de l'enregistrement", "Registration id", "Registrierungs-ID"), type: "text", format: "UUID", get: (r) => r.id },
    { id: "reference", label: t("WBCR-referentie", "Référence WBCR", "WBCR reference", "WBCR-Referenz"), type: "text", format: "<MODULE>-yyyy-nnnnnn, empty until sent", get: (r) => r.reference ?? "" },
    { id: "status", label: t("Status", "Statut", "Status", "Status"), type: "select", allowedValues: statusValues, get: (r) => r.status },
    { id: "correctionOf", label: t("Gecorrigeerde versie van", "Version corrigée de", "Corrected version of", "Korrigierte Fassung von"), type: "text", format: "WBCR reference", get: (r) => r.correctionOfReference ?? "" },
    { id: "module", label: t("Module", "Module", "Module", "Modul"), type: "text", get: (r) => r.moduleId },
    ...projectLinkColumns(module),
    { id: "organisationNihii", label: t("RIZIV-nummer van de instelling", "Numéro INAMI de l'institution", "NIHII number of the organisation", "LIKIV-Nummer der Einrichtung"), type: "text", format: "8 digits", get: (r) => r.organisation.nihii },
    { id: "organisation", label: t("Instelling", "Institution", "Organisation", "Einrichtung"), type: "text", get: (r) => r.organisation.name },
    { id: "responsiblePhysicianNihii", label: t("RIZIV-nummer van de verantwoordelijke arts", "Numéro INAMI du médecin responsable", "NIHII number of the responsible physician", "LIKIV-Nummer des verantwortlichen Arztes"), type: "text", get: (r) => r.responsiblePhysician.nihii ?? "" },
    { id: "responsiblePhysician", label: t("Verantwoordelijke arts", "Médecin responsable", "Responsible physician", "Verantwortlicher Arzt"), type: "text", get: (r) => r.responsiblePhysician.name },
    { id: "createdBy", label: t("Aangemaakt door", "Créé par", "Created by", "Erstellt von"), type: "text", get: (r) => r.createdByName },
    { id: "createdAt", label: t("Aangemaakt op", "Créé le", "Created at", "Erstellt am"), type: "datetime", format: ISO_TIMESTAMP, get: (r) => r.createdAt },
    { id: "updatedAt", label: t("Laatst gewijzigd op", "Dernière modification le", "Last changed at", "Zuletzt geändert am"), type: "datetime", format: ISO_TIMESTAMP, get: (r) => r.updatedAt },
    { id: "sentAt", label: t("Verstuurd op", "Envoyé le", "Sent at", "Gesendet am"), type: "datetime", format: ISO_TIMESTAMP, get: (r) => r.sentAt ?? "" },
    { id: "sentBy", label: t("Verstuurd door", "Envoyé par", "Sent by", "Gesendet von"), type: "text", get: (r) => r.sentByName ?? "" },
    ...patientFields.map(patientColumn),
    {
      id: "patient_identifiedByService",
      label: t("Patiënt – identiteit uit het Rijksregister", "Patient – identité issue du Registre national", "Patient – identity from the National Register", "Patient – Identität aus dem Nationalregister"),
      type: "checkbox",
      format: "YES or NO",
      get: (r) => yesNo(r.identifiedByService),
    },
    { id: "validationStatus", label: t("Validatiestatus", "Statut de validation", "Validation status", "Validierungsstatus"), type: "select", allowedValues: validationValues, get: (r) => r.validationStatus },
    {
      id: "confirmedWarnings",
      label: t("Bevestigde waarschuwingen", "Avertissements confirmés", "Confirmed warnings", "Bestätigte Warnungen"),
      type: "text",
      format: "rule ids separated by |",
      get: (r) => r.confirmations.map((c) => c.ruleId).join("|"),
    },
    {
      id: "confirmationComments",
      label: t("Commentaar bij de bevestigde waarschuwingen", "Commentaires des avertissements confirmés", "Comments confirming the warnings", "Kommentare zu den bestätigten Warnungen"),
      type: "textarea",
      format: '"rule id: comment", separated by " | "',
      get: (r) => r.confirmations.map((c) => `${c.ruleId}: ${c.comment}`).join(" | "),
    },
    {
      id: "tumourDecisions",
      label: t("Beslissingen over mogelijk al geregistreerde tumoren", "Décisions sur des tumeurs peut-être déjà enregistrées", "Decisions on tumours that may already be registered", "Entscheidungen zu möglicherweise bereits registrierten Tumoren"),
      type: "text",
      format: '"rule id:other reference:choice" (choice new_primary, same_tumour or checked; reference "draft" for a draft), separated by |',
      get: (r) => (r.tumourDecisions ?? []).map((d) => `${d.ruleId}:${d.otherReference ?? "draft"}:${d.choice}`).join("|"),
    },
    {
      id: "tumourDecisionComments",
      label: t("Commentaar bij die beslissingen", "Commentaires de ces décisions", "Comments on those decisions", "Kommentare zu diesen Entscheidungen"),
      type: "textarea",
      format: '"other reference: comment", separated by " | "',
      get: (r) => (r.tumourDecisions ?? []).filter((d) => d.comment !== "").map((d) => `${d.otherReference ?? "draft"}: ${d.comment}`).join(" | "),
    },
  ];
}

/**
 * A module column as a column of the export. In a module with follow-ups, the initial form's
 * columns are empty on follow-up rows (`of` = "INITIAL") and the follow-up form's, named
 * followUp_…, on initial rows.
 */
export function fromModuleColumn(column: ExportColumn, of?: RegistrationKind): RecordColumn {
  const read = column.get;
  const followUpLabel = t("Opvolging – ", "Suivi – ", "Follow-up – ", "Nachsorge – ");
  return {
    id: of === "FOLLOW_UP" ? `followUp_${column.id}` : column.id,
    label: of === "FOLLOW_UP" ? t(...locales.map((locale) => followUpLabel[locale] + column.label[locale]) as [string, string, string, string]) : column.label,
    type: column.type,
    ...(column.allowedValues ? { allowedValues: column.allowedValues } : {}),
    ...(column.format ? { format: column.format } : {}),
    get: of ? (row: ExportSource) => (row.kind === of ? read(row.formData) : "") : (row: ExportSource) => read(row.formData),
  };
}

/** The follow-up form's columns of a module with follow-ups (after the initial form's). */
export function followUpFormColumns(module: AnyModuleDeclaration, audience: ExportAudience = "registry"): RecordColumn[] {
  return module.followUp ? module.followUp.exportColumns(undefined, audience).map((column) => fromModuleColumn(column, "FOLLOW_UP")) : [];
}

/**
 * Every column of an export of `module`, in order. Without counts, each repeatable group gets
 * its `exportItems` (what the data dictionary lists); an export widens them to its data.
 */
export function exportColumnsOf(module: AnyModuleDeclaration, counts?: RepeatCounts, audience: ExportAudience = "registry"): RecordColumn[] {
  const of = module.allowsFollowUp ? "INITIAL" : undefined;
  return [
    ...registrationColumns(module),
    ...module.exportColumns(counts, audience).map((column) => fromModuleColumn(column, of)),
    ...followUpFormColumns(module, audience),
  ];
}
