import { readSettings } from "@/lib/config/settings";
import type { Locale } from "@/lib/validation/types";
import { testModules } from "@/tests/fixtures/modules";
import { srtModule } from "./srt";
import { standardModule } from "./standard";
import type { AnyModuleDeclaration, RegistrationFormDeclaration, RegistrationKind } from "./types";

/** Every registration module of the application. Adding a module = one line here. */
const SHIPPED: readonly AnyModuleDeclaration[] = [srtModule, standardModule];

let modules: readonly AnyModuleDeclaration[] | undefined;

/**
 * The shipped modules, plus the test modules when WBCR_TEST_MODULES=1 (the end-to-end setup
 * only; production refuses the setting). Decided at run time, so one build serves the demo and
 * the tests.
 */
function registered(): readonly AnyModuleDeclaration[] {
  modules ??= readSettings().WBCR_TEST_MODULES ? [...SHIPPED, ...testModules] : SHIPPED;
  return modules;
}

/** As the home page lists them (F-HOME-1): the standard registration first, then projects by name. */
export function listModules(locale: Locale = "nl"): AnyModuleDeclaration[] {
  return [...registered()].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === "standard" ? -1 : 1;
    return a.name[locale].localeCompare(b.name[locale], locale);
  });
}

/** Every module, in declaration order (for filters; pages list them with listModules). */
export function allModules(): readonly AnyModuleDeclaration[] {
  return registered();
}

export function getModule(id: string): AnyModuleDeclaration | undefined {
  return registered().find((module) => module.id === id);
}

/** The form of a registration of `kind`: the module's own, or its follow-up form. */
export function formOf(declaration: AnyModuleDeclaration, kind: RegistrationKind): RegistrationFormDeclaration {
  return kind === "FOLLOW_UP" && declaration.followUp ? declaration.followUp : declaration;
}
