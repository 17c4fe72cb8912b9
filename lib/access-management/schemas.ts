/**
 * Input of the access-management use cases. Shared by the server actions (which parse FormData
 * with them) and the use cases (which parse again, so no caller can skip validation). Every
 * message is a key of the "accessManagement" catalogue namespace, translated by the UI.
 * Parsing is idempotent: the output of a schema is valid input for it.
 */
import { z } from "zod";
import { parseInsz, type InszFailureReason } from "@/lib/patients/insz";
import { managedFunctions } from "./managed-functions";
import { specialties } from "./specialties";

const inszMessages: Record<InszFailureReason, string> = {
  format: "errors.inszFormat",
  length: "errors.inszLength",
  date: "errors.inszDate",
  checksum: "errors.inszChecksum",
};

/** National register and BIS numbers alike; separators are accepted and removed. */
export const ZInsz = z
  .string({ error: "errors.inszRequired" })
  .trim()
  .min(1, { error: "errors.inszRequired" })
  .transform((value, ctx) => {
    const parsed = parseInsz(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: inszMessages[parsed.reason] });
      return z.NEVER;
    }
    return parsed.insz;
  });

/** Letters (any script), combining marks, spaces, apostrophes, hyphens and dots; at least one letter. */
const namePattern = /^(?=.*\p{L})[\p{L}\p{M}'’. -]+$/u;

function ZName(requiredKey: string) {
  return z
    .string({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey, abort: true })
    .max(100, { error: "errors.nameTooLong" })
    .regex(namePattern, { error: "errors.nameInvalid" });
}

/** Empty form fields mean "not given". */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/** RIZIV/INAMI number of a physician: 8 to 11 digits; the usual separators may be typed. */
const ZPhysicianNihii = z.preprocess(
  (value) => {
    const blank = blankToUndefined(value);
    return typeof blank === "string" ? blank.replace(/[\s./-]/g, "") : blank;
  },
  z.string({ error: "errors.nihiiInvalid" }).regex(/^\d{8,11}$/, { error: "errors.nihiiInvalid" }).optional(),
);

const ZSpecialty = z.preprocess(blankToUndefined, z.enum(specialties, { error: "errors.specialtyInvalid" }).optional());

export const ZManagedFunction = z.enum(managedFunctions, { error: "errors.functionInvalid" });

export const ZId = z.uuid({ error: "errors.idInvalid" });

export const ZAddMember = z
  .object({
    insz: ZInsz,
    firstName: ZName("errors.firstNameRequired"),
    lastName: ZName("errors.lastNameRequired"),
    function: ZManagedFunction,
    nihii: ZPhysicianNihii,
    specialty: ZSpecialty,
  })
  .superRefine((value, ctx) => {
    if (value.function === "SPECIALIST") return;
    if (value.nihii !== undefined) ctx.addIssue({ code: "custom", path: ["nihii"], message: "errors.specialistOnly" });
    if (value.specialty !== undefined) ctx.addIssue({ code: "custom", path: ["specialty"], message: "errors.specialistOnly" });
  });

export type TAddMemberInput = z.input<typeof ZAddMember>;
export type TAddMember = z.output<typeof ZAddMember>;

export const ZSetMembershipActive = z.object({
  membershipId: ZId,
  /** FormData sends "true"/"false"; callers in code pass a boolean. */
  active: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "errors.invalidRequest" }),
});

export type TSetMembershipActiveInput = z.input<typeof ZSetMembershipActive>;

export const ZLinkPhysician = z.object({
  administrativeMembershipId: ZId,
  physicianMembershipId: ZId,
});

export type TLinkPhysicianInput = z.input<typeof ZLinkPhysician>;

export const ZRemoveLink = z.object({ linkId: ZId });

export type TRemoveLinkInput = z.input<typeof ZRemoveLink>;


/** FormData as a plain object of strings (files and repeated keys are kept as they come). */
export function formDataObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}
