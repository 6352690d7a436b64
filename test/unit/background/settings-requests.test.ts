import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeSettings, updateSettings } from '../../../lib/background/settings-requests';
import { handleBackgroundRequest } from '../../../lib/background/handle-request';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { createOutbox } from '../../../lib/storage/outbox';
import {
  loadLocalSettings,
  loadSettings,
  saveSettings,
  setManagedStorageReader,
} from '../../../lib/storage/settings-store';
import { openTestDatabase } from '../storage/make-event';

const LOCAL_ENDPOINT = 'http://127.0.0.1:8787/api/track';
const FLEET_ENDPOINT = 'https://collector.example.com/track';
const FLEET_KEY = 'fleet-key-0123456789';
const LOCAL: Settings = { ...DEFAULT_SETTINGS, endpoint: LOCAL_ENDPOINT, secret: 'local-key' };

let db: CaptureDatabase;

beforeEach(async () => {
  db = await openTestDatabase();
});

afterEach(() => {
  setManagedStorageReader(undefined);
  db.close();
});

function manage(values: Record<string, unknown>): void {
  setManagedStorageReader(async () => values);
}

function saveRequest(extra: Partial<Parameters<typeof updateSettings>[1]> = {}) {
  return {
    type: 'settings.save',
    endpoint: LOCAL_ENDPOINT,
    credentialKind: 'x-api-key',
    ...extra,
  } as const;
}

describe('loadSettings', () => {
  it('uses the managed values in place of the local ones', async () => {
    await saveSettings(db, LOCAL);
    manage({ endpoint: FLEET_ENDPOINT, apiKey: FLEET_KEY });

    expect(await loadSettings(db)).toEqual({
      ...LOCAL,
      endpoint: FLEET_ENDPOINT,
      secret: FLEET_KEY,
    });
    expect(await loadLocalSettings(db)).toEqual(LOCAL);
  });

  it('uses the local settings when the managed storage cannot be read', async () => {
    await saveSettings(db, LOCAL);
    setManagedStorageReader(() => Promise.reject(new Error('Managed storage manifest not found')));

    expect(await loadSettings(db)).toEqual(LOCAL);
  });
});

describe('describeSettings', () => {
  it('names the managed fields and says a managed key is set without returning it', async () => {
    manage({ endpoint: FLEET_ENDPOINT, apiKey: FLEET_KEY, defaultGroupId: 'acme-fleet' });

    const described = await describeSettings(db);

    expect(described).toMatchObject({
      endpoint: FLEET_ENDPOINT,
      hasSecret: true,
      defaultGroupId: 'acme-fleet',
      managed: ['endpoint', 'secret', 'defaultGroupId'],
      managedProblems: [],
    });
    expect(JSON.stringify(described)).not.toContain(FLEET_KEY);
  });

  it('reports a refused managed value and shows the local one instead', async () => {
    await saveSettings(db, LOCAL);
    manage({ endpoint: 'http://collector.example.com/track' });

    const described = await describeSettings(db);

    expect(described.endpoint).toBe(LOCAL_ENDPOINT);
    expect(described.managed).toEqual([]);
    expect(described.managedProblems).toEqual([
      expect.stringContaining('the managed endpoint was ignored'),
    ]);
  });
});

describe('updateSettings', () => {
  it('stores the default group_id', async () => {
    const update = await updateSettings(db, saveRequest({ defaultGroupId: ' acme ' }));

    expect(update.ok).toBe(true);
    expect((await loadLocalSettings(db)).defaultGroupId).toBe('acme');
  });

  it('never copies a managed key or endpoint into the local settings', async () => {
    await saveSettings(db, LOCAL);
    manage({ endpoint: FLEET_ENDPOINT, apiKey: FLEET_KEY });

    const update = await updateSettings(
      db,
      saveRequest({ endpoint: FLEET_ENDPOINT, secret: 'typed-over-the-managed-key' }),
    );

    expect(update).toEqual({
      ok: true,
      settings: { ...LOCAL, endpoint: FLEET_ENDPOINT, secret: FLEET_KEY },
    });
    expect(await loadLocalSettings(db)).toEqual(LOCAL);
  });

  it('does not refuse a save over a managed endpoint the page sent back', async () => {
    manage({ endpoint: FLEET_ENDPOINT });

    const update = await updateSettings(
      db,
      saveRequest({ endpoint: 'http://example.com/not-checked', retentionDays: 9 }),
    );

    expect(update.ok).toBe(true);
    expect(await loadLocalSettings(db)).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 9 });
  });

  it('still checks the fields the administrator left to the user', async () => {
    manage({ apiKey: FLEET_KEY });

    const update = await updateSettings(db, saveRequest({ endpoint: 'http://example.com/api' }));

    expect(update).toEqual({ ok: false, error: expect.stringContaining('use https') });
  });
});

describe('profile.memory', () => {
  const services = () => ({
    db,
    outbox: createOutbox(db),
    scheduleFlush: () => {},
    flushNow: async () => {},
    deliveryBlock: async () => null,
    sendTestEvent: async () => ({ ok: false, body: '' }),
    settingsChanged: async () => {},
  });
  const request = { type: 'profile.memory', profileUrl: 'https://github.com/ada' } as const;

  it('proposes the default group_id for a profile with none remembered', async () => {
    await saveSettings(db, { ...LOCAL, defaultGroupId: 'acme' });

    const memory = await handleBackgroundRequest(request, services());

    expect(memory).toEqual({ recentGroups: [], defaultGroupId: 'acme' });
  });

  it('proposes the managed default group_id over the local one', async () => {
    await saveSettings(db, { ...LOCAL, defaultGroupId: 'acme' });
    manage({ defaultGroupId: 'acme-fleet' });

    const memory = await handleBackgroundRequest(request, services());

    expect(memory.defaultGroupId).toBe('acme-fleet');
  });

  it('proposes none when no default is set', async () => {
    const memory = await handleBackgroundRequest(request, services());

    expect(memory.defaultGroupId).toBeUndefined();
  });
});
