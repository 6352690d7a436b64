import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MANAGED_SETTING_FIELDS,
  mergeSettings,
  NO_MANAGED_SETTINGS,
  readManagedSettings,
} from '../../lib/managed-settings';
import { credentialKindSchema, DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const MANAGED_KEY = 'fleet-key-0123456789';
const LOCAL: Settings = {
  ...DEFAULT_SETTINGS,
  endpoint: 'http://127.0.0.1:8787/api/track',
  secret: 'local-key',
  defaultGroupId: 'local-account',
};

describe('readManagedSettings', () => {
  it('maps every policy name to the setting it fills', () => {
    const managed = readManagedSettings({
      endpoint: 'https://collector.example.com/track',
      credentialKind: 'bearer',
      apiKey: MANAGED_KEY,
      defaultGroupId: 'acme-fleet',
      retentionDays: 7,
      eventsPerRequest: 50,
    });

    expect(managed).toEqual({
      values: {
        endpoint: 'https://collector.example.com/track',
        credentialKind: 'bearer',
        secret: MANAGED_KEY,
        defaultGroupId: 'acme-fleet',
        retentionDays: 7,
        maxEventsPerRequest: 50,
      },
      fields: [
        'endpoint',
        'credentialKind',
        'secret',
        'defaultGroupId',
        'retentionDays',
        'maxEventsPerRequest',
      ],
      problems: [],
    });
  });

  it('counts nothing as managed when the storage is empty or absent', () => {
    expect(readManagedSettings({})).toEqual(NO_MANAGED_SETTINGS);
    expect(readManagedSettings(undefined)).toEqual(NO_MANAGED_SETTINGS);
  });

  it('refuses an http endpoint off loopback with the same message as the options page', () => {
    const managed = readManagedSettings({ endpoint: 'http://collector.example.com/track' });

    expect(managed.values).toEqual({});
    expect(managed.fields).toEqual([]);
    expect(managed.problems).toEqual([
      expect.stringMatching(/^the managed endpoint was ignored: http is only allowed on loop/),
    ]);
  });

  it('keeps the valid managed values when another one is refused', () => {
    const managed = readManagedSettings({ retentionDays: 0, defaultGroupId: 'acme-fleet' });

    expect(managed.values).toEqual({ defaultGroupId: 'acme-fleet' });
    expect(managed.problems).toEqual([expect.stringContaining('managed retentionDays')]);
  });

  it.each([
    ['credentialKind', 'basic'],
    ['eventsPerRequest', 5000],
    ['eventsPerRequest', '50'],
    ['retentionDays', 1.5],
    ['defaultGroupId', 'x'.repeat(201)],
    ['apiKey', ''],
    ['apiKey', 42],
  ])('refuses %s = %j with a message instead of throwing', (name, value) => {
    const managed = readManagedSettings({ [name]: value });

    expect(managed.fields).toEqual([]);
    expect(managed.problems).toEqual([expect.stringContaining(`the managed ${name} was ignored`)]);
  });

  it('refuses a key with a pasted typographic dash without quoting the key', () => {
    const managed = readManagedSettings({ apiKey: 'fleet\u2013key' });

    expect(managed.problems).toEqual([expect.stringContaining('visible ASCII')]);
    expect(managed.problems.join()).not.toContain('fleet');
  });

  it('names an unknown managed setting, so an administrator sees a typo', () => {
    const managed = readManagedSettings({ apikey: MANAGED_KEY });

    expect(managed.values).toEqual({});
    expect(managed.problems).toEqual(['the managed setting "apikey" is unknown']);
  });

  it.each([['a string'], [['an', 'array']], [42]])('refuses managed storage holding %j', (raw) => {
    expect(readManagedSettings(raw)).toEqual({
      ...NO_MANAGED_SETTINGS,
      problems: ['the managed settings are not an object'],
    });
  });

  it('trims managed text as the options page does', () => {
    const managed = readManagedSettings({ endpoint: ' https://example.com/track ' });

    expect(managed.values).toEqual({ endpoint: 'https://example.com/track' });
  });
});

describe('mergeSettings', () => {
  it('lets every managed value win over the local one', () => {
    const managed = readManagedSettings({ apiKey: MANAGED_KEY, defaultGroupId: 'acme-fleet' });

    expect(mergeSettings(LOCAL, managed)).toEqual({
      ...LOCAL,
      secret: MANAGED_KEY,
      defaultGroupId: 'acme-fleet',
    });
  });

  it('keeps the local value of a refused managed value', () => {
    const managed = readManagedSettings({ endpoint: 'ftp://example.com' });

    expect(mergeSettings(LOCAL, managed)).toEqual(LOCAL);
  });

  it('lets a managed empty default group_id win over a local one', () => {
    const managed = readManagedSettings({ defaultGroupId: '' });

    expect(mergeSettings(LOCAL, managed).defaultGroupId).toBe('');
  });
});

describe('public/managed-schema.json', () => {
  const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as {
    properties: Record<string, { enum?: string[]; minimum?: number; maximum?: number }>;
  };

  it('declares exactly the settings the extension reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      Object.keys(MANAGED_SETTING_FIELDS).sort(),
    );
  });

  it('offers the same credential kinds and limits as the options page', () => {
    expect(schema.properties.credentialKind?.enum).toEqual(credentialKindSchema.options);
    expect(schema.properties.eventsPerRequest).toMatchObject({ minimum: 1, maximum: 1000 });
    expect(schema.properties.retentionDays).toMatchObject({ minimum: 1, maximum: 3650 });
  });
});
