/**
 * Which project modules a registration activates (manual §6.1.1): projects whose declared
 * condition holds over the registration's tumour facts. Only registrations of a standard module
 * offer projects; a project never offers itself. Pure: no database, no session.
 */
import { projectOfferWhere } from "@/lib/access/policy";
import type { SessionContext } from "@/lib/access/session-context";
import { readFacts, type TumourFacts } from "@/lib/modules/facts";
import { factConditionHolds } from "@/lib/modules/projects";
import { allModules, formOf, getModule } from "@/lib/modules/registry";
import type { AnyModuleDeclaration, RegistrationKind } from "@/lib/modules/types";

/** The tumour facts of a stored registration, by its module's (or follow-up form's) declaration. */
export function factsOfRegistration(moduleId: string, kind: RegistrationKind, formData: unknown): TumourFacts {
  const declaration = getModule(moduleId);
  return declaration ? readFacts(formOf(declaration, kind).facts, formData) : {};
}

export function activatedProjects(moduleId: string, kind: RegistrationKind, formData: unknown): AnyModuleDeclaration[] {
  const source = getModule(moduleId);
  if (!source || source.kind !== "standard") return [];
  const facts = factsOfRegistration(moduleId, kind, formData);
  return allModules().filter((module) => module.id !== moduleId && module.project && factConditionHolds(module.project.activatedBy, facts));
}

/** "Never" and the Projects tab know a patient by one blind index, without decrypting anything. */
export function patientKeyOf(patient: { inszIndex: string | null; insuranceNumberIndex: string | null; otherIdentifierIndex: string | null } | null): string | null {
  if (!patient) return null;
  if (patient.inszIndex) return `insz:${patient.inszIndex}`;
  if (patient.insuranceNumberIndex) return `insurance:${patient.insuranceNumberIndex}`;
  return patient.otherIdentifierIndex ? `other:${patient.otherIdentifierIndex}` : null;
}

/** A standard module's search has a Projects tab (§5.8c) when some project can be offered from it to this user. */
export function hasProjectsTab(context: SessionContext | null, moduleId: string): boolean {
  return getModule(moduleId)?.kind === "standard" && projectOfferWhere(context) !== null;
}
