/** Reading form data by the dot paths used in issues ("plans.0.lesions.1.fractions"). */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function getAtPath(data: unknown, path: string): unknown {
  if (path === "") return data;
  return getAtSegments(data, path.split("."));
}

/** The same with the path already split: for code that reads the same path from many rows. */
export function getAtSegments(data: unknown, segments: readonly string[]): unknown {
  let current: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isRecord(current)) current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    else return undefined;
  }
  return current;
}

export function joinPath(...parts: (string | number)[]): string {
  let path = "";
  for (const part of parts) {
    if (part === "") continue;
    path = path === "" ? String(part) : `${path}.${part}`;
  }
  return path;
}

/** Empty as far as "required" is concerned: nothing, blank text, NaN, an empty list, a grid without a value. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value === "number") return Number.isNaN(value);
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isEmptyValue);
  return false;
}
