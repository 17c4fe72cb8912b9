/**
 * Input of the person-list use cases, shared by the server actions (which parse first) and the
 * use cases (which parse again, so no caller can skip validation). Every message is a key of the
 * "personLists" catalogue namespace, translated by the UI. Parsing is idempotent: the output of
 * a schema is valid input for it.
 */
import { z } from "zod";
import { readName, readRiziv, type PartReading } from "./person";

/** A zod step over one of ./person.ts's readers, so the rules are written once (the browser uses the readers). */
function readWith(read: (input: string) => PartReading) {
  return (value: string, ctx: z.RefinementCtx<string>) => {
    const reading = read(value);
    if (reading.ok) return reading.value;
    for (const message of reading.messages) ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
}

/** A RIZIV/INAMI number as typed (separators allowed), stored as its 11 digits. */
export const ZRiziv = z.string({ error: "errors.rizivRequired" }).transform(readWith(readRiziv));

function ZName(part: "lastName" | "firstName", requiredKey: string) {
  return z.string({ error: requiredKey }).transform(readWith((value) => readName(value, part)));
}

/** A physician as a registration stores them: a copy of name and number, not a reference to the list. */
export const ZPerson = z.object({
  lastName: ZName("lastName", "errors.lastNameRequired"),
  firstName: ZName("firstName", "errors.firstNameRequired"),
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
