import type { Locale } from "@/lib/validation/types";
import { srtModule } from "./srt";
import type { AnyModuleDeclaration, RegistrationFormDeclaration, RegistrationKind } from "./types";

/** Every registration module of the application. Adding a module = one line here. */
const MODULES: readonly AnyModuleDeclaration[] = [srtModule];

/** As the home page lists them (F-HOME-1): the standard registration first, then projects by name. */
export function listModules(locale: Locale = "nl"): AnyModuleDeclaration[] {
  return [...MODULES].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === "standard" ? -1 : 1;
    return a.name[locale].localeCompare(b.name[locale], locale);
  });
}

/** Every module, in declaration order (for filters; pages list them with listModules). */
export function allModules(): readonly AnyModuleDeclaration[] {
  return MODULES;
}

export function getModule(id: string): AnyModuleDeclaration | undefined {
  return MODULES.find((module) => module.id === id);
}

/** The form of a registration of `kind`: the module's own, or its follow-up form. */
export function formOf(declaration: AnyModuleDeclaration, kind: RegistrationKind): RegistrationFormDeclaration {
  return kind === "FOLLOW_UP" && declaration.followUp ? declaration.followUp : declaration;
}
