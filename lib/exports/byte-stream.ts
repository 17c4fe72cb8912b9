/**
 * A text iterable as the body of a streamed Response. Pull-based: the next chunk is produced
 * only when the client has taken the previous one, so a slow download never piles rows up in
 * memory. A cancelled download (closed tab, network error) ends the iterator, which releases
 * the database read and records the audit event.
 */
export function toByteStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
