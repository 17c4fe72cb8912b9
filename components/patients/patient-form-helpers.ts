/**
 * Pure logic of the patient identification form, kept out of the component so it can be unit
 * tested without a DOM: form values, INSZ feedback and prefill, IdentifyPerson mapping, which
 * issue belongs to which field, and what is sent to the server.
 */

import type { IdentifiedPerson } from "@/lib/patients/identify-person";
import { formatInsz, normaliseInsz, parseInsz, type InszFailureReason, type InszParseResult } from "@/lib/patients/insz";
import { formatPatientIssue } from "@/lib/patients/patient-messages";
import { formatPartialDate } from "@/lib/patients/partial-date";
import {
  identificationPaths,
  patientFields,
  type IdentificationPath,
  type PatientField,
  type TPatientIdentification,
} from "@/lib/patients/patient-schema";
import type { Locale, ValidationIssue } from "@/lib/validation/types";
import { BELGIUM } from "./countries";
import type { ExistingRegistrations, PatientIssueMessage, PatientSubmission } from "./types";

export type PatientSex = "" | "M" | "F";

/** The form's working copy: every field a string, the path always chosen. */
export type PatientFormValues = {
  [K in Exclude<PatientField, "identificationPath" | "sex">]: string;
} & {
  identificationPath: IdentificationPath;
  sex: PatientSex;
};

/** Fields IdentifyPerson fills (F-PAT-2); read-only while they hold the register's data. */
export const serviceFields = ["lastName", "firstName", "birthDate", "sex", "postalCode", "town", "country"] as const;
export type ServiceField = (typeof serviceFields)[number];
export type ServiceValues = Pick<PatientFormValues, ServiceField>;

/** Form values from the saved draft; the INSZ path by default, Belgium unless abroad. */
export function toFormValues(data: TPatientIdentification): PatientFormValues {
  const path = data.identificationPath ?? "INSZ";
  const country = (data.country ?? "").trim().toUpperCase();
  return {
    identificationPath: path,
    insurerCode: data.insurerCode ?? "",
    insuranceNumber: data.insuranceNumber ?? "",
    otherIdentifier: data.otherIdentifier ?? "",
    insz: formatInsz((data.insz ?? "").trim()),
    lastName: data.lastName ?? "",
    firstName: data.firstName ?? "",
    postalCode: data.postalCode ?? "",
    town: data.town ?? "",
    country: country !== "" ? country : path === "NO_INSZ_ABROAD" ? "" : BELGIUM,
    birthDate: data.birthDate ?? "",
    sex: data.sex ?? "",
    comment: data.comment ?? "",
  };
}

/** The fields IdentifyPerson fills, from the person it found. Unknown values become empty. */
export function personToFormValues(person: IdentifiedPerson): ServiceValues {
  return {
    lastName: person.lastName,
    firstName: person.firstName,
    birthDate: person.birthDate ?? "",
    sex: person.sex ?? "",
    postalCode: person.address.postalCode,
    town: person.address.town,
    country: person.address.country.toUpperCase(),
  };
}

/** True when the form still holds exactly what the register returned. */
export function matchesPerson(values: PatientFormValues, person: IdentifiedPerson): boolean {
  const fromPerson = personToFormValues(person);
  return serviceFields.every((field) => values[field].trim() === fromPerson[field]);
}

/**
 * The register's answer applied to the form: its fields, and the insurer when the service knows
 * it and none was chosen yet (the insurer stays editable: it is not the register's to lock).
 */
export function applyRegisterData(values: PatientFormValues, person: IdentifiedPerson): PatientFormValues {
  const insurerCode = values.insurerCode === "" && person.insurerCode ? person.insurerCode : values.insurerCode;
  return { ...values, ...personToFormValues(person), insurerCode };
}

/**
 * After the INSZ changed to another number: empties the fields that still hold the previous
 * person's data, so nobody registers one patient with another's name. Typed values stay.
 */
