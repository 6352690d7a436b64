import { createLogger } from '../logger';
import {
  mergeSettings,
  NO_MANAGED_SETTINGS,
  readManagedSettings,
  type ManagedSettings,
} from '../managed-settings';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../settings';
import type { CaptureDatabase } from './database';
import { getValue, KV_KEYS, setValue } from './kv';

const log = createLogger('settings');

/** Reads the browser's managed storage (an admin policy); resolves to its raw contents. */
export type ManagedStorageReader = () => Promise<unknown>;

/**
 * Where the administrator's settings come from. Only the background names a reader (the
 * browser's `storage.managed`); pages, tests and scripts have none. It is set once here
 * rather than passed along, so that every reader of the settings (the flush, the badge,
 * the retention purge, and those added later) gets the administrator's values.
 */
let readManagedStorage: ManagedStorageReader | undefined;

/** Names where the managed settings come from; `undefined` for none. */
export function setManagedStorageReader(reader: ManagedStorageReader | undefined): void {
  readManagedStorage = reader;
}

/** The settings in force: the user's, with the administrator's valid values in their place. */
export async function loadSettings(db: CaptureDatabase): Promise<Settings> {
  const [local, managed] = await Promise.all([loadLocalSettings(db), loadManagedSettings()]);

  return mergeSettings(local, managed);
}

/** The user's own settings, as stored; the defaults (not configured) when absent or unreadable. */
export function loadLocalSettings(db: CaptureDatabase): Promise<Settings> {
  return getValue(db, KV_KEYS.settings, settingsSchema, DEFAULT_SETTINGS);
}

/**
 * The administrator's settings, checked. A reader that fails (Firefox without a managed
 * storage manifest rejects) counts as none: managed settings are optional.
 */
export async function loadManagedSettings(): Promise<ManagedSettings> {
  if (!readManagedStorage) return NO_MANAGED_SETTINGS;
  let stored: unknown;
  try {
    stored = await readManagedStorage();
  } catch (error) {
    log.debug('no managed settings', error);
    return NO_MANAGED_SETTINGS;
  }
  const managed = readManagedSettings(stored);
  reportProblems(managed.problems);

  return managed;
}

/** The problems last logged: settings are read at every flush, the log says each once. */
let reportedProblems = '';

function reportProblems(problems: string[]): void {
  const summary = problems.join('\n');
  if (summary === reportedProblems) return;
  reportedProblems = summary;
  for (const problem of problems) log.warn(problem);
}

/** Validates and stores the user's own settings; resolves once committed. */
export async function saveSettings(db: CaptureDatabase, settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  await setValue(db, KV_KEYS.settings, valid);

  return valid;
}
