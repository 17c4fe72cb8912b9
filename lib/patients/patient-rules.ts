/**
 * Validation rules of the patient identification page (F-PAT, patient-identification.md).
 * Each rule has a stable id and version (ValidationIssue), its own tests, and runs identically in
 * the browser and on the server. Texts live in patient-messages.ts.
 *
 * Rules run on the draft shape (patient-schema.ts): a missing value is an issue here, never a
 * parse failure, so the user sees every problem at once with the field it belongs to.
 */

import type { Severity, ValidationIssue } from "@/lib/validation/types";
import { parseInsz, type InszParseResult } from "./insz";
import { findInsurer } from "./insurer-lookup";
import type { PatientMessageKey } from "./patient-messages";
import { earliestIsoDay, formatPartialDate, parsePartialDate, partialDatesConflict, type PartialDate } from "./partial-date";
import type { IdentificationPath, PatientField, TPatientIdentification } from "./patient-schema";
import { PATIENT_SHAPE_RULE } from "./patient-shape-issues";

export interface PatientValidationContext {
  /** The day the check runs; a Date is read in local time, a string must be `yyyy-mm-dd`. */
  today: Date | string;
  /**
   * True when IdentifyPerson found the INSZ and filled the fields. Its data is then the
   * register's: hand-entry requirements and the "agrees with the INSZ" checks do not apply.
   */
  identifySucceeded: boolean;
}

/** Everything a rule may need, computed once. */
export interface PatientRuleInput {
  data: TPatientIdentification;
  todayIso: string;
  path: IdentificationPath | undefined;
  /** Fields came from IdentifyPerson (only possible on the INSZ path). */
  serviceFilled: boolean;
  /** Parse of the typed INSZ; null when the field is empty. */
  insz: InszParseResult | null;
  /** Parse of the typed birth date; null when empty or not a date. */
  birthDate: PartialDate | null;
}

export interface PatientRule {
  id: string;
  version: number;
  severity: Severity;
  /** One line for developers and the rule catalogue; users see patient-messages.ts. */
  description: string;
  check(input: PatientRuleInput): ValidationIssue[];
}

/** Fields a user must type when no service data filled them (WBCR manual 5.1, remark 2b). */
const HAND_REQUIRED_FIELDS = ["lastName", "firstName", "postalCode", "town", "birthDate", "sex"] as const;

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === "";
}

