/**
 * Unsaved input kept aside in the browser (localStorage), so that neither a session timeout nor
 * a closed tab loses data (F-AUTH-7). The storage is injected: tests use a Map, the form uses
 * window.localStorage when it exists and works.
 *
 * Medical data stay in this browser until saved or discarded; the caller picks a key per user
 * and registration so that another user of the same computer does not see them.
 */

/** The part of the Web Storage API the store needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DraftRecord {
  /** The form values (compacted). */
  values: unknown;
  /** When the browser wrote them (ISO timestamp, browser clock). */
  writtenAt: string;
  /** The saved version they were typed on top of; null for a registration never saved. */
  baseVersion: number | null;
}

export interface DraftStore {
  read(): DraftRecord | null;
  /** False when the storage refused (full, disabled): the caller may tell the user. */
  write(values: unknown, baseVersion: number | null, now?: Date): boolean;
  clear(): void;
}

const FORMAT = 1;

function parse(text: string | null): DraftRecord | null {
  if (!text) return null;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== "object" || data === null) return null;
    const record = data as Record<string, unknown>;
    if (record.format !== FORMAT || typeof record.writtenAt !== "string") return null;
    if (Number.isNaN(Date.parse(record.writtenAt))) return null;
    const baseVersion = typeof record.baseVersion === "number" ? record.baseVersion : null;
    return { values: record.values, writtenAt: record.writtenAt, baseVersion };
  } catch {
    return null;
  }
}

export function createDraftStore(storage: StorageLike | null | undefined, key: string): DraftStore {
  return {
    read() {
      if (!storage) return null;
      try {
        const text = storage.getItem(key);
        const record = parse(text);
        // Unreadable leftovers (another format, corrupted) are dropped rather than kept forever.
        if (text !== null && record === null) storage.removeItem(key);
        return record;
      } catch {
        return null;
      }
    },
    write(values, baseVersion, now = new Date()) {
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify({ format: FORMAT, values, writtenAt: now.toISOString(), baseVersion }));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: a storage that cannot be written holds nothing of ours either.
      }
    },
  };
}

/** What the form was opened with: the saved version and when it was saved, when known. */
export interface SavedBase {
  version?: number | null;
  savedAt?: string | null;
}

/**
 * Whether kept input is newer than the saved registration the form opened with, i.e. should be
 * restored. By version when both are known (input typed on top of this version or a later one;
 * a version saved since, by anyone, wins), else by time, else (never saved) yes.
 */
export function isDraftNewer(draft: DraftRecord, base: SavedBase): boolean {
  if (typeof base.version === "number" && draft.baseVersion !== null) return draft.baseVersion >= base.version;
  if (base.savedAt) {
    const savedAt = Date.parse(base.savedAt);
    if (!Number.isNaN(savedAt)) return Date.parse(draft.writtenAt) > savedAt;
  }
  return typeof base.version !== "number";
}

/** window.localStorage when it exists and can be used (not in private modes that refuse it). */
export function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = "wbcr:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
