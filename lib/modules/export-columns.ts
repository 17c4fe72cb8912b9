import { evaluateCondition, type Scope } from "./conditions";
import { exportCellOf, exportFormatOf, gridCells } from "./field-types";
import { joined } from "./field-types/grid";
import { getAtPath, getAtSegments, joinPath } from "./paths";
import { t } from "./translated";
import type {
  Condition,
  ExportAudience,
  ExportColumn,
  FormDefinition,
  FormField,
  InputField,
  RepeatCounts,
  RepeatableGroup,
} from "./types";
import { locales, type Translated } from "@/lib/validation/types";
import { walkVisibleFields } from "./walk";

/**
 * A condition and the data path of the item it is evaluated against ("" = root), pre-split.
 * Every column inside a plan or lesion shares its item's gates, and an export asks every column
 * of a row in turn: each gate keeps its answer for the last row (and one scope object), so an
 * export evaluates it once per row, allocating nothing.
 */
class Gate {
  private readonly segments: readonly string[];
  private readonly scope: Scope = { root: undefined, item: undefined };
  private lastData: unknown = Gate;
  private lastAnswer = false;

  constructor(
    private readonly condition: Condition,
    itemPath: string,
  ) {
    this.segments = split(itemPath);
  }

  holds(data: unknown): boolean {
    if (data !== this.lastData) {
      this.scope.root = data;
      this.scope.item = getAtSegments(data, this.segments);
      this.lastAnswer = evaluateCondition(this.condition, this.scope);
      this.lastData = data;
    }
    return this.lastAnswer;
  }
}

const split = (path: string): readonly string[] => (path === "" ? [] : path.split("."));

interface Frame {
  audience: ExportAudience;
  /** Inside a section or group marked neverSent. */
  neverSent: boolean;
  idPrefix: string;
  labelPrefix: Translated;
  itemPath: string;
  groupKeys: readonly string[];
  gates: readonly Gate[];
}

/** One group-size key per group path without indexes: "plans", "plans.lesions". */
function groupKey(frame: Frame, group: RepeatableGroup): string {
  return [...frame.groupKeys, group.key].join(".");
}

export function defaultRepeatCounts(form: FormDefinition): RepeatCounts {
  const counts: Record<string, number> = {};
  const visit = (fields: readonly FormField[], keys: readonly string[]) => {
    for (const field of fields) {
      if (field.kind !== "group") continue;
      counts[[...keys, field.key].join(".")] = field.exportItems;
      visit(field.fields, [...keys, field.key]);
    }
  };
  for (const section of form.sections) visit(section.fields, []);
  return counts;
}

/** Largest visible item counts in `data`, merged with `into`. */
export function measureRepeats(form: FormDefinition, data: unknown, into: RepeatCounts = {}): RepeatCounts {
  const counts: Record<string, number> = { ...into };
  for (const { field, path, items } of walkVisibleFields(form, data)) {
    if (field.kind !== "group") continue;
    const key = [...items.map((item) => item.group.key), field.key].join(".");
    const list = getAtPath(data, path);
    counts[key] = Math.max(counts[key] ?? 0, Array.isArray(list) ? list.length : 0);
  }
  return counts;
}

/** What the hospital's own exports add to the label of a field the registry never receives. */
export const NEVER_SENT_MARK = t(" (eigen gebruik, niet verzonden)", " (usage propre, non envoyé)", " (own use, not sent)", " (eigener Gebrauch, nicht gesendet)");

/**
 * Columns for every field in form order, groups flattened as plan1_…, plan1_lesion1_…. Fields
 * marked `neverSent` (or inside a section or group so marked) are left out of the registry's
 * exports; the hospital's have them, with NEVER_SENT_MARK after their labels.
 */
