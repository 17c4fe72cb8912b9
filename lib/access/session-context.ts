/**
 * What the server knows about the signed-in user on each request: the person, the chosen
 * organisation and function, the physician an administrative employee acts for, and whether
 * the current terms of use are accepted. Built from the server-side Session row, never from
 * anything the browser sends besides the session cookie.
 */
import type { MemberFunction } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";

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
  person: { id: string; insz: string; firstName: string; lastName: string; locale: string };
  membership: ContextMembership | null;
  actingFor: ContextPhysician | null;
  termsAccepted: boolean;
  /** When the session ends unless another request comes in. */
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
}

// Writing lastSeenAt on every request would turn reads into writes; a few seconds of slack is fine.
const touchIntervalMs = 15_000;

/**
 * Loads the context of a session, or null when it does not exist, was revoked or has been
 * inactive too long (in which case it is revoked now, so it can never come back).
 */
export async function loadSessionContext(
  db: Db,
  sessionId: string,
  timeouts: SessionTimeouts,
  now: Date = new Date(),
): Promise<SessionContext | null> {
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { person: true } });
  if (!session || session.revokedAt) return null;
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  if (idleMs > timeouts.inactivitySeconds * 1000) {
    await db.session.update({ where: { id: sessionId }, data: { revokedAt: now } });
    return null;
  }
  if (idleMs > touchIntervalMs) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const lastSeen = idleMs > touchIntervalMs ? now : session.lastSeenAt;

  const [membership, actingFor, termsAccepted] = await Promise.all([
    loadMembership(db, session.personId, session.membershipId),
    loadActingFor(db, session.membershipId, session.actingForMembershipId),
    hasAcceptedCurrentTerms(db, session.personId),
  ]);
  const { person } = session;
  return {
    sessionId,
    person: { id: person.id, insz: person.insz, firstName: person.firstName, lastName: person.lastName, locale: person.locale },
    membership,
    actingFor: membership?.function === "ADMINISTRATIVE" ? actingFor : null,
    termsAccepted,
    expiresAt: new Date(lastSeen.getTime() + timeouts.inactivitySeconds * 1000),
  };
}

async function loadMembership(db: Db, personId: string, membershipId: string | null): Promise<ContextMembership | null> {
  if (!membershipId) return null;
  const membership = await db.membership.findFirst({
    where: { id: membershipId, personId, active: true },
    include: { organisation: true },
  });
  if (!membership) return null;
  return {
    id: membership.id,
    function: membership.function,
    organisationId: membership.organisationId,
    organisationName: membership.organisation.name,
    specialty: membership.specialty,
  };
}

/** The acting-for physician counts only while the responsibility link still exists. */
async function loadActingFor(
  db: Db,
  administrativeMembershipId: string | null,
  physicianMembershipId: string | null,
): Promise<ContextPhysician | null> {
  if (!administrativeMembershipId || !physicianMembershipId) return null;
  const link = await db.responsibilityLink.findUnique({
    where: { administrativeMembershipId_physicianMembershipId: { administrativeMembershipId, physicianMembershipId } },
    include: { physician: { include: { person: true } } },
  });
  if (!link || !link.physician.active) return null;
  const { person } = link.physician;
  return { membershipId: link.physician.id, name: `${person.firstName} ${person.lastName}` };
}

export async function hasAcceptedCurrentTerms(db: Db, personId: string): Promise<boolean> {
  // One query on every request: the newest version, with this person's acceptance if any.
  const current = await db.termsVersion.findFirst({
    orderBy: { version: "desc" },
    select: { acceptances: { where: { personId }, select: { id: true } } },
  });
  if (!current) return true; // an installation without terms has nothing to accept
  return current.acceptances.length > 0;
}
