import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { availablePrintouts, parsePrintParts } from "@/lib/modules/printouts";
import { getModule } from "@/lib/modules/registry";
import { renderRegistrationPdf } from "@/lib/pdf/render-registration-pdf";
import { getRegistration } from "./get-registration";
import { validateRegistration } from "./validate-registration";

/**
 * The PDF of a registration the user may print (audited as a print), or null: the registration
 * itself, or the parts asked for (`parts`: "registration" and its form's printout ids, e.g.
 * "moc" or "registration,moc"), each from a new page. A part the registration does not offer
 * (unknown, or a MOC list without a MOC) gives null, as an unknown registration does.
 */
export async function printRegistration(
  context: SessionContext | null,
  id: string,
  locale: Locale,
  db: Db = getDb(),
  now: Date = new Date(),
  parts: string | null = null,
): Promise<{ pdf: Buffer; fileName: string } | null> {
  if (!context || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  if (parts !== null && parts.length > 200) return null;
  const registration = await getRegistration(context, id, "print", db);
  const declaration = registration && getModule(registration.moduleId);
  if (!registration || !declaration) return null;
  const chosen = parsePrintParts(parts, availablePrintouts(declaration, registration.kind, registration.formData));
  if (!chosen) return null;
  const outcome = validateRegistration(registration, { today: now, sendDate: registration.sentAt ?? now });
  const pdf = await renderRegistrationPdf(registration, { issues: outcome.issues }, {
    locale,
    printedAt: now,
    printedByName: `${context.person.firstName} ${context.person.lastName}`,
  }, chosen);
  const name = registration.reference ?? `${registration.moduleId}-draft-${registration.id.slice(0, 8)}`;
  const suffix = chosen.length === 1 && chosen[0]!.kind === "printout" ? `-${chosen[0]!.printout.id}` : chosen.length > 1 ? "-report" : "";
  return { pdf, fileName: `${name}${suffix}.pdf` };
}