export function buildExportColumns(form: FormDefinition, counts: RepeatCounts, audience: ExportAudience = "registry"): ExportColumn[] {
  const columns: ExportColumn[] = [];
  const root: Frame = { audience, neverSent: false, idPrefix: "", labelPrefix: { nl: "", fr: "", en: "", de: "" }, itemPath: "", groupKeys: [], gates: [] };
  for (const section of form.sections) {
    if (section.neverSent && audience === "registry") continue;
    const gates = section.visibleWhen ? [new Gate(section.visibleWhen, "")] : [];
    addColumns(columns, section.fields, { ...root, neverSent: section.neverSent === true, gates }, counts);
  }
  return columns;
}

/** Whether a field's columns belong in this export, and whether they are marked as never sent. */
function ownUse(field: FormField, frame: Frame): { skip: boolean; neverSent: boolean } {
  const neverSent = frame.neverSent || field.neverSent === true;
  return { skip: neverSent && frame.audience === "registry", neverSent };
}

function addColumns(columns: ExportColumn[], fields: readonly FormField[], outer: Frame, counts: RepeatCounts) {
  for (const field of fields) {
    const { skip, neverSent } = ownUse(field, outer);
    if (skip) continue;
    const frame = neverSent === outer.neverSent ? outer : { ...outer, neverSent };
    const gates = field.visibleWhen
      ? [...frame.gates, new Gate(field.visibleWhen, frame.itemPath)]
      : frame.gates;
    if (field.kind === "field" && field.type === "grid") {
      // One column per cell, of the cell's own type: "G1a_markers_KRAS_tumour1"; a cell's own
      // condition reads its row (as on the form), so a hidden cell's stale value is not exported.
      for (const cell of gridCells(field)) {
        const cellGates = cell.column.visibleWhen ? [...gates, new Gate(cell.column.visibleWhen, joinPath(frame.itemPath, field.key, cell.row))] : gates;
        columns.push(column({ ...cell.field, key: `${field.key}.${cell.field.key}`, label: joined(field.label, cell.field.label) }, { ...frame, gates: cellGates }));
      }
      continue;
    }
    if (field.kind === "field") {
      columns.push(column(field, { ...frame, gates }));
      continue;
    }
    const count = counts[groupKey(frame, field)] ?? 0;
    for (let n = 1; n <= count; n += 1) {
      addColumns(columns, field.fields, itemFrame(frame, field, n, gates), counts);
    }
  }
}

function itemFrame(frame: Frame, group: RepeatableGroup, n: number, gates: readonly Gate[]): Frame {
  const labelPrefix = {} as Translated;
  for (const locale of locales) {
    labelPrefix[locale] = `${frame.labelPrefix[locale]}${group.itemLabel[locale].replace("{n}", String(n))} – `;
  }
  return {
    ...frame,
    idPrefix: `${frame.idPrefix}${group.exportPrefix}${n}_`,
    labelPrefix,
    itemPath: joinPath(frame.itemPath, group.key, n - 1),
    groupKeys: [...frame.groupKeys, group.key],
    gates,
  };
}

function column(field: InputField, frame: Frame): ExportColumn {
  // Exports call get() for every column of every row: split paths once, here.
  const itemSegments = split(frame.itemPath);
  const keySegments = split(field.key);
  const label = {} as Translated;
  for (const locale of locales) label[locale] = `${frame.labelPrefix[locale]}${field.label[locale]}${frame.neverSent ? NEVER_SENT_MARK[locale] : ""}`;
  const format = exportFormatOf(field);
  return {
    id: `${frame.idPrefix}${field.id}_${field.key.replaceAll(".", "_")}`,
    fieldId: field.id,
    label,
    type: field.type,
    ...(field.options ? { allowedValues: field.options.map((option) => ({ value: option.value, label: option.label })) } : {}),
    ...(format ? { format } : {}),
    ...(frame.neverSent ? { neverSent: true } : {}),
    get: (data) => cell(field, frame.gates, itemSegments, keySegments, data),
  };
}

function cell(field: InputField, gates: readonly Gate[], itemSegments: readonly string[], keySegments: readonly string[], data: unknown): string {
  const item = getAtSegments(data, itemSegments);
  if (item === undefined) return "";
  for (const gate of gates) if (!gate.holds(data)) return "";
  return exportCellOf(field, getAtSegments(item, keySegments), { root: data, item });
}
