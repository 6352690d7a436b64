import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCaptureDatabase } from '../../../lib/storage/database';

describe('openCaptureDatabase', () => {
  it('creates the outbox with its indexes and the kv store at version 1', async () => {
    const db = await openCaptureDatabase({ factory: new IDBFactory() });

    const tx = db.transaction('outbox');
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['kv', 'outbox']);
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

    const request = factory.open('upgrade', 2);
    const version = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result.version);
      request.onerror = () => reject(request.error);
    });

    expect(version).toBe(2);
    expect(db.version).toBe(1);
  });
});
