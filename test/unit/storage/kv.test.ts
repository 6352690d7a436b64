import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { type CaptureDatabase } from '../../../lib/storage/database';
import { deleteValue, getValue, KV_KEYS, setValue } from '../../../lib/storage/kv';
import { loadSettings, saveSettings } from '../../../lib/storage/settings-store';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { openTestDatabase } from './make-event';

const groupsSchema = z.array(z.string());

let db: CaptureDatabase;

beforeEach(async () => {
  db = await openTestDatabase();
});

afterEach(() => db.close());

describe('kv', () => {
  it('returns the fallback for a key never written', async () => {
    expect(await getValue(db, KV_KEYS.recentGroups, groupsSchema, [])).toEqual([]);
  });

  it('reads back a value it wrote', async () => {
    await setValue(db, KV_KEYS.recentGroups, ['acme']);

    expect(await getValue(db, KV_KEYS.recentGroups, groupsSchema, [])).toEqual(['acme']);
  });

  it('falls back with a warning naming only the key when a stored value is malformed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await db.put('kv', { not: 'a list', secret: 'hunter2' }, KV_KEYS.recentGroups);

    const value = await getValue(db, KV_KEYS.recentGroups, groupsSchema, ['fallback']);

    expect(value).toEqual(['fallback']);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0])).toContain('recent-groups.v1');
    expect(String(warn.mock.calls[0])).not.toContain('hunter2');
  });

  it('deletes a value', async () => {
    await setValue(db, KV_KEYS.recentGroups, ['acme']);
    await deleteValue(db, KV_KEYS.recentGroups);

    expect(await db.get('kv', KV_KEYS.recentGroups)).toBeUndefined();
  });
});

describe('settings store', () => {
  it('loads the unconfigured defaults before anything is saved', async () => {
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves settings under a versioned key and loads them back', async () => {
    const settings = { ...DEFAULT_SETTINGS, endpoint: 'https://example.test/api', secret: 'k' };

    await saveSettings(db, settings);

    expect(await loadSettings(db)).toEqual(settings);
    expect(await db.get('kv', 'settings.v1')).toEqual(settings);
  });
});
