import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CAPTURE_DATABASE_VERSION, openCaptureDatabase } from '../../../lib/storage/database';

describe('openCaptureDatabase', () => {
  it('creates the outbox with its indexes and the other stores at version 5', async () => {
    const db = await openCaptureDatabase({ factory: new IDBFactory() });

    const tx = db.transaction('outbox');
    expect(db.version).toBe(5);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'captures',
      'drafts',
      'kv',
      'outbox',
      'profiles',
      'receipts',
    ]);
    expect(tx.store.keyPath).toBe('id');
    expect([...tx.store.indexNames].sort()).toEqual(['by-state-created', 'by-state-next-attempt']);
    db.close();
  });

  it('opens an existing database again without losing its records', async () => {
    const factory = new IDBFactory();
    const first = await openCaptureDatabase({ factory, name: 'again' });
    await first.put('kv', 'kept', 'recent-groups.v1');
    first.close();

    const second = await openCaptureDatabase({ factory, name: 'again' });

    expect(await second.get('kv', 'recent-groups.v1')).toBe('kept');
    second.close();
  });

  it('closes itself when a newer version opens, so the upgrade is not blocked', async () => {
    const factory = new IDBFactory();
    const db = await openCaptureDatabase({ factory, name: 'upgrade' });

    const request = factory.open('upgrade', CAPTURE_DATABASE_VERSION + 1);
    const version = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result.version);
      request.onerror = () => reject(request.error);
    });

    expect(version).toBe(CAPTURE_DATABASE_VERSION + 1);
    expect(db.version).toBe(CAPTURE_DATABASE_VERSION);
  });

  it('moves version 1 profile choices into the profiles store', async () => {
    const factory = new IDBFactory();
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('legacy', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('outbox', { keyPath: 'id' });
        const kv = request.result.createObjectStore('kv');
        kv.put({ 'https://example.org/ada': { userId: 'ada-1', groupId: 'g1' } }, 'user-ids.v1');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    v1.close();

    const db = await openCaptureDatabase({ factory, name: 'legacy' });

    expect(await db.get('profiles', 'https://example.org/ada')).toEqual({
      userId: 'ada-1',
      groupId: 'g1',
    });
    expect(await db.get('kv', 'user-ids.v1')).toBeUndefined();
    db.close();
  });

  it.each([1, 2, 3, 4])('upgrades a version %i database to the current one', async (version) => {
    const factory = new IDBFactory();
    const old = await openOldDatabase(factory, version);
    old.close();

    const db = await openCaptureDatabase({ factory, name: 'old' });

    expect(db.version).toBe(5);
    expect([...db.objectStoreNames]).toContain('accounts');
    expect([...db.objectStoreNames]).toContain('receipts');
    expect(await db.get('kv', 'recent-groups.v1')).toEqual(['group-1']);
    // A queued event waiting through the update is still there, and still found as due.
    expect(await db.get('outbox', QUEUED_RECORD.id)).toEqual(QUEUED_RECORD);
    expect(await db.countFromIndex('outbox', 'by-state-next-attempt', ['queued', 1000])).toBe(1);
    await db.put('accounts', { groupId: 'domain:example.com' }, 'domain:example.com');
    expect(await db.count('accounts')).toBe(1);
    db.close();
  });

  it('keeps version 3 drafts and captures through the upgrade to version 4', async () => {
    const factory = new IDBFactory();
    (await openOldDatabase(factory, 3)).close();

    const db = await openCaptureDatabase({ factory, name: 'old' });

    expect(await db.get('drafts', 'https://example.org/ada')).toEqual({ values: {} });
    expect(await db.get('captures', 'https://example.org/ada')).toEqual({ properties: {} });
    db.close();
  });
});

/** An outbox record as every version so far stored it. */
const QUEUED_RECORD = {
  id: '0b6f4f3e-52a1-4c5e-9a57-3f0d2b9c1e77',
  schemaVersion: 1,
  event: { event_name: 'user_enriched', user_id: 'u', timestamp: '2024-10-21T12:30:08.276Z' },
  state: 'queued',
  sizeBytes: 80,
  createdAt: 1000,
  attempts: 0,
  nextAttemptAt: 1000,
};

/** A database as version 1 to 4 of the extension left it, with a value in each store. */
function openOldDatabase(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open('old', version);
    request.onupgradeneeded = () => {
      const db = request.result;
      const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('by-state-next-attempt', ['state', 'nextAttemptAt']);
      outbox.createIndex('by-state-created', ['state', 'createdAt']);
      outbox.put(QUEUED_RECORD);
      db.createObjectStore('kv').put(['group-1'], 'recent-groups.v1');
      if (version >= 2) db.createObjectStore('profiles');
      if (version < 3) return;
      db.createObjectStore('drafts').put({ values: {} }, 'https://example.org/ada');
      db.createObjectStore('captures').put({ properties: {} }, 'https://example.org/ada');
      if (version >= 4) db.createObjectStore('accounts');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
