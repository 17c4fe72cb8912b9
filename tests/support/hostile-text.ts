/**
 * Hostile free text for the security suite: what a user (or someone with a stolen session) might
 * type to make a page, a PDF or a spreadsheet run it. The module's free-text fields are derived
 * from its declaration, so a new text field is covered without touching the tests.
 */
import type { AnyModuleDeclaration, FormField, InputField } from "@/lib/modules/types";
import { ZPatientIdentification, type TPatientIdentification } from "@/lib/patients/patient-schema";

/** Marker a successful injection would set; never set by the application. */
export const xssMarker = "__xss";

export const xssPayloads = {
  scriptTag: `<script>window.${xssMarker}=1</script>`,
  attributeBreakout: `"><img src=x onerror="window.${xssMarker}=1">`,
  javascriptUrl: `javascript:window.${xssMarker}=1`,
  template: "{{7*7}} ${7*7} #{7*7}",
  rightToLeftOverride: "abc\u202Etxt.exe\u202C def",
  longUnicode: "Zoë Çelik 😀 中文 ".repeat(200),
} as const;

export type PayloadName = keyof typeof xssPayloads;

/** Starts a spreadsheet reads as a formula (CSV injection). */
export const formulaPayloads = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3+cmd", "@SUM(A1:A9)"] as const;

export interface FreeTextField {
  /** Data path with item 0 of every repeatable group on the way: "comments", "plans.0.note". */
  path: string;
  field: InputField;
}

/** Every text and textarea field of the module's form, wherever it sits. */
export function freeTextFields(declaration: AnyModuleDeclaration): FreeTextField[] {
  const found: FreeTextField[] = [];
  const visit = (fields: readonly FormField[], base: string) => {
    for (const field of fields) {
      const path = base ? `${base}.${field.key}` : field.key;
      if (field.kind === "group") visit(field.fields, `${path}.0`);
      else if (field.type === "text" || field.type === "textarea") found.push({ path, field });
    }
  };
  for (const section of declaration.form.sections) visit(section.fields, "");
  return found;
}

/** Free-text fields of the patient page: names, address and comment. */
export const patientFreeTextFields = ["lastName", "firstName", "postalCode", "town", "comment"] as const satisfies readonly (keyof TPatientIdentification)[];

/** The maximum length the patient schema gives a field (undefined when it has none). */
export function patientMaxLength(field: keyof TPatientIdentification): number | undefined {
  const schema = ZPatientIdentification.shape[field] as unknown as { unwrap?: () => { maxLength?: number | null } };
  return schema.unwrap?.().maxLength ?? undefined;
}

/**
 * The payload cut to what the field accepts (what a user could actually store). Lengths count
 * UTF-16 units, as zod's max and the browser's maxlength do; an emoji is never cut in half.
 */
export function fit(payload: string, maxLength: number | undefined): string {
  if (maxLength === undefined || payload.length <= maxLength) return payload.trim();
  let cut = "";
  for (const character of payload) {
    if (cut.length + character.length > maxLength) break;
    cut += character;
  }
  return cut.trim();
}

/** Sets `value` at a dot path, creating the objects and arrays on the way. */
export function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split(".");
  let current: Record<string, unknown> | unknown[] = target;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const key = /^\d+$/.test(segment) ? Number(segment) : segment;
    const container = current as Record<string | number, unknown>;
    if (last) container[key] = value;
    else {
      container[key] ??= /^\d+$/.test(segments[index + 1]!) ? [] : {};
      current = container[key] as Record<string, unknown>;
    }
  });
}
