/**
 * The stored value of each field type, and a form's draft type derived from its declaration: a
 * module's TypeScript draft type and its zod draft schema come from the same fields, so they
 * cannot drift apart (select and multi-select values keep their options' literal values).
 */
import type { FieldType, FormDefinition } from "@/lib/modules/types";
import type { FileReference } from "./file";
import type { PersonValue } from "./person";

interface FieldValues {
  text: string;
  textarea: string;
  date: string;
  partialDate: string;
  year: number;
  integer: number;
  decimal: number;
  select: string;
  multiselect: string[];
  checkbox: boolean;
  topography: string;
  morphology: string;
  computed: never;
  grid: Record<string, Record<string, unknown>>;
  code: string;
  person: PersonValue;
  hospitalCode: string;
  file: FileReference[];
}

/** Every FieldType has a stored value type (a new type without one does not compile). */
export type FieldValueOf<T extends FieldType> = FieldValues[T];

type OptionValue<X> = X extends { options: readonly (infer O)[] } ? (O extends { value: infer V extends string } ? V : never) : string;

/** A grid row's stored value: of the row's own fields, else of the grid's columns. */
type GridRowValue<Row, Grid> = Row extends { columns: readonly (infer Own)[] }
  ? DraftOfFields<Own>
  : Grid extends { columns: readonly (infer Column)[] }
    ? DraftOfFields<Column>
    : never;

/** The stored value of one declared field (a group: its items). */
export type ValueOfField<X> = X extends { kind: "group"; fields: readonly (infer Inner)[] }
  ? DraftOfFields<Inner>[]
  : X extends { type: "select" | "code" }
    ? OptionValue<X>
    : X extends { type: "grid"; rows: readonly (infer Row)[] }
      ? { -readonly [R in Row as R extends { key: infer K extends string } ? K : never]?: GridRowValue<R, X> }
    : X extends { type: "multiselect" }
      ? OptionValue<X>[]
      : X extends { type: infer T extends FieldType }
        ? FieldValueOf<T>
        : never;

/** The draft of a list of declared fields: every value optional, computed fields not stored. */
export type DraftOfFields<X> = {
  -readonly [F in X as F extends { type: "computed" } ? never : F extends { key: infer K extends string } ? K : never]?: ValueOfField<F>;
};

/** The draft type of a form declaration (declared with `satisfies`, so its literal types survive). */
export type DraftOf<F extends FormDefinition> = DraftOfFields<F["sections"][number]["fields"][number]>;

