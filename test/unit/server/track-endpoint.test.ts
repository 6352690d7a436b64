import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  bodyOfExactly,
  listEvents,
  postTrack,
  readTrackResponse,
  startReceiver,
  TOKEN,
  userEvent,
} from './receiver-fixture';

describe('POST /api/track with a valid batch', () => {
  it('answers 200 with the documented body and stores the events in order', async () => {
    const { url } = await startReceiver();
    const events = [userEvent(), userEvent(), userEvent()];

    const response = await postTrack(url, events);
    const body = await readTrackResponse(response);
    const listed = await listEvents(url);

    expect(response.status).toBe(200);
    expect(body).toMatchObject({ success: true, message: '3 events accepted', warnings: [] });
    expect(body.response_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.documentation).toBe(`${url}/`);
    expect(listed.events.map((event) => event.user_id)).toEqual(events.map((e) => e.user_id));
    expect(listed).toMatchObject({ stored: 3, arrivals: 3, duplicates: 0 });
  });

  it('accepts the Authorization Bearer header as well as x-api-key', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, [userEvent()], {
      'x-api-key': '',
      authorization: `Bearer ${TOKEN}`,
    });

    expect(response.status).toBe(200);
  });

  it('warns about an event without context.event_id and still stores it each time', async () => {
    const { url, store } = await startReceiver();
    const event = userEvent({ context: { group_id: 'g1' } });

    const first = await readTrackResponse(await postTrack(url, [userEvent(), event]));
    await postTrack(url, [event]);

    expect(first.warnings).toEqual(['event 1 has no context.event_id; it cannot be de-duplicated']);
    expect(store.countStored()).toBe(3);
  });

  it('counts an event sent twice as two arrivals, stores it once and warns', async () => {
    const { url, store } = await startReceiver();
    const event = userEvent();
    const eventId = event.context.event_id;

    await postTrack(url, [event]);
    const second = await readTrackResponse(await postTrack(url, [userEvent(), event]));

    expect(second.success).toBe(true);
    expect(second.warnings).toEqual([
      `event 1 (id ${eventId}) was already stored; kept the first copy`,
    ]);
    expect(store.countArrivalsById(eventId)).toBe(2);
    expect(await listEvents(url)).toMatchObject({ stored: 2, arrivals: 3, duplicates: 1 });
  });
});

describe('POST /api/track credentials', () => {
  it('answers 401 with the documented body when the key is wrong', async () => {
    const { url, store } = await startReceiver();

    const response = await postTrack(url, [userEvent()], { 'x-api-key': 'wrong' });
    const body = await readTrackResponse(response);

    expect(response.status).toBe(401);
    expect(body.success).toBe(false);
    expect(body.message).toMatch(/missing or invalid/);
    expect(store.countArrivals()).toBe(0);
  });

  it('answers 401 when no credential is sent', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, [userEvent()], { 'x-api-key': '' });

    expect(response.status).toBe(401);
    expect((await readTrackResponse(response)).success).toBe(false);
  });

  it('answers 401 to a wrong Bearer token', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, [userEvent()], {
      'x-api-key': '',
      authorization: `Bearer ${TOKEN}x`,
    });

    expect(response.status).toBe(401);
  });
});

describe('POST /api/track limits', () => {
  it('rejects 1,001 events with 400 and stores none of them', async () => {
    const { url, store } = await startReceiver();
    const events = Array.from({ length: 1001 }, () => userEvent());

    const response = await postTrack(url, events);
    const body = await readTrackResponse(response);

    expect(response.status).toBe(400);
    expect(body.message).toBe('1001 events is over the limit of 1000 events per request');
    expect(store.countArrivals()).toBe(0);
  });

  it('accepts 1,000 events', async () => {
    const { url, store } = await startReceiver();

    const response = await postTrack(
      url,
      Array.from({ length: 1000 }, () => userEvent()),
    );

    expect(response.status).toBe(200);
    expect(store.countStored()).toBe(1000);
  });

  it('accepts a valid body of exactly 2,000,000 bytes', async () => {
    const { url, store } = await startReceiver();
    const body = bodyOfExactly(2_000_000);

    const response = await postTrack(url, body);

    expect(Buffer.byteLength(body)).toBe(2_000_000);
    expect(response.status).toBe(200);
    expect(store.countStored()).toBe(1);
  });

  it('rejects a body of 2,000,001 bytes as over the size limit', async () => {
    const { url, store } = await startReceiver();
    const body = bodyOfExactly(2_000_001);

    const response = await postTrack(url, body);
    const answer = await readTrackResponse(response);

    expect(Buffer.byteLength(body)).toBe(2_000_001);
    expect(response.status).toBe(400);
    expect(answer.message).toBe('the body is over the size limit of 2000000 bytes');
    expect(store.countArrivals()).toBe(0);
  });

  it('respects lower maxEvents and maxBytes options', async () => {
    const { url } = await startReceiver({ maxEvents: 2, maxBytes: 1000 });
    const small = { event_name: 'page_seen', user_id: 'u1', timestamp: '2024-10-21T12:30:08Z' };

    const tooMany = await postTrack(url, [small, small, small]);
    const atLimit = await postTrack(url, bodyOfExactly(1000));
    const overLimit = await postTrack(url, bodyOfExactly(1001));

    expect(tooMany.status).toBe(400);
    expect((await readTrackResponse(tooMany)).message).toMatch(/limit of 2 events/);
    expect(atLimit.status).toBe(200);
    expect(overLimit.status).toBe(400);
  });

  it('cuts off a chunked body at the first byte over the limit', async () => {
    const { port, store } = await startReceiver({ maxBytes: 1000 });

    const atLimit = await postChunked(port, bodyOfExactly(1000));
    const overLimit = await postChunked(port, bodyOfExactly(1001));

    expect(atLimit.status).toBe(200);
    expect(overLimit.status).toBe(400);
    expect(overLimit.body).toMatch(/over the size limit of 1000 bytes/);
    expect(store.countStored()).toBe(1);
  });

  it('answers a long chunked upload with 400 without reading it to the end', async () => {
    const { port } = await startReceiver({ maxBytes: 1000 });

    const answer = await postChunked(port, 'x'.repeat(64 * 1024), 200);

    expect(answer.status).toBe(400);
    expect(answer.bytesWritten).toBeLessThan(200 * 64 * 1024);
  });
});

