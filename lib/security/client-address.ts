/**
 * The address a request came from, for the login rate limit.
 *
 * `next start` cannot tell route handlers the socket's address: it only fills X-Forwarded-For
 * with it when the client sent none, so a client could name any address it likes. Our server
 * (scripts/serve.mjs) therefore writes the socket's address into PEER_ADDRESS_HEADER, replacing
 * whatever the client sent under that name.
 *
 * Behind a reverse proxy every request comes from the proxy's address; with WBCR_TRUST_PROXY=1
 * the last X-Forwarded-For entry is used instead: the one our proxy appended, the only one a
 * client cannot forge (earlier entries are theirs to write).
 */
import { readSettings, type Env } from "@/lib/config/settings";

export const PEER_ADDRESS_HEADER = "x-wbcr-peer-address";

export function trustsProxy(env: Env = process.env): boolean {
  return readSettings(env).WBCR_TRUST_PROXY === true;
}

export function clientAddress(headers: Headers, env: Env = process.env): string {
  if (trustsProxy(env)) {
    const forwarded = headers.get("x-forwarded-for")?.split(",").map((entry) => entry.trim()).filter(Boolean).at(-1);
    if (forwarded) return forwarded;
  }
  // Without our server (`next dev`), every request shares one counter: generous, never wrong.
  return headers.get(PEER_ADDRESS_HEADER)?.trim() || "unknown";
}
