import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../settings';
import type { CaptureDatabase } from './database';
import { getValue, KV_KEYS, setValue } from './kv';

/** Reads the settings; the defaults (not configured) when absent or unreadable. */
export function loadSettings(db: CaptureDatabase): Promise<Settings> {
  return getValue(db, KV_KEYS.settings, settingsSchema, DEFAULT_SETTINGS);
}

/** Validates and stores the settings; resolves once committed. */
export async function saveSettings(db: CaptureDatabase, settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  await setValue(db, KV_KEYS.settings, valid);

  return valid;
}
