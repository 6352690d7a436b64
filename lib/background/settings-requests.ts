import { mergeSettings, type ManagedField } from '../managed-settings';
import type { BackgroundRequest, PublicSettings } from '../messages';
import { validateEndpoint, validateSecret, type Settings } from '../settings';
import type { CaptureDatabase } from '../storage/database';
import { loadLocalSettings, loadManagedSettings, saveSettings } from '../storage/settings-store';

type SettingsSaveRequest = Extract<BackgroundRequest, { type: 'settings.save' }>;

/** The outcome of a save: the settings now in force, or why nothing was saved. */
export type SettingsUpdate = { ok: true; settings: Settings } | { ok: false; error: string };

/** The settings in force as pages may see them: the secret only as "set" or not. */
export async function describeSettings(db: CaptureDatabase): Promise<PublicSettings> {
  const [local, managed] = await Promise.all([loadLocalSettings(db), loadManagedSettings()]);
  const settings = mergeSettings(local, managed);

  return {
    endpoint: settings.endpoint,
    credentialKind: settings.credentialKind,
    hasSecret: settings.secret !== '',
    maxEventsPerRequest: settings.maxEventsPerRequest,
    retentionDays: settings.retentionDays,
    defaultGroupId: settings.defaultGroupId,
    managed: managed.fields,
    managedProblems: managed.problems,
  };
}

/**
 * Stores the user's settings from the options page. A field the administrator set is left
 * as the user had it: the managed value wins anyway, and it must not be copied into the
 * user's own settings (the managed key least of all), where it would outlive the policy.
 */
export async function updateSettings(
  db: CaptureDatabase,
  request: SettingsSaveRequest,
): Promise<SettingsUpdate> {
  const [current, managed] = await Promise.all([loadLocalSettings(db), loadManagedSettings()]);
  const requested = requestedSettings(current, request);
  const locked = new Set<ManagedField>(managed.fields);
  const error = inputError(requested, locked, request.secret !== undefined);
  if (error) return { ok: false, error };

  const unlocked = Object.fromEntries(
    Object.entries(requested).filter(([field]) => !locked.has(field as ManagedField)),
  );
  const saved = await saveSettings(db, { ...current, ...unlocked });

  return { ok: true, settings: mergeSettings(saved, managed) };
}

/** The user's settings as the request asks; an omitted optional field keeps its value. */
function requestedSettings(current: Settings, request: SettingsSaveRequest): Settings {
  return {
    ...current,
    endpoint: request.endpoint,
    credentialKind: request.credentialKind,
    secret: request.secret ?? current.secret,
    maxEventsPerRequest: request.maxEventsPerRequest ?? current.maxEventsPerRequest,
    retentionDays: request.retentionDays ?? current.retentionDays,
    defaultGroupId: request.defaultGroupId ?? current.defaultGroupId,
  };
}

/** Why the endpoint or a new secret is refused; a field the administrator set is not read. */
function inputError(
  requested: Settings,
  locked: Set<ManagedField>,
  newSecret: boolean,
): string | undefined {
  if (!locked.has('endpoint') && requested.endpoint !== '') {
    const checked = validateEndpoint(requested.endpoint);
    if (!checked.ok) return checked.error;
  }
  if (!locked.has('secret') && newSecret) return validateSecret(requested.secret);

  return undefined;
}
