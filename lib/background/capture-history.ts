import { z } from 'zod';
import type { UserEnrichedEvent } from '../contract/event';
import { createLogger } from '../logger';
import type { CaptureDatabase } from '../storage/database';

const log = createLogger('capture-history');

const lastCaptureSchema = z.object({
  capturedAt: z.string(),
  properties: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});
export type LastCapture = z.infer<typeof lastCaptureSchema>;

/**
 * What a capture leaves to compare against next time: its properties without the capture
 * and inactive times, which differ at every save and so say nothing about the profile.
 */
export function summarizeCapture(event: UserEnrichedEvent): LastCapture {
  const {
    enrichment_active_at: _activeAt,
    enrichment_inactive_at: _inactiveAt,
    ...properties
  } = event.properties ?? {};

  return { capturedAt: event.timestamp, properties };
}

/**
 * Records a saved capture as the profile's last one and ends its draft, in one transaction:
 * a saved capture's edits must not come back as a draft.
 */
export async function recordCapture(
  db: CaptureDatabase,
  profileUrl: string,
  event: UserEnrichedEvent,
): Promise<void> {
  const tx = db.transaction(['captures', 'drafts'], 'readwrite');
  await Promise.all([
    tx.objectStore('captures').put(summarizeCapture(event), profileUrl),
    tx.objectStore('drafts').delete(profileUrl),
    tx.done,
  ]);
}

/** The last capture of a profile, if it was captured before and can be read. */
export async function recallLastCapture(
  db: CaptureDatabase,
  profileUrl: string,
): Promise<LastCapture | undefined> {
  const stored = await db.get('captures', profileUrl);
  if (stored === undefined) return undefined;
  const parsed = lastCaptureSchema.safeParse(stored);
  if (!parsed.success) log.warn('ignoring an unreadable last capture');

  return parsed.success ? parsed.data : undefined;
}
