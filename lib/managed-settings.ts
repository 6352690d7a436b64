import { z } from 'zod';
import { settingsSchema, validateEndpoint, validateSecret, type Settings } from './settings';

/**
 * The settings an administrator can set through the browser's managed storage (an admin
 * policy), by their name in `public/managed-schema.json` and the `Settings` field each one
 * fills. The policy names are the ones an administrator reads, hence `apiKey` for `secret`.
 */
export const MANAGED_SETTING_FIELDS = {
  endpoint: 'endpoint',
  credentialKind: 'credentialKind',
  apiKey: 'secret',
  defaultGroupId: 'defaultGroupId',
  retentionDays: 'retentionDays',
  eventsPerRequest: 'maxEventsPerRequest',
} as const satisfies Record<string, keyof Settings>;

/** A setting's name in the managed storage (the policy). */
export type ManagedSettingName = keyof typeof MANAGED_SETTING_FIELDS;
/** A `Settings` field that an administrator can set. */
export type ManagedField = (typeof MANAGED_SETTING_FIELDS)[ManagedSettingName];

/** The fields an administrator can set, for schemas of messages that name them. */
export const managedFieldSchema = z.enum([
  'endpoint',
  'credentialKind',
  'secret',
  'defaultGroupId',
  'retentionDays',
  'maxEventsPerRequest',
] satisfies ManagedField[]);

/** What the managed storage holds, checked: the values that win, and what was refused. */
export interface ManagedSettings {
  /** The administrator's valid values; they win over the user's. */
  values: Partial<Settings>;
  /** The fields those values fill, in the order of `MANAGED_SETTING_FIELDS`. */
  fields: ManagedField[];
  /** One sentence per refused value, for the options page and the log; never the key. */
  problems: string[];
}

/** No managed settings: the user's own apply. */
export const NO_MANAGED_SETTINGS: ManagedSettings = { values: {}, fields: [], problems: [] };

/** How much of an unknown name a message quotes. */
const NAME_QUOTE_LIMIT = 40;

/**
 * Checks the managed storage's contents value by value, with the same rules as the user's
 * settings. A refused value is left out on its own (the user's value applies for it) and
 * described in `problems`; the other managed values still win. Chrome already drops values
 * that break the JSON schema, but Firefox's managed storage has no schema, and neither
 * knows our endpoint rules, so nothing here trusts the browser's check.
 */
export function readManagedSettings(stored: unknown): ManagedSettings {
  if (stored === undefined || stored === null) return NO_MANAGED_SETTINGS;
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { ...NO_MANAGED_SETTINGS, problems: ['the managed settings are not an object'] };
  }
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(stored)) {
    if (!isManagedSettingName(name)) {
      problems.push(`the managed setting "${name.slice(0, NAME_QUOTE_LIMIT)}" is unknown`);
      continue;
    }
    const checked = checkManagedValue(name, value);
    if (checked.ok) values[MANAGED_SETTING_FIELDS[name]] = checked.value;
    else problems.push(`the managed ${name} was ignored: ${checked.error}`);
  }
  const fields = Object.values(MANAGED_SETTING_FIELDS).filter((field) => field in values);

  return { values: values as Partial<Settings>, fields, problems };
}

/** The settings in force: the user's, with every valid managed value in its place. */
export function mergeSettings(local: Settings, managed: ManagedSettings): Settings {
  return { ...local, ...managed.values };
}

function isManagedSettingName(name: string): name is ManagedSettingName {
  return Object.hasOwn(MANAGED_SETTING_FIELDS, name);
}

type ManagedValueCheck = { ok: true; value: unknown } | { ok: false; error: string };

/** A managed value as the settings hold it, or why it is refused. Never quotes a key. */
function checkManagedValue(name: ManagedSettingName, value: unknown): ManagedValueCheck {
  const field = MANAGED_SETTING_FIELDS[name];
  const parsed = settingsSchema.shape[field].safeParse(value);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid value' };
  }
  const error = checkRulesBeyondSchema(field, parsed.data);

  return error === undefined ? { ok: true, value: parsed.data } : { ok: false, error };
}

/** The checks the options page applies to the endpoint and key before they are saved. */
function checkRulesBeyondSchema(field: ManagedField, value: unknown): string | undefined {
  if (field === 'endpoint') {
    const checked = validateEndpoint(String(value));
    return checked.ok ? undefined : checked.error;
  }
  if (field === 'secret') return value === '' ? 'it is empty' : validateSecret(String(value));

  return undefined;
}
