import { z } from "zod";

/**
 * Building blocks of draft schemas. A draft may leave anything empty, and forms send emptiness
 * in several ways ("" from a text input or an unselected list, null from JSON, NaN from a number
 * input); all of them are stored as "absent", so rules and exports see one kind of empty.
 */

export function optionalValue<T extends z.ZodType>(schema: T) {
  return z
    .union([schema, z.literal(""), z.null()])
    .transform((value) => (value === "" || value === null ? undefined : value))
    .optional();
}

export function optionalNumber<T extends z.ZodType<number>>(schema: T) {
  return z
    .union([schema, z.nan(), z.literal(""), z.null()])
    .transform((value) => (value === "" || value === null || Number.isNaN(value) ? undefined : value))
    .optional();
}

/** Several distinct values among `values`. */
export function optionalMulti<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { error: "Each value may be chosen once." })
    .nullable()
    .transform((list) => list ?? undefined)
    .optional();
}

/** A partial date field's value: a year alone (yyyy) or a full date (yyyy-mm-dd). */
export function optionalPartialDate() {
  return optionalValue(z.union([z.string().regex(/^\d{4}$/, { error: "A year of four digits." }), z.iso.date()]));
}

export function optionalBoolean() {
  return z
    .boolean()
    .nullable()
    .transform((value) => value ?? undefined)
    .optional();
}
