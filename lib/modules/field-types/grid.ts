import { z } from "zod";
import { evaluateCondition } from "@/lib/modules/conditions";
import type { GridRow, InputField } from "@/lib/modules/types";
import { locales, type Translated } from "@/lib/validation/types";
import type { DisplayContext, FieldTypeDefinition } from "./types";
import { isRecord } from "@/lib/modules/paths";
import { isPlainRecord } from "./stored-values";

/** One cell of a grid, as a field of its own: its key is the path inside the grid's value ("KRAS.tumour1"). */
export interface GridCell {
  row: string;
  column: InputField;
  /** The cell as a field: key "row.column", label "Row – Column". */
  field: InputField;
}

export function joined(...texts: Translated[]): Translated {
  const out = {} as Translated;
  for (const locale of locales) out[locale] = texts.map((text) => text[locale]).join(" – ");
  return out;
}

/** The fields of one row: its own, or the grid's columns. */
export function rowColumns(grid: InputField, row: GridRow): readonly InputField[] {
  return row.columns ?? grid.columns ?? [];
}

/** Every cell of a grid, row by row. */
export function gridCells(grid: InputField): GridCell[] {
  return (grid.rows ?? []).flatMap((row) =>
    rowColumns(grid, row).map((column) => ({
      row: row.key,
      column,
      field: { ...column, key: `${row.key}.${column.key}`, label: joined(row.label, column.label) },
    })),
  );
}

/**
 * A fixed set of rows × a few columns of fields, stored as { [row]: { [column]: value } }. Each
 * cell is a field of its column's type: its schema, format check, display and export cell are
 * that type's (`cell` below), so a grid adds no value handling of its own.
 */
export function gridType(cell: {
  schema(field: InputField): z.ZodType | null;
  isStored(field: InputField, value: unknown): boolean;
  display(field: InputField, value: unknown, context: DisplayContext): string | undefined;
}): FieldTypeDefinition<Record<string, Record<string, unknown>>> {
  return {
    schema: (grid) => {
      const rows: Record<string, z.ZodType> = {};
      for (const row of grid.rows ?? []) {
        const columns: Record<string, z.ZodType> = {};
        for (const column of rowColumns(grid, row)) {
          const schema = cell.schema(column);
          if (schema) columns[column.key] = schema;
        }
        rows[row.key] = z.object(columns).nullable().transform((value) => value ?? undefined).optional();
      }
      return z
        .object(rows)
        .nullable()
        .transform((value) => value ?? undefined)
        .optional() as z.ZodType<Record<string, Record<string, unknown>> | undefined>;
    },
    isStored: (grid, value) => {
      if (!isPlainRecord(value)) return false;
      for (const rowKey in value) {
        const row = (grid.rows ?? []).find((candidate) => candidate.key === rowKey);
        const cells = value[rowKey];
        if (!row) return false;
        if (cells === undefined) continue;
        if (!isPlainRecord(cells)) return false;
        const columns = rowColumns(grid, row);
        for (const columnKey in cells) {
          const column = columns.find((candidate) => candidate.key === columnKey);
          const cellValue = cells[columnKey];
          if (!column || (cellValue !== undefined && !cell.isStored(column, cellValue))) return false;
        }
      }
      return true;
    },
    // Each cell is checked by its own control.
    checkFormat: () => null,
    /** "KRAS: Tumour 1 Mutated, Tumour 2 Wild type", one line per row with a value; hidden cells are not shown. */
    display: (grid, value, context) => {
      if (!isRecord(value)) return undefined;
      const lines = (grid.rows ?? []).flatMap((row) => {
        const cells = isRecord(value[row.key]) ? (value[row.key] as Record<string, unknown>) : {};
        const scope = { root: context.scope.root, item: cells };
        const shown = rowColumns(grid, row).flatMap((column) => {
          if (column.visibleWhen && !evaluateCondition(column.visibleWhen, scope)) return [];
          // An unticked box says nothing about its row ("Ki-67: not tested No" would read as a result).
          if (column.type === "checkbox" && cells[column.key] === false) return [];
          const text = cell.display(column, cells[column.key], { ...context, scope });
          return text === undefined ? [] : [`${column.label[context.locale]} ${text}`];
        });
        return shown.length === 0 ? [] : [`${row.label[context.locale]}: ${shown.join(", ")}`];
      });
      return lines.length === 0 ? undefined : lines.join("\n");
    },
    // Exports write one column per cell (gridCells); the grid itself has no cell.
    exportCell: () => "",
    exportFormat: () => undefined,
  };
}
