/**
 * Item counts of a module's repeatable groups (plans, lesions of a plan), read straight from
 * the form data. Two uses in an export:
 * - the column set: at least each group's `exportItems`, more when a registration in the export
 *   has more items (a first, cheap pass), so no plan or lesion is ever cut off;
 * - speed: the columns of items a registration does not have are empty by construction, so
 *   their getters need not run (most registrations have one plan with one or two lesions, while
 *   the column set has room for 3 × 5).
 */
import type { AnyModuleDeclaration, ExportAudience, ExportColumn, FormField, RepeatCounts } from "@/lib/modules/types";

interface GroupPath {
  /** "plans", "plans.lesions": the keys of RepeatCounts. */
  key: string;
  segments: readonly string[];
  exportItems: number;
  maxItems: number;
}

export function repeatGroups(module: AnyModuleDeclaration): GroupPath[] {
  const groups: GroupPath[] = [];
  const visit = (fields: readonly FormField[], segments: readonly string[]) => {
    for (const field of fields) {
      if (field.kind !== "group") continue;
      const path = [...segments, field.key];
      groups.push({ key: path.join("."), segments: path, exportItems: field.exportItems, maxItems: field.maxItems });
      visit(field.fields, path);
    }
  };
  for (const section of module.form.sections) visit(section.fields, []);
  return groups;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Largest array length at `segments` below `container`; null when the data has another shape. */
function largestList(container: unknown, segments: readonly string[], depth: number): number | null {
  if (container === undefined || container === null) return 0;
  if (!isRecord(container)) return null;
  const segment = segments[depth]!;
  const value = Object.hasOwn(container, segment) ? container[segment] : undefined;
  if (value === undefined || value === null) return 0;
  if (!Array.isArray(value)) return null;
  if (depth === segments.length - 1) return value.length;
  let largest = 0;
  for (const item of value) {
    const inner = largestList(item, segments, depth + 1);
    if (inner === null) return null;
    largest = Math.max(largest, inner);
  }
  return largest;
}

/** Item counts of every group in `data` (hidden groups included); null for an unexpected shape. */
export function countItems(data: unknown, groups: readonly GroupPath[]): Record<string, number> | null {
  const counts: Record<string, number> = {};
  for (const group of groups) {
    const count = largestList(data, group.segments, 0);
    if (count === null) return null;
    counts[group.key] = count;
  }
  return counts;
}

/**
 * Data paths that exist only when a registration has more items than the groups' exportItems:
 * ["plans","3"], ["plans","0","lesions","5"] … ["plans","19","lesions","5"]. The database can
 * test them, so only such registrations need measuring. Null when there would be too many.
 */
export function overflowPaths(groups: readonly GroupPath[], limit = 500): string[][] | null {
  const byKey = new Map(groups.map((group) => [group.key, group]));
  const paths: string[][] = [];
  for (const group of groups) {
    let prefixes: string[][] = [[]];
    for (let depth = 0; depth < group.segments.length - 1; depth += 1) {
      const outer = byKey.get(group.segments.slice(0, depth + 1).join("."));
      if (!outer) return null;
      const segment = group.segments[depth]!;
      prefixes = prefixes.flatMap((prefix) => Array.from({ length: outer.maxItems }, (_, index) => [...prefix, segment, String(index)]));
      if (prefixes.length > limit) return null;
    }
    for (const prefix of prefixes) paths.push([...prefix, group.segments.at(-1)!, String(group.exportItems)]);
    if (paths.length > limit) return null;
  }
  return paths;
}

/** Starting counts of an export: each group's exportItems. */
export function defaultCounts(groups: readonly GroupPath[]): Record<string, number> {
  return Object.fromEntries(groups.map((group) => [group.key, group.exportItems]));
}

/** `into` widened to the counts of `data`, never beyond a group's maxItems. */
export function widenCounts(into: Record<string, number>, data: unknown, groups: readonly GroupPath[]): void {
  const counts = countItems(data, groups);
  if (!counts) return;
  for (const group of groups) {
    into[group.key] = Math.min(group.maxItems, Math.max(into[group.key] ?? 0, counts[group.key] ?? 0));
  }
}

/**
 * For each registration, the positions (in `columns`) of the module columns that can hold a
 * value given its item counts; cached per distinct count combination (a handful per export).
 */
export class ColumnSelector {
  private readonly cache = new Map<string, readonly number[]>();
  private readonly all: readonly number[];
  private readonly position: ReadonlyMap<string, number>;

  constructor(
    private readonly module: AnyModuleDeclaration,
    private readonly groups: readonly GroupPath[],
    private readonly exportCounts: RepeatCounts,
    columns: readonly Pick<ExportColumn, "id">[],
    private readonly audience: ExportAudience = "registry",
  ) {
    this.all = columns.map((_, index) => index);
    this.position = new Map(columns.map((column, index) => [column.id, index]));
  }

  positionsFor(data: unknown): readonly number[] {
    const counts = countItems(data, this.groups);
    if (!counts) return this.all;
    const clamped: Record<string, number> = {};
    for (const group of this.groups) clamped[group.key] = Math.min(counts[group.key] ?? 0, this.exportCounts[group.key] ?? 0);
    const signature = this.groups.map((group) => clamped[group.key]).join(",");
    let positions = this.cache.get(signature);
    if (!positions) {
      positions = this.module
        .exportColumns(clamped, this.audience)
        .map((column) => this.position.get(column.id))
        .filter((index): index is number => index !== undefined);
      this.cache.set(signature, positions);
    }
    return positions;
  }
}