function toIsoDay(today: Date | string): string {
  if (typeof today === "string") return today;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

type Report = (
  field: PatientField,
  messageKey: PatientMessageKey,
  extraParams?: Record<string, string | number>,
) => ValidationIssue;

interface PatientRuleDefinition extends Omit<PatientRule, "check"> {
  /** Returns the rule's issues; `report` stamps them with the rule's id, version and severity. */
  check(input: PatientRuleInput, report: Report): ValidationIssue[];
}

function defineRule(definition: PatientRuleDefinition): PatientRule {
  const { id, version, severity } = definition;
  const report: Report = (field, messageKey, extraParams = {}) => ({
    ruleId: id,
    ruleVersion: version,
    severity,
    path: field,
    messageKey,
    // `field` names the field; formatPatientIssue turns it into the translated label.
    params: { field, ...extraParams },
  });
  return { ...definition, check: (input) => definition.check(input, report) };
}

const requiredByHand = defineRule({
  id: "PAT-E01",
  version: 1,
  severity: "error",
  description: "Without service data: last name, first name, postal code, town, birth date and sex are required.",
  check({ data, serviceFilled, path }, report) {
    if (serviceFilled) return [];
    return HAND_REQUIRED_FIELDS.filter((field) => isBlank(data[field]))
      // Abroad, the missing postal code is reported by PAT-E07 with a more specific message.
      .filter((field) => !(field === "postalCode" && path === "NO_INSZ_ABROAD"))
      .map((field) => report(field, "patient.required"));
  },
});

const validInsz = defineRule({
  id: "PAT-E02",
  version: 1,
  severity: "error",
  description: "With INSZ: the INSZ is present and valid (format, 11 digits, birth date part, check digits).",
  check({ path, insz }, report) {
    if (path !== "INSZ") return [];
    if (insz === null) return [report("insz", "patient.insz.required")];
    if (insz.ok) return [];
    return [report("insz", `patient.insz.${insz.reason}`)];
  },
});

const birthDateAgreesWithInsz = defineRule({
  id: "PAT-E03",
  version: 1,
  severity: "error",
  description: "A birth date typed by hand agrees with the birth date encoded in the INSZ.",
  check({ data, path, serviceFilled, insz, birthDate }, report) {
    if (path !== "INSZ" || serviceFilled || !insz?.ok || birthDate === null) return [];
    if (!partialDatesConflict(birthDate, insz.birthDate)) return [];
    return [
      report("birthDate", "patient.birthDate.disagreesWithInsz", {
        value: (data.birthDate ?? "").trim(),
        inszValue: formatPartialDate(insz.birthDate) ?? "",
      }),
    ];
  },
});

const sexAgreesWithInsz = defineRule({
  id: "PAT-E04",
  version: 1,
  severity: "error",
  description: "A sex typed by hand agrees with the sex encoded in the INSZ (when it encodes one).",
  check({ data, path, serviceFilled, insz }, report) {
    if (path !== "INSZ" || serviceFilled || !insz?.ok || insz.sex === null || isBlank(data.sex)) return [];
    return data.sex === insz.sex ? [] : [report("sex", "patient.sex.disagreesWithInsz")];
  },
});

const birthDateNotInFuture = defineRule({
  id: "PAT-E05",
  version: 1,
  severity: "error",
  description: "The birth date is not in the future (a partial date only when its first possible day is).",
  check({ birthDate, todayIso }, report) {
    if (birthDate === null) return [];
    const earliest = earliestIsoDay(birthDate);
    return earliest !== null && earliest > todayIso ? [report("birthDate", "patient.birthDate.future")] : [];
  },
});

const abroadNeedsForeignCountry = defineRule({
  id: "PAT-E06",
  version: 1,
  severity: "error",
  description: "Domiciled abroad: the country is a 2-letter code other than BE.",
  check({ data, path }, report) {
    if (path !== "NO_INSZ_ABROAD") return [];
    const country = (data.country ?? "").trim().toUpperCase();
    return /^[A-Z]{2}$/.test(country) && country !== "BE"
      ? []
      : [report("country", "patient.country.abroadRequired")];
  },
});

const abroadNeedsPostalCode = defineRule({
  id: "PAT-E07",
  version: 1,
  severity: "error",
  description: "Domiciled abroad: the foreign postal code is required.",
  check({ data, path }, report) {
    if (path !== "NO_INSZ_ABROAD" || !isBlank(data.postalCode)) return [];
    return [report("postalCode", "patient.postalCode.abroadRequired")];
  },
});

const withoutInszNeedsOtherNumber = defineRule({
  id: "PAT-E08",
  version: 1,
  severity: "error",
  description: "Without INSZ (Belgium or abroad): a health insurance number or another unique id is required.",
  check({ data, path }, report) {
    if (path !== "NO_INSZ_BELGIUM" && path !== "NO_INSZ_ABROAD") return [];
    if (!isBlank(data.insuranceNumber) || !isBlank(data.otherIdentifier)) return [];
    return [report("insuranceNumber", "patient.insuranceNumber.requiredWithoutInsz")];
  },
});

const identificationPathChosen = defineRule({
  id: "PAT-E09",
  version: 1,
  severity: "error",
  description: "It is stated whether the patient has an INSZ, or is domiciled without one in Belgium or abroad.",
  check({ path }, report) {
    return path === undefined ? [report("identificationPath", "patient.identificationPath.required")] : [];
  },
});

const noInszOnPathWithout = defineRule({
  id: "PAT-E10",
  version: 1,
  severity: "error",
  description: "On a 'without INSZ' path the INSZ field is empty, so the stored identity is unambiguous.",
  check({ path, insz }, report) {
    if (path !== "NO_INSZ_BELGIUM" && path !== "NO_INSZ_ABROAD") return [];
    return insz === null ? [] : [report("insz", "patient.insz.notExpected")];
  },
});

const birthDateIsDate = defineRule({
  id: "PAT-E11",
  version: 1,
  severity: "error",
  description: "A birth date, when given, is yyyy-mm-dd, yyyy-mm or yyyy and exists in the calendar.",
  check({ data, birthDate }, report) {
    if (isBlank(data.birthDate) || birthDate !== null) return [];
    return [report("birthDate", "patient.birthDate.invalid")];
  },
});

const insurerChosen = defineRule({
  id: "PAT-E12",
  version: 1,
  severity: "error",
  description: "The health insurance institution is chosen ('Unknown' allowed) and is a code valid today.",
  check({ data, todayIso }, report) {
    const code = (data.insurerCode ?? "").trim();
    if (code === "") return [report("insurerCode", "patient.insurer.required")];
    return findInsurer(code, todayIso) ? [] : [report("insurerCode", "patient.insurer.unknownCode", { code })];
  },
});

const inszExpectedInBelgium = defineRule({
  id: "PAT-W01",
  version: 1,
  severity: "warning",
  description: "Without INSZ but domiciled in Belgium: the INSZ is required unless the comment explains.",
  check({ data, path }, report) {
    if (path !== "NO_INSZ_BELGIUM" || !isBlank(data.comment)) return [];
    return [report("insz", "patient.insz.requiredInBelgium")];
  },
});

/** Every patient rule, in the order issues are listed. */
export const patientRules: readonly PatientRule[] = [
  identificationPathChosen,
  insurerChosen,
  validInsz,
  noInszOnPathWithout,
  requiredByHand,
  birthDateIsDate,
  birthDateNotInFuture,
  birthDateAgreesWithInsz,
  sexAgreesWithInsz,
  abroadNeedsForeignCountry,
  abroadNeedsPostalCode,
  withoutInszNeedsOtherNumber,
  inszExpectedInBelgium,
];

const patientRuleIds: ReadonlySet<string> = new Set([...patientRules.map((rule) => rule.id), PATIENT_SHAPE_RULE]);

/** Whether an issue (or a stored confirmation) comes from the patient block rather than the module's form. */
export function isPatientRule(ruleId: string): boolean {
  return patientRuleIds.has(ruleId);
}

/**
 * Validates the patient block. Errors block sending; PAT-W01 is an orange warning that a comment
 * satisfies (F-PAT-4).
 */
export function validatePatient(data: TPatientIdentification, context: PatientValidationContext): ValidationIssue[] {
  const todayIso = toIsoDay(context.today);
  const inszText = (data.insz ?? "").trim();
  const insz = inszText === "" ? null : parseInsz(inszText, { currentYear: Number(todayIso.slice(0, 4)) });
  // An older draft without a path but with an INSZ was made on the INSZ path.
  const path = data.identificationPath ?? (insz !== null ? "INSZ" : undefined);
  const birthDateText = (data.birthDate ?? "").trim();
  const input: PatientRuleInput = {
    data,
    todayIso,
    path,
    serviceFilled: context.identifySucceeded && path === "INSZ",
    insz,
    birthDate: birthDateText === "" ? null : parsePartialDate(birthDateText),
  };
  return patientRules.flatMap((rule) => rule.check(input));
}
