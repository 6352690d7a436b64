import { createLogger } from '../logger';
import { draftSchema, type Draft } from '../messages';
import type { CaptureDatabase } from '../storage/database';

const log = createLogger('drafts');

/** Drafts older than this are dropped: the page has likely changed, and so has the intent. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Keeps the unsaved edits of a profile, replacing its earlier draft. */
export async function saveDraft(
  db: CaptureDatabase,
  profileUrl: string,
  draft: Omit<Draft, 'updatedAt'>,
  now = Date.now(),
): Promise<void> {
  await db.put('drafts', { ...draft, updatedAt: now }, profileUrl);
}

/**
 * The draft of a profile, or null when there is none, it is older than seven days, or it
 * cannot be read: a draft is a convenience and never worth failing a capture for.
 */
export async function readDraft(
  db: CaptureDatabase,
  profileUrl: string,
  now = Date.now(),
): Promise<Draft | null> {
  const stored = await db.get('drafts', profileUrl);
  if (stored === undefined) return null;
  const parsed = draftSchema.safeParse(stored);
  if (!parsed.success) log.warn('ignoring an unreadable draft');
  if (!parsed.success || now - parsed.data.updatedAt > DRAFT_MAX_AGE_MS) return null;

  return parsed.data;
}

/** Ends the draft of a profile (Discard in the popup). */
export async function discardDraft(db: CaptureDatabase, profileUrl: string): Promise<void> {
  await db.delete('drafts', profileUrl);
}
