import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldSchema, gridCells, isStoredFieldValue } from "@/lib/modules/field-types";
import { allModules } from "@/lib/modules/registry";
import type { InputField, RegistrationFormDeclaration } from "@/lib/modules/types";

/**
 * The draft parse's fast path (lib/modules/draft-parser.ts) must never accept what the draft
 * schema would refuse or change: for every field of every shipped form, and for whole drafts.
 */
const forms: { name: string; form: RegistrationFormDeclaration; examples: readonly unknown[] }[] = allModules().flatMap((module) => [
  { name: `${module.id}`, form: module, examples: module.demo?.examples ?? [] },
  ...(module.followUp ? [{ name: `${module.id} follow-up`, form: module.followUp, examples: module.demo?.followUps?.examples ?? [] }] : []),
]);

function inputFields(form: RegistrationFormDeclaration): InputField[] {
  const out: InputField[] = [];
  const visit = (fields: RegistrationFormDeclaration["form"]["sections"][number]["fields"]) => {
    for (const field of fields) {
      if (field.kind === "group") visit(field.fields);
      else out.push(field, ...(field.type === "grid" ? gridCells(field).map((cell) => cell.column) : []));
    }
  };
  for (const section of form.form.sections) visit(section.fields);
  return out;
}

/** Values near a field's own and far from them: its options, blanks, padded text, odd numbers and dates, people. */
function valuesFor(field: InputField) {
  const options = (field.options ?? []).map((option) => option.value);
  const text = fc.oneof(
    fc.constantFrom("", " ", "a", " a", "a ", "C50.4", "c50.4", "8500/3", "T1c", "NK", "x".repeat(9), "x".repeat(1001), "Peeters", "D'Hondt", "An-Sofie", "12"),
    fc.string({ maxLength: 12 }),
  );
  const dates = fc.constantFrom("2024-02-29", "2023-02-29", "2024-13-01", "2024-1-01", "0050-01-01", "0000-01-01", "1000-01-01", "2024", "999", "02024", "2024-05");
  const numbers = fc.oneof(fc.double(), fc.integer({ min: -10, max: 2100 }), fc.constantFrom(0.1 + 0.2, 1.25, 1.005, -0, Number.MAX_SAFE_INTEGER + 2));
  const person = fc.record(
    { lastName: fc.oneof(text, fc.constant(1)), firstName: text, riziv: fc.constantFrom("12345625003", "12345626003", "1-23456-25-003", "1234562500", 12345625003), extra: fc.constant("x") },
    { requiredKeys: [] },
  );
  const grid = fc.dictionary(
    fc.constantFrom(...(field.rows ?? []).map((row) => row.key), "unknown"),
    fc.oneof(fc.constant(null), fc.constant(undefined), fc.dictionary(fc.constantFrom(...(field.rows ?? []).flatMap((row) => (row.columns ?? field.columns ?? []).map((column) => column.key)), "other"), fc.oneof(text, numbers, fc.boolean(), fc.constantFrom(...(options.length ? options : ["1"]))))),
  );
  const choices = options.length > 0 ? fc.constantFrom(...options) : text;
  return fc.oneof(
    choices,
    fc.array(choices, { maxLength: 4 }),
    text,
    dates,
    numbers,
    fc.boolean(),
    fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, [], {}),
    person,
    grid,
    fc.jsonValue({ maxDepth: 2 }),
  );
}

describe("isStored, the draft parse's fast path", { timeout: 60_000 }, () => {
  for (const { name, form } of forms) {
    it(`never accepts a value that the schema refuses or changes (${name}, every field and grid cell)`, () => {
      for (const field of inputFields(form)) {
        const schema = fieldSchema(field);
        fc.assert(
          fc.property(valuesFor(field), (value) => {
            if (!isStoredFieldValue(field, value)) return;
            expect(schema, `${field.id} stores nothing, so it stores no value`).not.toBeNull();
            const parsed = schema!.safeParse(value);
            expect(parsed.success, `${field.id}: ${JSON.stringify(value)}`).toBe(true);
            expect(parsed.data, `${field.id}: ${JSON.stringify(value)}`).toStrictEqual(value);
          }),
          { numRuns: 60 },
        );
      }
    });

    it(`gives the schema's answer for whole drafts, and takes the fast path for the demo's examples (${name})`, () => {
      const keys = inputFields(form).map((field) => field.key);
      const drafts = fc.oneof(
        fc.dictionary(fc.constantFrom(...keys, "unknownKey"), fc.oneof(fc.constantFrom(undefined, "", null), fc.jsonValue({ maxDepth: 2 }))),
      );
      const examples = forms.find((entry) => entry.form === form)!.examples;
      const mutated = examples.length === 0 ? drafts : fc.tuple(fc.constantFrom(...examples), drafts).map(([example, changes]) => ({ ...(example as Record<string, unknown>), ...changes }));
      fc.assert(
        fc.property(fc.oneof(drafts, mutated, fc.anything()), (data) => {
          const fast = form.parseDraft(data);
          const slow = form.draftSchema.safeParse(data);
          expect(fast.success).toBe(slow.success);
          if (fast.success) expect(fast.data).toStrictEqual(slow.data);
        }),
        { numRuns: 300 },
      );
      for (const example of examples) {
        // A stored example is accepted as it is: the same object, so the schema did not run.
        const parsed = form.parseDraft(JSON.parse(JSON.stringify(example)));
        expect(parsed.success).toBe(true);
        const again = JSON.parse(JSON.stringify(example));
        expect(form.parseDraft(again).data).toBe(again);
      }
    });
  }
});
