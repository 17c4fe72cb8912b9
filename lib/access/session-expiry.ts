import { getDb, type Db } from "@/lib/db/client";

/**
 * When a session will end, read without counting as activity (the browser's timeout warning
 * asks this; asking must not keep the session alive). Null when it has ended already.
 */
export async function getSessionExpiry(
  sessionId: string,
  inactivitySeconds: number,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Date | null> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { lastSeenAt: true, revokedAt: true } });
  if (!session || session.revokedAt) return null;
  const expiresAt = new Date(session.lastSeenAt.getTime() + inactivitySeconds * 1000);
  return expiresAt > now ? expiresAt : null;
}
