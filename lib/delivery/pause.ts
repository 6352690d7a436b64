import { z } from 'zod';
import type { Settings } from '../settings';
import type { CaptureDatabase } from '../storage/database';
import { deleteValue, getValue, KV_KEYS, setValue } from '../storage/kv';

/** Why delivery stopped until the user acts: a refused credential, or a wrong endpoint. */
export const pauseReasonSchema = z.enum(['unauthorized', 'misconfigured']);
export type PauseReason = z.infer<typeof pauseReasonSchema>;

/** The stored pause: delivery stays stopped while this is set. */
export const pauseStateSchema = z.object({
  reason: pauseReasonSchema,
  /** For the user; names the status or problem, never the credential. */
  message: z.string(),
  /** When the pause began (epoch ms). */
  at: z.number(),
  /** `settingsFingerprint` of the settings that failed; a change of them ends the pause. */
  credentialFingerprint: z.string().optional(),
  /** The HTTP status behind the pause, if an answer caused it. */
  status: z.number().int().optional(),
});
export type PauseState = z.infer<typeof pauseStateSchema>;

const storedPauseSchema = pauseStateSchema.nullable();

/** Length of the fingerprint in hex digits: enough to tell keys apart, too short to matter. */
const FINGERPRINT_LENGTH = 12;

/** The stored pause, or `null` when delivery may run. */
export function readPause(db: CaptureDatabase): Promise<PauseState | null> {
  return getValue(db, KV_KEYS.deliveryPause, storedPauseSchema, null);
}

/** Stores a pause; resolves once committed. */
export function writePause(db: CaptureDatabase, pause: PauseState): Promise<void> {
  return setValue(db, KV_KEYS.deliveryPause, pause);
}

/** Ends a pause (the user's "resume"); resolves once committed. */
export function clearPause(db: CaptureDatabase): Promise<void> {
  return deleteValue(db, KV_KEYS.deliveryPause);
}

/**
 * A short, non-reversible tag of what a pause depends on: the endpoint, the header kind and
 * the secret (SHA-256, first 12 hex digits). The secret itself is never stored with a pause.
 */
export async function settingsFingerprint(settings: Settings): Promise<string> {
  const text = [settings.endpoint, settings.credentialKind, settings.secret].join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'));

  return hex.join('').slice(0, FINGERPRINT_LENGTH);
}

/**
 * Ends the pause when the settings that caused it changed (a new key, header kind or
 * endpoint), so the next flush tries again. Returns whether a pause was cleared.
 */
export async function clearPauseIfCredentialChanged(
  db: CaptureDatabase,
  settings: Settings,
): Promise<boolean> {
  const pause = await readPause(db);
  if (pause === null) return false;
  if (pause.credentialFingerprint === (await settingsFingerprint(settings))) return false;

  await clearPause(db);

  return true;
}
