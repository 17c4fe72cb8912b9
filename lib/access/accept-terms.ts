import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import type { SessionContext } from "./session-context";

export interface CurrentTerms {
  id: string;
  version: number;
  body: string;
}

export async function getCurrentTerms(locale: Locale, db: Db = getDb()): Promise<CurrentTerms | null> {
  const terms = await db.termsVersion.findFirst({ orderBy: { version: "desc" } });
  if (!terms) return null;
  // The terms are stored in Dutch, French and English; German readers get the English text.
  const body = { nl: terms.bodyNl, fr: terms.bodyFr, en: terms.bodyEn, de: terms.bodyEn }[locale];
  return { id: terms.id, version: terms.version, body };
}

/** Records acceptance of exactly the version the user saw; a stale version is refused. */
export async function acceptTerms(context: SessionContext, version: number, db: Db = getDb()): Promise<boolean> {
  const current = await db.termsVersion.findFirst({ orderBy: { version: "desc" } });
  if (!current || current.version !== version) return false;
  // INSERT … ON CONFLICT DO NOTHING: two tabs accepting at once both succeed (an upsert is a
  // read then a write, and the second write hit the unique key: found by npm run test:load).
  await db.termsAcceptance.createMany({
    data: [{ personId: context.person.id, termsVersionId: current.id }],
    skipDuplicates: true,
  });
  await recordAuditEvent(
    db,
    { personId: context.person.id, organisationId: context.membership?.organisationId ?? null, actingForMembershipId: null },
    { action: "terms.accept", details: { version } },
  );
  return true;
}
