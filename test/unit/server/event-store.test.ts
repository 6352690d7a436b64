import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { TrackEvent } from '../../../lib/contract/event';
import { EventStoreVersionError, openEventStore } from '../../../server/event-store';
import { listEvents, postTrack, startReceiver, userEvent } from './receiver-fixture';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function temporaryDatabase(): string {
  const folder = mkdtempSync(join(tmpdir(), 'receiver-store-'));
  folders.push(folder);

  return join(folder, 'events.sqlite');
}

function event(eventId?: string): TrackEvent {
  return {
    event_name: 'user_enriched',
    user_id: 'u1',
    timestamp: '2024-10-21T12:30:08.276Z',
    ...(eventId === undefined ? {} : { context: { event_id: eventId } }),
  };
}

function batch(...events: TrackEvent[]) {
  return { requestId: randomUUID(), receivedAt: new Date().toISOString(), events };
}

describe('openEventStore', () => {
  it('stores a repeated id once but counts every arrival', () => {
    const store = openEventStore(':memory:');
    const id = randomUUID();

    const first = store.recordBatch(batch(event(id)));
    const second = store.recordBatch(batch(event(), event(id), event(id)));

    expect(first).toEqual({ stored: 1, duplicates: [] });
    expect(second).toEqual({
      stored: 1,
      duplicates: [
        { index: 1, eventId: id },
        { index: 2, eventId: id },
      ],
    });
    expect(store.stats()).toEqual({ stored: 2, arrivals: 4, duplicates: 2 });
    expect(store.countArrivalsById(id)).toBe(3);
    store.close();
  });

  it('takes an id written in capitals for the same event', () => {
    const store = openEventStore(':memory:');
    const id = randomUUID();

    store.recordBatch(batch(event(id)));
    const again = store.recordBatch(batch(event(id.toUpperCase())));

    expect(again.stored).toBe(0);
    expect(store.countArrivalsById(id.toUpperCase())).toBe(2);
    store.close();
  });

  it('stores an event without an id every time it arrives', () => {
    const store = openEventStore(':memory:');

    store.recordBatch(batch(event(), event()));

    expect(store.countStored()).toBe(2);
    expect(store.storedRecords().map((record) => record.eventId)).toEqual([null, null]);
    store.close();
  });

  it('keeps events in a file across a close and a reopen, in WAL mode', () => {
    const path = temporaryDatabase();
    const id = randomUUID();
    const first = openEventStore(path);
    first.recordBatch(batch(event(id)));
    first.close();

    const second = openEventStore(path);
    const outcome = second.recordBatch(batch(event(id)));

    expect(second.storedEvents()).toEqual([event(id)]);
    expect(outcome.duplicates).toEqual([{ index: 0, eventId: id }]);
    expect(second.countArrivals()).toBe(2);
    second.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a file written with a newer schema version', () => {
    const path = temporaryDatabase();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();

    expect(() => openEventStore(path)).toThrow(EventStoreVersionError);
  });
});

describe('a receiver over a database file', () => {
  it('still lists the events after it is closed and started again on the same file', async () => {
    const dbPath = temporaryDatabase();
    const sent = userEvent();
    const first = await startReceiver({ dbPath });
    await postTrack(first.url, [sent]);
    await first.receiver.close();

    const second = await startReceiver({ dbPath });
    const listed = await listEvents(second.url);

    expect(listed.events.map((stored) => stored.context?.event_id)).toEqual([
      sent.context.event_id,
    ]);
    expect(listed.stored).toBe(1);
  });
});
