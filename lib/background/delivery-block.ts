import { readPause } from '../delivery/pause';
import type { DeliveryStatus } from '../messages';
import { isConfigured, type Settings } from '../settings';
import type { CaptureDatabase } from '../storage/database';

/** Why delivery is not running, in words the popup can show; `null` when it may run. */
export async function readDeliveryBlock(
  db: CaptureDatabase,
  settings: Settings,
): Promise<DeliveryStatus['blocked']> {
  if (!isConfigured(settings)) {
    return {
      reason: 'not-configured',
      message: 'no endpoint or credential yet — open Settings. Captures wait in the queue.',
    };
  }
  const pause = await readPause(db);
  if (pause === null) return null;
  const hint =
    pause.reason === 'unauthorized'
      ? 'the API refused the credential — check it in Settings'
      : 'the endpoint looks wrong — check it in Settings';

  return { reason: pause.reason, message: `${hint} (${pause.message}). Nothing is lost.` };
}
