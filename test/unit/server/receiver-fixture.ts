import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { trackResponseSchema, type TrackResponse } from '../../../lib/contract/event';
import { createReceiver, type Receiver, type ReceiverOptions } from '../../../server/receiver';

/** The token every test receiver is started with. */
export const TOKEN = 'test-token-5f2a';

const running: Receiver[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((receiver) => receiver.close()));
});

/** Starts a receiver on a free loopback port; it is closed after the test. */
export async function startReceiver(options: Partial<ReceiverOptions> = {}) {
  const receiver = createReceiver({ token: TOKEN, dbPath: ':memory:', ...options });
  running.push(receiver);
  const { url, port } = await receiver.start();

  return { receiver, store: receiver.store, url, port };
}

/** A valid `user_enriched` event with a fresh id; `overrides` replace top-level fields. */
export function userEvent(overrides: Record<string, unknown> = {}) {
  return {
    event_name: 'user_enriched',
    user_id: `user-${randomUUID()}`,
    timestamp: '2024-10-21T12:30:08.276Z',
    properties: {
      enrichment_full_name: 'John Doe',
      enrichment_first_name: 'John',
      enrichment_last_name: 'Doe',
      enrichment_phone: ['+1-555-123-4567'],
    },
    context: { group_id: 'xyz789-uvw456', event_id: randomUUID() },
    ...overrides,
  };
}

/** Posts a body (a value is sent as JSON) to `/api/track` with the test token. */
export function postTrack(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
) {
  return fetch(`${url}/api/track`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': TOKEN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal,
  });
}

/** Reads a Track API answer, failing the test if it lacks any of the five fields. */
export async function readTrackResponse(response: Response): Promise<TrackResponse> {
  return trackResponseSchema.strict().parse(await response.json());
}

/** Lists what the receiver stored, through its own endpoint. */
export async function listEvents(url: string) {
  const response = await fetch(`${url}/api/events`, { headers: { 'x-api-key': TOKEN } });

  return (await response.json()) as {
    events: Array<{ user_id: string; context?: { event_id?: string } }>;
    stored: number;
    arrivals: number;
    duplicates: number;
  };
}

/** A JSON array of one event whose byte length is exactly `bytes`, padded in a string. */
export function bodyOfExactly(bytes: number): string {
  const withPadding = (padding: string) =>
    JSON.stringify([userEvent({ properties: { enrichment_avatar: `a${padding}` } })]);
  const base = Buffer.byteLength(withPadding(''));

  return withPadding('b'.repeat(bytes - base));
}
