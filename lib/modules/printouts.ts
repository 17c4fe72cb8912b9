/**
 * Printouts (`printouts` on a form's declaration): documents printed besides the registration,
 * such as the MOC participants with the coordinator's attestation. Which ones a registration
 * offers, and what a request for a file of several parts means.
 */
import { evaluateCondition, rootScope } from "./conditions";
import { formOf } from "./registry";
import type { AnyModuleDeclaration, PrintoutDeclaration, RegistrationKind } from "./types";

/** What one file holds, in order: the registration itself and/or printouts of its form. */
export type PrintPart = { kind: "registration" } | { kind: "printout"; printout: PrintoutDeclaration };

/** The name of the registration itself among the parts of a file (`?parts=registration,moc`). */
export const REGISTRATION_PART = "registration";

/** The printouts of a registration's form whose condition holds on its content (the summary's buttons). */
export function availablePrintouts(declaration: AnyModuleDeclaration, kind: RegistrationKind | null | undefined, data: unknown): PrintoutDeclaration[] {
  return (formOf(declaration, kind ?? "INITIAL").printouts ?? []).filter(
    (printout) => !printout.availableWhen || evaluateCondition(printout.availableWhen, rootScope(data)),
  );
}

/**
 * The parts named by `?parts=` ("registration", printout ids, comma-separated; absent: the
 * registration), each once, in the order asked; null when a name is unknown or not available.
 */
export function parsePrintParts(raw: string | null, available: readonly PrintoutDeclaration[]): PrintPart[] | null {
  if (raw === null || raw.trim() === "") return [{ kind: "registration" }];
  const names = raw.split(",").map((name) => name.trim());
  if (names.length > 1 + available.length || new Set(names).size !== names.length) return null;
  const parts: PrintPart[] = [];
  for (const name of names) {
    if (name === REGISTRATION_PART) {
      parts.push({ kind: "registration" });
      continue;
    }
    const printout = available.find((candidate) => candidate.id === name);
    if (!printout) return null;
    parts.push({ kind: "printout", printout });
  }
  return parts;
}

/** The address of a file of these parts of a registration. */
export function printHref(registrationId: string, parts: readonly string[]): string {
  const base = `/registrations/${registrationId}/pdf`;
  return parts.length === 1 && parts[0] === REGISTRATION_PART ? base : `${base}?parts=${parts.map(encodeURIComponent).join(",")}`;
}
