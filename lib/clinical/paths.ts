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

function expand(data: unknown, segments: readonly string[], prefix: string, out: ValueAt<unknown>[]): void {
  if (segments.length === 0) {
    out.push({ path: prefix, value: data });
    return;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  const join = (key: string | number) => (prefix === "" ? String(key) : `${prefix}.${key}`);
  if (head === "*") {
    if (Array.isArray(data)) data.forEach((item, index) => expand(item, rest, join(index), out));
    return;
  }
  if (Array.isArray(data)) {
    if (/^\d+$/.test(head)) expand(data[Number(head)], rest, join(head), out);
    return;
  }
  if (isRecord(data) && Object.hasOwn(data, head)) expand(data[head], rest, join(head), out);
}

/** Every filled value at `paths`, in the order of the paths and then of the list items. */
export function valuesAt<TData>(data: TData, paths: PathsOf<TData>): ValueAt<unknown>[] {
  const list = typeof paths === "function" ? paths(data) : paths;
  const out: ValueAt<unknown>[] = [];
  for (const path of list) expand(data, path === "" ? [] : path.split("."), "", out);
  return out.filter(({ value }) => value !== undefined && value !== null && value !== "");
}

/** The filled text values at `paths` (codes, ISO dates). */
export function textsAt<TData>(data: TData, paths: PathsOf<TData>): ValueAt<string>[] {
  return valuesAt(data, paths).filter((entry): entry is ValueAt<string> => typeof entry.value === "string");
}

/** The filled numbers at `paths` (years). */
export function numbersAt<TData>(data: TData, paths: PathsOf<TData>): ValueAt<number>[] {
  return valuesAt(data, paths).filter((entry): entry is ValueAt<number> => typeof entry.value === "number");
}
