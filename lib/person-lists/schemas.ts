/**
 * Input of the person-list use cases, shared by the server actions (which parse first) and the
 * use cases (which parse again, so no caller can skip validation). Every message is a key of the
 * "personLists" catalogue namespace, translated by the UI. Parsing is idempotent: the output of
 * a schema is valid input for it.
 */
import { z } from "zod";
import { parseRiziv, type RizivFailureReason } from "./riziv";

const rizivMessages: Record<RizivFailureReason, string> = {
  format: "errors.rizivFormat",
  length: "errors.rizivLength",
  checksum: "errors.rizivChecksum",
};

/** A RIZIV/INAMI number as typed (separators allowed), stored as its 11 digits. */
export const ZRiziv = z
  .string({ error: "errors.rizivRequired" })
  .trim()
  .min(1, { error: "errors.rizivRequired" })
  .transform((value, ctx) => {
    const parsed = parseRiziv(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: rizivMessages[parsed.reason] });
      return z.NEVER;
    }
    return parsed.riziv;
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

/** A name exactly as ZName outputs it (trimmed, 1–100 characters, letters): the draft parse's fast path. */
export function isStoredName(value: unknown): value is string {
  return typeof value === "string" && value.length >= 1 && value.length <= 100 && value === value.trim() && namePattern.test(value);
}

/** A physician as a registration stores them: a copy of name and number, not a reference to the list. */
export const ZPerson = z.object({
  lastName: ZName("errors.lastNameRequired"),
  firstName: ZName("errors.firstNameRequired"),
  riziv: ZRiziv,
});

export type TPersonInput = z.input<typeof ZPerson>;
export type TPerson = z.output<typeof ZPerson>;

/** A list's key as module fields declare it: lower-case letters, digits and dashes. */
export const ZListKey = z.string({ error: "errors.unknownList" }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "errors.unknownList" }).max(60, { error: "errors.unknownList" });

export const ZEntryId = z.uuid({ error: "errors.idInvalid" });

export const ZSearchPersonList = z.object({
  listKey: ZListKey,
  /** A name prefix or the first digits of a number; longer text is not a search people type. */
  query: z.string({ error: "errors.queryInvalid" }).max(100, { error: "errors.queryInvalid" }),
});

export type TSearchPersonListInput = z.input<typeof ZSearchPersonList>;

export const ZAddPersonListEntry = ZPerson.extend({ listKey: ZListKey });

export type TAddPersonListEntryInput = z.input<typeof ZAddPersonListEntry>;

export const ZCorrectPersonListEntry = ZPerson.extend({ entryId: ZEntryId });

export type TCorrectPersonListEntryInput = z.input<typeof ZCorrectPersonListEntry>;

export const ZRemovePersonListEntry = z.object({ entryId: ZEntryId });

export type TRemovePersonListEntryInput = z.input<typeof ZRemovePersonListEntry>;
