import { IDBFactory } from 'fake-indexeddb';
import type { GroupEnrichedEvent, UserEnrichedEvent } from '../../../lib/contract/event';
import { jsonSizeBytes } from '../../../lib/delivery/batch';
import { openCaptureDatabase, type CaptureDatabase } from '../../../lib/storage/database';

/** A fresh database on its own factory, so tests never share state. */
export function openTestDatabase(): Promise<CaptureDatabase> {
  return openCaptureDatabase({ factory: new IDBFactory(), name: 'test' });
}

/** A valid `user_enriched` event with a new event id. */
export function makeEvent(options: { userId?: string; name?: string } = {}): UserEnrichedEvent {
  return {
    event_name: 'user_enriched',
    user_id: options.userId ?? 'user-1',
    timestamp: '2024-10-21T12:30:08.276Z',
    properties: { enrichment_full_name: options.name ?? 'Ada Lovelace' },
    context: { event_id: crypto.randomUUID(), group_id: 'group-1' },
  };
}

/** An event whose `JSON.stringify` is exactly `bytes` bytes of UTF-8. */
export function makeEventOfSize(bytes: number): UserEnrichedEvent {
  const overhead = jsonSizeBytes(makeEvent({ name: '' }));
  const event = makeEvent({ name: 'x'.repeat(bytes - overhead) });
  if (jsonSizeBytes(event) !== bytes) throw new Error(`could not build a ${bytes}-byte event`);

  return event;
}

/** The event id of an event made by the helpers above. */
export function idOf(event: UserEnrichedEvent): string {
  return event.context!.event_id!;
}

/** A valid `group_enriched` event (an account) with a new event id. */
export function makeGroupEvent(options: { groupId?: string; name?: string } = {}) {
  return {
    event_name: 'group_enriched',
    user_id: 'capturer:test',
    timestamp: '2024-10-21T12:30:08.276Z',
    properties: {
      enrichment_name: options.name ?? 'Kestrel Works',
      enrichment_domain: 'kestrel-works.example',
    },
    context: {
      event_id: crypto.randomUUID(),
      group_id: options.groupId ?? 'domain:kestrel-works.example',
    },
  } satisfies GroupEnrichedEvent;
}
