import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCaptureDatabase } from '../../../lib/storage/database';

describe('openCaptureDatabase', () => {
  it('creates the outbox with its indexes and the other stores at version 3', async () => {
    const db = await openCaptureDatabase({ factory: new IDBFactory() });

    const tx = db.transaction('outbox');
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      'captures',
      'drafts',
      'kv',
      'outbox',
      'profiles',
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

    const request = factory.open('upgrade', 4);
    const version = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result.version);
      request.onerror = () => reject(request.error);
    });

    expect(version).toBe(4);
    expect(db.version).toBe(3);
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
});
