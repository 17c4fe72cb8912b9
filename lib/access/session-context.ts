/**
 * What the server knows about the signed-in user on each request: the person, the chosen
 * organisation and function, the physician an administrative employee acts for, and whether
 * the current terms of use are accepted. Built from the server-side Session row, never from
 * anything the browser sends besides the session cookie.
 */
import type { MemberFunction } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import { rowReaderOf } from "@/lib/db/row-reader";
import { isUuid } from "@/lib/security/uuid";

export type { MemberFunction };

export interface ContextMembership {
  id: string;
  function: MemberFunction;
  organisationId: string;
  organisationName: string;
  specialty: string | null;
}

export interface ContextPhysician {
  membershipId: string;
  name: string;
}

export interface SessionContext {
  sessionId: string;
  person: { id: string; firstName: string; lastName: string; locale: string };
  membership: ContextMembership | null;
  actingFor: ContextPhysician | null;
  termsAccepted: boolean;
  /** When the session ends unless another request comes in (never after its absolute end). */
  expiresAt: Date;
}

/** The next step a signed-in user must take before using the application. */
export type SessionStage = "terms" | "organisation" | "physician" | "ready";

export function sessionStage(context: SessionContext): SessionStage {
  if (!context.termsAccepted) return "terms";
  if (!context.membership) return "organisation";
  if (context.membership.function === "ADMINISTRATIVE" && !context.actingFor) return "physician";
  return "ready";
}

/** A context whose user has finished the login steps (F-AUTH-4..6). */
export type ReadyContext = SessionContext & { membership: ContextMembership };

export function isReady(context: SessionContext): context is ReadyContext {
  return sessionStage(context) === "ready";
}

export interface SessionTimeouts {
  inactivitySeconds: number;
  /** Absolute lifetime, counted from the session's creation on the server. */
  absoluteSeconds: number;
}

/** When a session ends: after the inactivity timeout, and at the latest its absolute lifetime after it began. */
export function sessionEnd(session: { createdAt: Date; lastSeenAt: Date }, timeouts: SessionTimeouts): Date {
  return new Date(Math.min(session.lastSeenAt.getTime() + timeouts.inactivitySeconds * 1000, session.createdAt.getTime() + timeouts.absoluteSeconds * 1000));
}

// Writing lastSeenAt on every request would turn reads into writes; a few seconds of slack is fine.
const touchIntervalMs = 15_000;

/**
 * Loads the context of a session, or null when it does not exist, was revoked, has been
 * inactive too long or has reached its absolute lifetime (in which case it is revoked now, so
 * it can never come back).
 */
export async function loadSessionContext(
  db: Db,
  sessionId: string,
  timeouts: SessionTimeouts,
  now: Date = new Date(),
): Promise<SessionContext | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await rowReaderOf(db)<SessionRow>(SESSION_SQL, [sessionId]);
  if (!row || row.revoked) return null;
  const idleMs = now.getTime() - row.lastSeenAt.getTime();
  if (now.getTime() > sessionEnd(row, timeouts).getTime()) {
    await db.session.update({ where: { id: sessionId }, data: { revokedAt: now } });
    return null;
  }
  if (idleMs > touchIntervalMs) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const lastSeen = idleMs > touchIntervalMs ? now : row.lastSeenAt;
  const membership: ContextMembership | null = row.membershipId
    ? {
        id: row.membershipId,
        function: row.function as MemberFunction,
        organisationId: row.organisationId!,
        organisationName: row.organisationName!,
        specialty: row.specialty,
      }
    : null;
  const actingFor: ContextPhysician | null = row.physicianMembershipId
    ? { membershipId: row.physicianMembershipId, name: `${row.physicianFirstName} ${row.physicianLastName}` }
    : null;
  return {
    sessionId,
    person: { id: row.personId, firstName: row.firstName, lastName: row.lastName, locale: row.locale },
    membership,
    actingFor: membership?.function === "ADMINISTRATIVE" ? actingFor : null,
    termsAccepted: row.termsAccepted,
    expiresAt: sessionEnd({ createdAt: row.createdAt, lastSeenAt: lastSeen }, timeouts),
  };
}

interface SessionRow {
  revoked: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  personId: string;
  firstName: string;
  lastName: string;
  locale: string;
  membershipId: string | null;
  function: string | null;
  organisationId: string | null;
  organisationName: string | null;
  specialty: string | null;
  physicianMembershipId: string | null;
  physicianFirstName: string | null;
  physicianLastName: string | null;
  termsAccepted: boolean;
}

/**
 * Every request loads its session: one statement instead of the five Prisma queries it took
 * (session, membership, acting-for link, terms), read through the driver (lib/db/row-reader.ts).
 * - The membership counts only while it is active and the person's own.
 * - The acting-for physician counts only while the responsibility link still exists and the
 *   physician's membership is active.
 * - Terms are accepted when the person accepted the newest version (or there are none).
 * Timestamps are stored in UTC without a zone; AT TIME ZONE 'UTC' reads them as UTC.
 */
const SESSION_SQL = `
  SELECT s."revokedAt" IS NOT NULL AS revoked, s."createdAt" AT TIME ZONE 'UTC' AS "createdAt", s."lastSeenAt" AT TIME ZONE 'UTC' AS "lastSeenAt",
    p.id AS "personId", p."firstName", p."lastName", p.locale,
    m.id AS "membershipId", m.function::text AS function, m."organisationId", o.name AS "organisationName", m.specialty,
    physician.id AS "physicianMembershipId", doctor."firstName" AS "physicianFirstName", doctor."lastName" AS "physicianLastName",
    COALESCE((
      SELECT EXISTS (SELECT 1 FROM "TermsAcceptance" a WHERE a."personId" = s."personId" AND a."termsVersionId" = t.id)
      FROM "TermsVersion" t ORDER BY t.version DESC LIMIT 1
    ), true) AS "termsAccepted"
  FROM "Session" s
  JOIN "Person" p ON p.id = s."personId"
  LEFT JOIN "Membership" m ON m.id = s."membershipId" AND m."personId" = s."personId" AND m.active
  LEFT JOIN "Organisation" o ON o.id = m."organisationId"
  LEFT JOIN "ResponsibilityLink" link
    ON link."administrativeMembershipId" = s."membershipId" AND link."physicianMembershipId" = s."actingForMembershipId"
  LEFT JOIN "Membership" physician ON physician.id = link."physicianMembershipId" AND physician.active
  LEFT JOIN "Person" doctor ON doctor.id = physician."personId"
  WHERE s.id = $1::uuid`;
