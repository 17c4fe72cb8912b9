/**
 * DOM ids of form fields, derived from their data paths, so that any page (the validation
 * summary, the PDF preview, an e-mail) can link straight to a field: `/…/form#field-plans-0-startDate`.
 * Pure: safe on the server and in the browser.
 */

const PREFIX = "field-";

/** "plans.0.lesions.1.fractions" → "field-plans-0-lesions-1-fractions"; "" → "field-". */
export function fieldDomId(path: string): string {
  return PREFIX + path.split(".").map((segment) => segment.replace(/[^A-Za-z0-9_]/g, "_")).join("-");
}

/** The ids to try for a path, the field first, then its enclosing items and groups. */
export function fieldDomIdCandidates(path: string): string[] {
  const segments = path.split(".").filter(Boolean);
  const ids: string[] = [];
  for (let length = segments.length; length > 0; length -= 1) ids.push(fieldDomId(segments.slice(0, length).join(".")));
  return ids;
}

/** Same as fieldDomIdCandidates, from a DOM id or a "#field-…" hash. */
export function domIdCandidates(id: string): string[] {
  const bare = id.startsWith("#") ? id.slice(1) : id;
  if (!bare.startsWith(PREFIX)) return [];
  const segments = bare.slice(PREFIX.length).split("-").filter(Boolean);
  const ids: string[] = [];
  for (let length = segments.length; length > 0; length -= 1) ids.push(PREFIX + segments.slice(0, length).join("-"));
  return ids;
}

/**
 * Moves the keyboard focus to the first element found among `ids` (a hidden field falls back to
 * its plan or lesion) and scrolls it into view. Returns whether something was focused.
 */
export function focusFirstElement(ids: readonly string[], doc: Document | undefined = globalThis.document): boolean {
  if (!doc) return false;
  for (const id of ids) {
    const element = doc.getElementById(id);
    if (!element) continue;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "center" });
    return true;
  }
  return false;
}

/** Focuses the field at a data path (or its nearest displayed ancestor). */
export function focusField(path: string, doc?: Document): boolean {
  return focusFirstElement(fieldDomIdCandidates(path), doc);
}
