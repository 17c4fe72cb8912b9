/** One registration's result in a bulk send, as the page shows it. */
export type BulkOutcome = { id: string; sent: true; reference: string; alreadySent: boolean } | { id: string; sent: false; code: string };

export type BulkChunkResult = { ok: true; outcomes: BulkOutcome[] } | { ok: false; code: string };

export type BulkSendChunk = (ids: string[]) => Promise<BulkChunkResult>;

/** How many ids one server call sends: small enough to show progress, large enough to be quick. */
export const CHUNK_SIZE = 10;

export function chunks<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}
