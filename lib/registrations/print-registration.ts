import type { SessionContext } from "@/lib/access/session-context";
import { getDb, type Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { renderRegistrationPdf } from "@/lib/pdf/render-registration-pdf";
import { getRegistration } from "./get-registration";
import { validateRegistration } from "./validate-registration";

/** The PDF of a registration the user may print (audited as a print), or null. */
export async function printRegistration(
  context: SessionContext | null,
  id: string,
  locale: Locale,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<{ pdf: Buffer; fileName: string } | null> {
  if (!context || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const registration = await getRegistration(context, id, "print", db);
  if (!registration) return null;
  const outcome = validateRegistration(registration, { today: now, sendDate: registration.sentAt ?? now });
  const pdf = await renderRegistrationPdf(registration, { issues: outcome.issues }, {
    locale,
    printedAt: now,
    printedByName: `${context.person.firstName} ${context.person.lastName}`,
  });
  const name = registration.reference ?? `${registration.moduleId}-draft-${registration.id.slice(0, 8)}`;
  return { pdf, fileName: `${name}.pdf` };
}