export function clearPersonValues(values: PatientFormValues, person: IdentifiedPerson): PatientFormValues {
  const fromPerson = personToFormValues(person);
  const next = { ...values };
  if (person.insurerCode && next.insurerCode === person.insurerCode) next.insurerCode = "";
  for (const field of serviceFields) {
    if (field === "country") continue; // BE stays a sensible default
    if (next[field] === fromPerson[field]) (next as Record<ServiceField, string>)[field] = "";
  }
  return next;
}

/** What a valid INSZ tells about the patient, as form values. */
export interface InszPrefill {
  /** `yyyy-mm-dd`, `yyyy-mm`, `yyyy`, or "" when the number does not encode the birth date. */
  birthDate: string;
  /** Null when the number does not encode the sex (BIS number with month + 20). */
  sex: "M" | "F" | null;
  /** The number encodes an unknown day or month (or birth date): a partial date is expected. */
  partialBirthDate: boolean;
}

export function inszPrefill(parse: Extract<InszParseResult, { ok: true }>): InszPrefill {
  const birthDate = formatPartialDate(parse.birthDate) ?? "";
  return { birthDate, sex: parse.sex, partialBirthDate: parse.birthDate.day === undefined };
}

/**
 * Prefills birth date and sex from the INSZ when the service did not answer. The birth date is
 * only replaced when empty or still the previous prefill (so a typed date is never overwritten);
 * the sex always follows the number when it encodes one (the field is then locked).
 */
export function applyInszPrefill(
  values: PatientFormValues,
  prefill: InszPrefill,
  previous: InszPrefill | null,
): PatientFormValues {
  const next = { ...values };
  const birthDate = values.birthDate.trim();
  if (prefill.birthDate !== "" && (birthDate === "" || birthDate === previous?.birthDate)) next.birthDate = prefill.birthDate;
  if (prefill.sex !== null) next.sex = prefill.sex;
  return next;
}

/** How the INSZ field should look while and after typing. */
export type InszStatus =
  | { state: "empty" }
  /** Fewer than 11 digits and the field still has focus: no verdict yet. */
  | { state: "incomplete" }
  | { state: "invalid"; reason: InszFailureReason }
  | { state: "valid"; digits: string; parse: Extract<InszParseResult, { ok: true }> };

/**
 * Live verdict on the INSZ field: judged once 11 digits are typed or when the field loses focus;
 * characters that can never belong to a number (letters) and more than 11 digits are reported at
 * once.
 */
export function inszStatus(value: string, options: { blurred: boolean; currentYear?: number }): InszStatus {
  if (value.trim() === "") return { state: "empty" };
  const digits = normaliseInsz(value);
  if (digits === null) return { state: "invalid", reason: "format" };
  if (digits.length < 11 && !options.blurred) return { state: "incomplete" };
  const parse = parseInsz(value, { currentYear: options.currentYear });
  return parse.ok ? { state: "valid", digits: parse.insz, parse } : { state: "invalid", reason: parse.reason };
}

const inszFailureReasons: readonly string[] = ["format", "length", "date", "checksum"] satisfies InszFailureReason[];

export function isInszFailureReason(reason: string): reason is InszFailureReason {
  return inszFailureReasons.includes(reason);
}

/**
 * The message for an invalid INSZ, from the patient rule catalogue (the same texts the server
 * uses for PAT-E02); null for a reason the catalogue does not know.
 */
export function inszReasonMessage(reason: string, locale: Locale): string | null {
  if (!isInszFailureReason(reason)) return null;
  return formatPatientIssue(clientIssue("PAT-E02", "insz", `patient.insz.${reason}`), locale);
}

/** The message for a birth date that is not yyyy-mm-dd / yyyy-mm / yyyy (PAT-E11). */
export function birthDateInvalidMessage(locale: Locale): string {
  return formatPatientIssue(clientIssue("PAT-E11", "birthDate", "patient.birthDate.invalid"), locale);
}

function clientIssue(ruleId: string, field: PatientField, messageKey: string): ValidationIssue {
  return { ruleId, ruleVersion: 1, severity: "error", path: field, messageKey, params: { field } };
}

/** Fields the form shows on a path. */
export function visibleFields(path: IdentificationPath): PatientField[] {
  return patientFields.filter((field) => {
    if (field === "insz") return path === "INSZ";
    if (field === "otherIdentifier") return path !== "INSZ";
    return true;
  });
}

