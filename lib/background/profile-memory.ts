import { z } from 'zod';
import { createLogger } from '../logger';
import type { ProfileMemory } from '../messages';
import type { CaptureDatabase } from '../storage/database';
import { KV_KEYS } from '../storage/kv';

const log = createLogger('profiles');

/** How many accounts the popup suggests. */
const RECENT_GROUPS_LIMIT = 20;

const profileChoiceSchema = z.object({ userId: z.string(), groupId: z.string().optional() });
const recentGroupsSchema = z.array(z.string());

/** A stored value checked against its schema; an unreadable one counts as absent. */
function readStored<T>(schema: z.ZodType<T>, value: unknown, what: string): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) log.warn(`ignoring an unreadable ${what}`);

  return parsed.success ? parsed.data : undefined;
}

/** What the user chose for a profile before, and the accounts used lately. */
export async function recallProfile(
  db: CaptureDatabase,
  profileUrl: string,
): Promise<ProfileMemory> {
  const tx = db.transaction(['profiles', 'kv'], 'readonly');
  const [choice, recent] = await Promise.all([
    tx.objectStore('profiles').get(profileUrl),
    tx.objectStore('kv').get(KV_KEYS.recentGroups),
  ]);
  const remembered = readStored(profileChoiceSchema, choice, 'profile choice');

  return {
    userId: remembered?.userId,
    groupId: remembered?.groupId,
    recentGroups: readStored(recentGroupsSchema, recent, 'list of recent accounts') ?? [],
  };
}

/**
 * Remembers the ids chosen for a profile, and moves its account to the front of the list,
 * in one transaction so that captures saved together cannot overwrite each other.
 */
export async function rememberProfile(
  db: CaptureDatabase,
  profileUrl: string,
  choice: { userId: string; groupId?: string },
): Promise<void> {
  const tx = db.transaction(['profiles', 'kv'], 'readwrite');
  const writes: Promise<unknown>[] = [tx.objectStore('profiles').put(choice, profileUrl)];
  if (choice.groupId) {
    const kv = tx.objectStore('kv');
    const stored = await kv.get(KV_KEYS.recentGroups);
    const recent = readStored(recentGroupsSchema, stored, 'list of recent accounts') ?? [];
    const updated = [choice.groupId, ...recent.filter((group) => group !== choice.groupId)];
    writes.push(kv.put(updated.slice(0, RECENT_GROUPS_LIMIT), KV_KEYS.recentGroups));
  }
  await Promise.all([...writes, tx.done]);
}
