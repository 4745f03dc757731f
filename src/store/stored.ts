import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type * as z from 'zod/mini';
import { recordRecovery } from './recovery';
import { decodeJsonString, describeIssue } from './decode';

// One typed definition per storage key: a zod schema checked on every read
// (storage is a trust boundary: older versions, other extensions' writes,
// truncated data), a fallback, a version and its migrations.
// Migrations run lazily on read (not at definition time) so that defining an
// item touches no extension API and a value written later is still migrated.
export interface StoredItemDef<T> {
  key: StorageItemKey;
  version: number;
  schema: z.ZodMiniType<T>;
  fallback: T;
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Keeps the readable part of a damaged value (e.g. the good entries of a list). */
  salvage?: (raw: unknown) => Salvaged<T> | null;
  /** Derived data (rebuilt by the background): no backup, no notice. */
  derived?: boolean;
}

export interface Salvaged<T> {
  value: T;
  rejected: unknown;
  reason: string;
}

export interface StoredItem<T> {
  readonly key: StorageItemKey;
  readonly schema: z.ZodMiniType<T>;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(onChange: (value: T) => void, signal: AbortSignal): void;
}

const metaKey = (key: StorageItemKey) => `${key}$` as StorageItemKey;

export function defineStoredItem<T>(def: StoredItemDef<T>): StoredItem<T> {
  async function write(value: T) {
    // One set call: value and version change together.
    await storage.setItems([
      { key: def.key, value },
      { key: metaKey(def.key), value: { v: def.version } },
    ]);
  }

  async function recover(raw: unknown, reason: string, repaired: T | null) {
    if (!def.derived) await recordRecovery(def.key, raw, reason);
    if (repaired === null) await storage.removeItems([def.key, metaKey(def.key)]);
    else await write(repaired);
    return repaired ?? def.fallback;
  }

  async function read(): Promise<T> {
    const raw = await storage.getItem<unknown>(def.key);
    if (raw === null || raw === undefined) return def.fallback;
    const meta = await storage.getMeta<{ v?: unknown }>(def.key);
    const from = typeof meta.v === 'number' ? meta.v : 1;

    const decoded = decodeJsonString(raw);
    if (!decoded.ok) return recover(raw, decoded.reason, null);
    let value = decoded.value;
    try {
      for (let v = from + 1; v <= def.version; v++) value = def.migrations?.[v]?.(value) ?? value;
    } catch (error) {
      return recover(raw, `migration to v${def.version} failed: ${String(error)}`, null);
    }

    const parsed = def.schema.safeParse(value);
    if (parsed.success) {
      if (from < def.version || value !== raw) await write(parsed.data);
      return parsed.data;
    }
    const salvaged = def.salvage?.(value);
    if (salvaged) {
      if (!def.derived) await recordRecovery(def.key, salvaged.rejected, salvaged.reason);
      await write(salvaged.value);
      return salvaged.value;
    }
    return recover(raw, describeIssue(parsed.error.issues[0]), null);
  }

  async function getValue(): Promise<T> {
    try {
      return await read();
    } catch {
      // Storage itself failed (quota, context gone): the fallback keeps callers working.
      return def.fallback;
    }
  }

  return {
    key: def.key,
    schema: def.schema,
    fallback: def.fallback,
    getValue,
    async setValue(value) {
      await write(def.schema.parse(value));
    },
    watch(onChange, signal) {
      const unwatch = storage.watch<unknown>(def.key, () => {
        if (!signal.aborted) void getValue().then(onChange);
      });
      signal.addEventListener('abort', unwatch, { once: true });
    },
  };
}
