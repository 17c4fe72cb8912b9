/**
 * Where a clinical check reads its values: dot paths into the form data, where `*` stands for
 * every item of a list ("plans.*.lesions.*.targetTopography"), or a function of the data giving
 * such paths (a module whose fields show only for some answers lists the visible ones).
 */
import { isRecord } from "@/lib/modules/paths";

export type PathsOf<TData> = readonly string[] | ((data: TData) => readonly string[]);

export interface ValueAt<T> {
  path: string;
  value: T;
}

function childPath(prefix: string, key: string | number): string {
  return prefix === "" ? String(key) : `${prefix}.${key}`;
}

// Index-based rather than slicing the segments: every rule of every validation comes here.
function expand(data: unknown, segments: readonly string[], at: number, prefix: string, out: ValueAt<unknown>[]): void {
  if (at === segments.length) {
    if (data !== undefined && data !== null && data !== "") out.push({ path: prefix, value: data });
    return;
  }
  const head = segments[at]!;
  if (head === "*") {
    if (Array.isArray(data)) for (let index = 0; index < data.length; index += 1) expand(data[index], segments, at + 1, childPath(prefix, index), out);
    return;
  }
  if (Array.isArray(data)) {
    if (/^\d+$/.test(head)) expand(data[Number(head)], segments, at + 1, childPath(prefix, head), out);
    return;
  }
  if (isRecord(data) && Object.hasOwn(data, head)) expand(data[head], segments, at + 1, childPath(prefix, head), out);
}

// Rules name the same few dozen paths in every validation: each is split once.
const segmentsOfPath = new Map<string, readonly string[]>();

function segmentsOf(path: string): readonly string[] {
  let segments = segmentsOfPath.get(path);
  if (!segments) segmentsOfPath.set(path, (segments = path === "" ? [] : path.split(".")));
  return segments;
}

/** Every filled value at `paths`, in the order of the paths and then of the list items. */
export function valuesAt<TData>(data: TData, paths: PathsOf<TData>): ValueAt<unknown>[] {
  const list = typeof paths === "function" ? paths(data) : paths;
  const out: ValueAt<unknown>[] = [];
  for (const path of list) expand(data, segmentsOf(path), 0, "", out);
  return out;
}

/** The filled text values at `paths` (codes, ISO dates). */
export function textsAt<TData>(data: TData, paths: PathsOf<TData>): ValueAt<string>[] {
  return valuesAt(data, paths).filter((entry): entry is ValueAt<string> => typeof entry.value === "string");
}

/** The filled numbers at `paths` (years). */
export function numbersAt<TData>(data: TData, paths: PathsOf<TData>): ValueAt<number>[] {
  return valuesAt(data, paths).filter((entry): entry is ValueAt<number> => typeof entry.value === "number");
}
