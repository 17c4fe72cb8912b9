/**
 * Keys protecting identifying data at rest (F-SEC-2).
 * - WBCR_DATA_KEYS: "id:base64key[,id:base64key…]", 32-byte AES keys; the first encrypts, all
 *   decrypt (key rotation: put a new key first, re-encrypt with `npm run keys:rotate`, then drop
 *   the old one).
 * - WBCR_INDEX_KEY: base64, the HMAC key of the blind indexes used for exact search.
 * Without them, in demo mode only, a random set is written once to .data/keys.json; production
 * never generates keys (lib/config/production.ts refuses to start without them).
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isProduction } from "@/lib/config/mode";
import { readSettings, type Env } from "@/lib/config/settings";

export interface KeyRing {
  current: { id: string; key: Buffer };
  byId: Map<string, Buffer>;
  indexKey: Buffer;
}

let ring: KeyRing | undefined;

export function keyRing(env: Env = process.env): KeyRing {
  ring ??= fromConfiguration(env);
  return ring;
}

function fromConfiguration(env: Env): KeyRing {
  const { WBCR_DATA_KEYS: dataKeys, WBCR_INDEX_KEY: indexKey } = readSettings(env);
  if (dataKeys) {
    if (!indexKey) throw new Error("WBCR_INDEX_KEY is required with WBCR_DATA_KEYS");
    return parseKeyRing(dataKeys, indexKey);
  }
  if (isProduction(env)) throw new Error("WBCR_DATA_KEYS and WBCR_INDEX_KEY are required in production (npm run keys:new)");
  return fromLocalFile(path.join(process.cwd(), ".data", "keys.json"));
}

/** For tests that rotate keys. */
export function resetKeyRing(): void {
  ring = undefined;
}

function decodeKey(text: string, what: string): Buffer {
  const key = Buffer.from(text, "base64");
  if (key.length !== 32) throw new Error(`${what} must be 32 bytes, base64-encoded`);
  return key;
}

/** WBCR_DATA_KEYS and WBCR_INDEX_KEY as the environment gives them; throws naming what is malformed. */
export function parseKeyRing(dataKeys: string, indexKey: string): KeyRing {
  const entries = dataKeys.split(",").map((entry) => {
    const [id, key] = entry.trim().split(":");
    if (!id || !key) throw new Error('WBCR_DATA_KEYS must look like "id:base64key,…"');
    return [id, decodeKey(key, `WBCR_DATA_KEYS ${id}`)] as const;
  });
  const [first] = entries;
  if (!first) throw new Error("WBCR_DATA_KEYS is empty");
  return { current: { id: first[0], key: first[1] }, byId: new Map(entries), indexKey: decodeKey(indexKey, "WBCR_INDEX_KEY") };
}

/** Fresh keys for an operator (`npm run keys:new`). */
export function newKeyValues(keyId = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`): { WBCR_DATA_KEYS: string; WBCR_INDEX_KEY: string } {
  return { WBCR_DATA_KEYS: `${keyId}:${randomBytes(32).toString("base64")}`, WBCR_INDEX_KEY: randomBytes(32).toString("base64") };
}

interface KeyFile {
  dataKeys: { id: string; key: string }[];
  indexKey: string;
}

function fromLocalFile(file: string): KeyRing {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const fresh: KeyFile = {
      dataKeys: [{ id: "local-1", key: randomBytes(32).toString("base64") }],
      indexKey: randomBytes(32).toString("base64"),
    };
    writeFileSync(file, JSON.stringify(fresh, null, 2), { mode: 0o600, flag: "wx" });
  }
  const parsed = JSON.parse(readFileSync(file, "utf8")) as KeyFile;
  const entries = parsed.dataKeys.map(({ id, key }) => [id, decodeKey(key, `keys.json ${id}`)] as const);
  const [first] = entries;
  if (!first) throw new Error(`${file} holds no data key`);
  return { current: { id: first[0], key: first[1] }, byId: new Map(entries), indexKey: decodeKey(parsed.indexKey, "keys.json indexKey") };
}
