import type { z } from 'zod';
import { createLogger } from '../logger';
import type { CaptureDatabase } from './database';

const log = createLogger('kv');

/**
 * Keys of the `kv` store. Each carries the version of its value's shape: a new shape gets a
 * new key (and a migration reading the old one), so an old value is never misread.
 */
export const KV_KEYS = {
  settings: 'settings.v1',
  deliveryPause: 'delivery-pause.v1',
  recentGroups: 'recent-groups.v1',
  testControl: 'test-control.v1',
  accountCapturer: 'account-capturer.v1',
} as const;
export type KvKey = (typeof KV_KEYS)[keyof typeof KV_KEYS];

/** Reads a value, returning `fallback` when absent or when it does not match `schema`. */
export async function getValue<T>(
  db: CaptureDatabase,
  key: KvKey,
  schema: z.ZodType<T>,
  fallback: T,
): Promise<T> {
  const stored = await db.get('kv', key);
  if (stored === undefined) return fallback;

  const parsed = schema.safeParse(stored);
  if (parsed.success) return parsed.data;
  // The value itself may hold personal data or the credential, so only the key is logged.
  log.warn(`ignoring an unreadable value of ${key}; using the default`);

  return fallback;
}

/** Writes a value; resolves once the write is committed. */
export async function setValue<T>(db: CaptureDatabase, key: KvKey, value: T): Promise<void> {
  await db.put('kv', value, key);
}

/** Removes a value; resolves once the removal is committed. */
export async function deleteValue(db: CaptureDatabase, key: KvKey): Promise<void> {
  await db.delete('kv', key);
}
