/**
 * A request body read up to `limit` bytes: "too_large" as soon as it announces or sends more,
 * so an oversized upload is never held whole in memory (nor silently cut to the limit).
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array | "too_large"> {
  const announced = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(announced) && announced > limit) return "too_large";
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return "too_large";
    }
    chunks.push(value);
  }
  // A body the proxy cut at its buffer size would be shorter than announced: refuse it rather than keep part of a file.
  if (Number.isFinite(announced) && total !== announced) return "too_large";
  return Buffer.concat(chunks);
}