function isPatientField(name: string): name is PatientField {
  return (patientFields as string[]).includes(name);
}

/**
 * The field an issue belongs to, or null when it names none. PAT-W01 is reported on `insz` but
 * is answered in the comment field (WBCR manual 6.1.1), and the INSZ field is hidden on its path.
 */
export function issueField(issue: ValidationIssue): PatientField | null {
  if (issue.ruleId === "PAT-W01") return "comment";
  const head = issue.path.split(".")[0] ?? "";
  return isPatientField(head) ? head : null;
}

/** DOM id of a field's focusable control (the first radio of a radio group). */
export function fieldInputId(field: PatientField): string {
  return `patient-${field}`;
}

export function fieldMessageId(field: PatientField): string {
  return `patient-${field}-message`;
}

export function fieldHintId(field: PatientField): string {
  return `patient-${field}-hint`;
}

/** Issues per field, in the order the server listed them. */
export function issuesByField(issues: readonly PatientIssueMessage[]): Map<PatientField, PatientIssueMessage[]> {
  const map = new Map<PatientField, PatientIssueMessage[]>();
  for (const item of issues) {
    const field = issueField(item.issue);
    if (field === null) continue;
    map.set(field, [...(map.get(field) ?? []), item]);
  }
  return map;
}

/**
 * Where focus goes after a refused "Next": the error summary when there is something to fix,
 * the comment field when the only thing asked is the PAT-W01 explanation.
 */
export function focusAfterSubmit(issues: readonly PatientIssueMessage[], hasFormError: boolean): "summary" | PatientField | null {
  if (hasFormError || issues.some((item) => item.issue.severity === "error")) return "summary";
  if (issues.some((item) => item.issue.ruleId === "PAT-W01")) return "comment";
  return issues.length > 0 ? "summary" : null;
}

/** Total of existing registrations; the notice shows when it is above 0 (F-PAT-3). */
export function existingTotal(existing: ExistingRegistrations): number {
  return existing === null ? 0 : existing.saved + existing.sent + existing.sentElsewhere;
}

/**
 * What "Next" sends. Fields hidden on the chosen path are sent empty so nothing invisible is
 * stored (and PAT-E10 never fires for a forgotten INSZ); a sex the INSZ encodes wins.
 */
export function buildSubmission(
  values: PatientFormValues,
  options: { identifiedByService: boolean; sexFromInsz: "M" | "F" | null },
): PatientSubmission {
  const path = values.identificationPath;
  const data: PatientSubmission = { identifiedByService: options.identifiedByService && path === "INSZ" };
  for (const field of patientFields) {
    if (field === "identificationPath" || field === "sex") continue;
    data[field] = values[field].trim();
  }
  data.identificationPath = path;
  data.sex = path === "INSZ" && options.sexFromInsz !== null ? options.sexFromInsz : values.sex;
  if (path !== "INSZ") data.insz = "";
  if (path === "INSZ") data.otherIdentifier = "";
  data.country = (data.country ?? "").toUpperCase();
  return data;
}

/** Country after a path change: Belgium for the Belgian paths, a choice to make abroad. */
export function countryForPath(current: string, path: IdentificationPath): string {
  if (path === "NO_INSZ_ABROAD") return current === BELGIUM ? "" : current;
  if (path === "NO_INSZ_BELGIUM") return BELGIUM;
  return current === "" ? BELGIUM : current;
}

/** `yyyy-mm-dd` → `dd/mm/yyyy` (Belgian order), partial dates likewise; other text unchanged. */
export function displayDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return [day, month, year].filter((part) => part !== undefined).join("/");
}

/** Today as `yyyy-mm-dd` in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isIdentificationPath(value: string): value is IdentificationPath {
  return (identificationPaths as readonly string[]).includes(value);
}

/**
 * Errors Next.js uses for redirect()/notFound() from a server action: they must reach the
 * framework, not be shown as "saving failed".
 */
export function isNavigationError(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("digest" in error)) return false;
  const digest = (error as { digest: unknown }).digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}
