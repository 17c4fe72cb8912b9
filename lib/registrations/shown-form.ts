import { formForAudience } from "@/lib/modules/audience";
import { formOf } from "@/lib/modules/registry";
import type { AnyModuleDeclaration, FormDefinition } from "@/lib/modules/types";
import type { RegistrationView } from "./registration-view";

/** The form of a registration as its reader sees it (summary, read-only form, PDF): registry staff without the fields never sent. */
export function shownForm(declaration: AnyModuleDeclaration, view: Pick<RegistrationView, "kind" | "audience">): FormDefinition {
  return formForAudience(formOf(declaration, view.kind ?? "INITIAL").form, view.audience ?? "hospital");
}
