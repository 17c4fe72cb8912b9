/**
 * Shape of the patient identification page (F-PAT-1, F-PAT-4). Deliberately permissive: a draft
 * may be saved however incomplete (F-REG-1), so every field is optional and only bounded in
 * length. What a complete, correct patient block is, is decided by patient-rules.ts, which
 * reports issues with rule ids instead of refusing the save.
 *
 * Shared by the browser (react-hook-form resolver) and the server action.
 */

import { z } from "zod";

/** How the patient is identified; the WBCR manual's two "without INSZ" options are explicit. */
export const identificationPaths = ["INSZ", "NO_INSZ_BELGIUM", "NO_INSZ_ABROAD"] as const;
export type IdentificationPath = (typeof identificationPaths)[number];

/** Sex as typed by hand; "" is an untouched select. */
export const patientSexes = ["M", "F"] as const;

/** Trimmed so "  " counts as empty everywhere, bounded so nobody can store a novel in a field. */
const text = (max: number) => z.string().trim().max(max, { error: `At most ${max} characters` }).optional();

export const ZPatientIdentification = z.object({
  identificationPath: z.enum(identificationPaths).optional(),
  /** 3-digit code from insurers.ts ("000" = unknown). */
  insurerCode: text(3),
  insuranceNumber: text(40),
  otherIdentifier: text(60),
  /** As typed, separators allowed ("85.07.30-033.28" is 15 characters). */
  insz: text(20),
  lastName: text(100),
  firstName: text(100),
  /** Foreign postal codes are alphanumeric and longer than Belgian ones. */
  postalCode: text(12),
  town: text(100),
  /** ISO 3166-1 alpha-2; "BE" unless domiciled abroad. */
  country: text(2),
  /** `yyyy-mm-dd`, or partial `yyyy-mm` / `yyyy` when the day or month is unknown. */
  birthDate: text(10),
  sex: z.enum([...patientSexes, ""]).optional(),
  /** Free comment; also how the user explains a patient without INSZ (PAT-W01). */
  comment: text(2000),
});

export type TPatientIdentification = z.infer<typeof ZPatientIdentification>;
export type PatientField = keyof TPatientIdentification;

export const patientFields = Object.keys(ZPatientIdentification.shape) as PatientField[];
