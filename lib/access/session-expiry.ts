import { getDb, type Db } from "@/lib/db/client";
import { sessionEnd, type SessionTimeouts } from "./session-context";

/**
 * When a session will end, read without counting as activity (the browser's timeout warning
 * asks this; asking must not keep the session alive). Null when it has ended already.
 */
export async function getSessionExpiry(
  sessionId: string,
  timeouts: SessionTimeouts,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Date | null> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { createdAt: true, lastSeenAt: true, revokedAt: true } });
  if (!session || session.revokedAt) return null;
  const expiresAt = sessionEnd(session, timeouts);
  return expiresAt > now ? expiresAt : null;
}
