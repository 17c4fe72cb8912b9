/**
 * Reads a server action's return value from its React Flight ("text/x-component") response, as
 * the browser's React would: rows `<hex id>:<payload>` (JSON, or `T<hex byte length>,<text>`),
 * row 0 names the result row (`{"a":"$@1",…}`), "$"-prefixed strings are references or special
 * values. Only what plain action results use is decoded; anything else stays as its string.
 */
export function decodeActionResult(body: string | Uint8Array): unknown {
  const rows = splitRows(typeof body === "string" ? new TextEncoder().encode(body) : body);
  const root = rows.get("0");
  if (!root || typeof root !== "object" || !("a" in root)) throw new Error(`not a server action response: ${preview(body)}`);
  return revive((root as { a: unknown }).a, rows, 0);
}

function splitRows(bytes: Uint8Array): Map<string, unknown> {
  const rows = new Map<string, unknown>();
  const decoder = new TextDecoder();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = decoder.decode(bytes.subarray(at, colon)).trim();
    const tag = String.fromCharCode(bytes[colon + 1] ?? 0);
    if (tag === "T") {
      // Long text: its length in bytes, then the text itself, with no line end.
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(decoder.decode(bytes.subarray(colon + 2, comma)), 16);
      rows.set(id, decoder.decode(bytes.subarray(comma + 1, comma + 1 + length)));
      at = comma + 1 + length;
      continue;
    }
    let end = bytes.indexOf(0x0a, colon);
    if (end < 0) end = bytes.length;
    const payload = decoder.decode(bytes.subarray(/[A-Z]/.test(tag) ? colon + 2 : colon + 1, end));
    try {
      rows.set(id, /[A-Z]/.test(tag) ? { $tag: tag, payload } : JSON.parse(payload));
    } catch {
      rows.set(id, payload);
    }
    at = end + 1;
  }
  return rows;
}

function revive(value: unknown, rows: Map<string, unknown>, depth: number): unknown {
  if (depth > 50) throw new Error("flight references nest too deep");
  if (typeof value === "string") return reviveString(value, rows, depth);
  if (Array.isArray(value)) return value.map((item) => revive(item, rows, depth + 1));
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => [key, revive(item, rows, depth + 1)] as const);
    return Object.fromEntries(entries.filter(([, item]) => item !== undefined));
  }
  return value;
}

function reviveString(value: string, rows: Map<string, unknown>, depth: number): unknown {
  if (!value.startsWith("$")) return value;
  if (value === "$undefined") return undefined;
  if (value.startsWith("$$")) return value.slice(1);
  if (value.startsWith("$D")) return value.slice(2);
  if (value.startsWith("$n")) return BigInt(value.slice(2));
  if (value === "$NaN") return NaN;
  if (value === "$Infinity") return Infinity;
  if (value === "$-Infinity") return -Infinity;
  const reference = /^\$@?([0-9a-f]+)$/.exec(value);
  if (reference && rows.has(reference[1]!)) return revive(rows.get(reference[1]!), rows, depth + 1);
  return value;
}

function preview(body: string | Uint8Array): string {
  const text = typeof body === "string" ? body : new TextDecoder().decode(body);
  return JSON.stringify(text.slice(0, 200));
}