describe('POST /api/track body checks', () => {
  it('answers 415 when the Content-Type is not JSON', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, [userEvent()], { 'content-type': 'text/plain' });
    const body = await readTrackResponse(response);

    expect(response.status).toBe(415);
    expect(body.message).toBe('expected Content-Type: application/json, got text/plain');
  });

  it('accepts application/json with a UTF-8 charset', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, [userEvent()], {
      'content-type': 'application/json; charset=UTF-8',
    });

    expect(response.status).toBe(200);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, '[{"event_name": ');
    const body = await readTrackResponse(response);

    expect(response.status).toBe(400);
    expect(body.message).toMatch(/^the body is not JSON/);
  });

  it('answers 400 to JSON that is not an array', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, userEvent());

    expect(response.status).toBe(400);
    expect((await readTrackResponse(response)).message).toBe(
      'the body must be a JSON array of events, got an object',
    );
  });

  it('answers 400 to an empty array', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, []);

    expect(response.status).toBe(400);
    expect((await readTrackResponse(response)).message).toBe('the request holds no event');
  });

  it.each([
    ['a timestamp without Z', { timestamp: '2024-10-21T12:30:08.276' }, 'timestamp: '],
    [
      'enrichment_phone as a string',
      { properties: { enrichment_phone: '+1-555-123-4567' } },
      'properties.enrichment_phone: Invalid input: expected array, received string',
    ],
    [
      'an unknown property on user_enriched',
      { properties: { enrichment_shoe_size: '44' } },
      'properties: Unrecognized key: "enrichment_shoe_size"',
    ],
  ])(
    'rejects an event with %s, naming it and the field, and stores nothing',
    async (_, fields, expected) => {
      const { url, store } = await startReceiver();

      const response = await postTrack(url, [userEvent(), userEvent(), userEvent(fields)]);
      const body = await readTrackResponse(response);

      expect(response.status).toBe(400);
      expect(body.message.startsWith(`event 2: ${expected}`)).toBe(true);
      expect(store.countArrivals()).toBe(0);
      expect((await listEvents(url)).events).toEqual([]);
    },
  );

  it('names every invalid event in one message', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, [userEvent({ user_id: '' }), userEvent(), 7]);

    expect((await readTrackResponse(response)).message).toBe(
      'event 0: user_id: user_id is required; ' +
        'event 2: Invalid input: expected object, received number',
    );
  });
});

interface ChunkedAnswer {
  status: number;
  body: string;
  bytesWritten: number;
}

/** Posts `chunk` `times` times with chunked transfer encoding (no Content-Length). */
function postChunked(port: number, chunk: string, times = 1): Promise<ChunkedAnswer> {
  return new Promise((resolve, reject) => {
    let bytesWritten = 0;
    const outgoing = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/track',
      headers: { 'content-type': 'application/json', 'x-api-key': TOKEN },
    });
    outgoing.on('response', (incoming) => {
      let body = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (text: string) => (body += text));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body, bytesWritten }));
    });
    // Once the receiver has answered and closed, further writes may fail; that is the point.
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });

    const writeNext = (remaining: number) => {
      if (remaining === 0 || outgoing.destroyed) return outgoing.end();
      bytesWritten += Buffer.byteLength(chunk);
      if (outgoing.write(chunk)) setImmediate(() => writeNext(remaining - 1));
      else outgoing.once('drain', () => writeNext(remaining - 1));
    };
    writeNext(times);
  });
}
