/**
 * Keyset pagination of the audit trail: events are listed newest first, ordered by (at, id)
 * descending, and the cursor names the last event shown. It is an opaque, URL-safe token.
 */
export interface AuditCursor {
  at: Date;
  id: bigint;
}

const payload = /^(\d{1,15})\.(\d{1,19})$/;

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.at.getTime()}.${cursor.id.toString()}`, "utf8").toString("base64url");
}

/** The cursor in a token, or null when the token was not made by encodeAuditCursor. */
export function decodeAuditCursor(token: string): AuditCursor | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(token)) return null;
  const match = payload.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) return null;
  const at = new Date(Number(match[1]));
  const id = BigInt(match[2]!);
  if (Number.isNaN(at.getTime()) || id > 9_223_372_036_854_775_807n) return null;
  return { at, id };
}
