import type { TumourHintContext } from "@/components/tumour-hints/tumour-hint-list";
import type { SessionContext } from "@/lib/access/session-context";
import type { Locale } from "@/lib/i18n/locales";
import { readFacts, type TumourFacts } from "@/lib/modules/facts";
import { allModules, formOf, getModule } from "@/lib/modules/registry";
import { findPatientTumours } from "@/lib/registrations/find-patient-tumours";
import type { RegistrationView } from "@/lib/registrations/registration-view";
import type { PatientTumours } from "@/lib/registrations/tumour-hints";

/**
 * What the tumour hints of a page need: the patient's other tumours and the module names. Null
 * for a follow-up (it follows a tumour already registered) or when nothing is known.
 */
export async function tumourHintProps(
  context: SessionContext,
  registration: Pick<RegistrationView, "id" | "kind" | "moduleId" | "formData">,
  locale: Locale,
): Promise<(TumourHintContext & { tumours: PatientTumours; savedFacts: TumourFacts }) | null> {
  if (registration.kind === "FOLLOW_UP") return null;
  const tumours = await findPatientTumours(context, registration.id);
  if (!tumours || (tumours.known.length === 0 && tumours.others.length === 0)) return null;
  const modules = allModules();
  const declaration = getModule(registration.moduleId);
  return {
    tumours,
    /** The saved draft's facts (the form reads the values as typed instead). */
    savedFacts: declaration ? readFacts(formOf(declaration, registration.kind ?? "INITIAL").facts, registration.formData) : {},
    moduleNames: Object.fromEntries(modules.map((module) => [module.id, module.name[locale]])),
    followUpModules: modules.filter((module) => module.allowsFollowUp).map((module) => module.id),
    locale,
  };
}
