import { z } from 'zod';
import type { CaptureDatabase } from '../storage/database';
import { getValue, KV_KEYS, setValue } from '../storage/kv';
import type { ProfileMemory } from '../messages';

/** How many accounts the popup suggests. */
const RECENT_GROUPS_LIMIT = 20;

const userIdsSchema = z.record(
  z.string(),
  z.object({ userId: z.string(), groupId: z.string().optional() }),
);
const recentGroupsSchema = z.array(z.string());

/** What the user chose for a profile before, and the accounts used lately. */
export async function recallProfile(
  db: CaptureDatabase,
  profileUrl: string,
): Promise<ProfileMemory> {
  const userIds = await getValue(db, KV_KEYS.userIds, userIdsSchema, {});
  const recentGroups = await getValue(db, KV_KEYS.recentGroups, recentGroupsSchema, []);
  const remembered = userIds[profileUrl];

  return { userId: remembered?.userId, groupId: remembered?.groupId, recentGroups };
}

/** Remembers the ids chosen for a profile, and moves its account to the front of the list. */
export async function rememberProfile(
  db: CaptureDatabase,
  profileUrl: string,
  choice: { userId: string; groupId?: string },
): Promise<void> {
  const userIds = await getValue(db, KV_KEYS.userIds, userIdsSchema, {});
  userIds[profileUrl] = choice;
  await setValue(db, KV_KEYS.userIds, userIds);
  if (!choice.groupId) return;

  const recent = await getValue(db, KV_KEYS.recentGroups, recentGroupsSchema, []);
  const updated = [choice.groupId, ...recent.filter((group) => group !== choice.groupId)];
  await setValue(db, KV_KEYS.recentGroups, updated.slice(0, RECENT_GROUPS_LIMIT));
}
