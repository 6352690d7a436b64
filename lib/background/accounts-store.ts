import { z } from 'zod';
import { accountSummarySchema, byLatestCapture, type AccountSummary } from '../accounts/account';
import type { GroupEnrichedEvent } from '../contract/event';
import { createLogger } from '../logger';
import type { CaptureDatabase } from '../storage/database';
import { KV_KEYS } from '../storage/kv';

const log = createLogger('accounts');

/** Prefix of the per-install capturer id, so it reads as what it is in the API's data. */
const CAPTURER_PREFIX = 'capturer:';

/** A stored account, or undefined (with a warning) when an older version wrote another shape. */
function readAccount(value: unknown): AccountSummary | undefined {
  if (value === undefined) return undefined;
  const parsed = accountSummarySchema.safeParse(value);
  if (!parsed.success) log.warn('ignoring an unreadable account');

  return parsed.success ? parsed.data : undefined;
}

/**
 * Records a saved account capture: the account (name, domain, page, capture time) under its
 * `group_id`, keeping a name or domain the new capture left empty, and its `user_id` as the
 * capturer proposed next time; ends the page's draft. One transaction, so concurrent saves
 * cannot interleave and a saved capture's edits cannot come back as a draft.
 */
export async function recordAccount(
  db: CaptureDatabase,
  profileUrl: string,
  event: GroupEnrichedEvent,
): Promise<void> {
  const tx = db.transaction(['accounts', 'kv', 'drafts'], 'readwrite');
  const accounts = tx.objectStore('accounts');
  const groupId = event.context.group_id;
  const previous = readAccount(await accounts.get(groupId));
  const account: AccountSummary = {
    groupId,
    name: event.properties?.enrichment_name || previous?.name,
    domain: event.properties?.enrichment_domain || previous?.domain,
    profileUrl,
    lastCapturedAt: event.timestamp,
  };
  await Promise.all([
    accounts.put(account, groupId),
    tx.objectStore('kv').put(event.user_id, KV_KEYS.accountCapturer),
    tx.objectStore('drafts').delete(profileUrl),
    tx.done,
  ]);
}

/** Every readable captured account, the latest captured first. */
export async function listAccounts(db: CaptureDatabase): Promise<AccountSummary[]> {
  const stored = await db.getAll('accounts');

  return stored
    .map(readAccount)
    .filter((account): account is AccountSummary => account !== undefined)
    .sort(byLatestCapture);
}

/**
 * The `user_id` proposed for an account capture: the one used last, else a per-install id
 * (`capturer:<uuid>`) made and kept on first use, so that every capture from this browser
 * names the same user until the user types another.
 */
export async function readCapturerId(
  db: CaptureDatabase,
  makeId: () => string = () => crypto.randomUUID(),
): Promise<string> {
  // Read and write in one transaction: two popups opening together agree on one id.
  const tx = db.transaction('kv', 'readwrite');
  const stored = z
    .string()
    .min(1)
    .safeParse(await tx.store.get(KV_KEYS.accountCapturer));
  if (stored.success) return stored.data;
  const capturerId = `${CAPTURER_PREFIX}${makeId()}`;
  await Promise.all([tx.store.put(capturerId, KV_KEYS.accountCapturer), tx.done]);

  return capturerId;
}
