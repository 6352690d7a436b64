import { describe, expect, it } from 'vitest';
import { createReceiver, ReceiverOptionsError } from '../../../server/receiver';
import { jsonReply } from '../../../server/http-reply';
import {
  listEvents,
  postTrack,
  readTrackResponse,
  startReceiver,
  TOKEN,
  userEvent,
} from './receiver-fixture';

describe('CORS', () => {
  it('lets a browser read Retry-After on a cross-origin answer', async () => {
    const { url } = await startReceiver();

    const response = await postTrack(url, [userEvent()]);

    expect(response.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('answers a preflight with 204 and the CORS headers, without a credential', async () => {
    const { url } = await startReceiver();

    const response = await fetch(`${url}/api/track`, {
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://abcdef',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-api-key',
      },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, GET, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'content-type, x-api-key, authorization',
    );
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('puts the CORS origin header on answers and errors alike', async () => {
    const { url } = await startReceiver();

    const accepted = await postTrack(url, [userEvent()]);
    const refused = await postTrack(url, [userEvent()], { 'x-api-key': 'wrong' });
    const missing = await fetch(`${url}/nowhere`);

    for (const response of [accepted, refused, missing]) {
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
  });
});

describe('other paths and methods', () => {
  it('answers an unknown path with 404 in the five-field JSON body', async () => {
    const { url } = await startReceiver();

    const response = await fetch(`${url}/api/nothing`);

    expect(response.status).toBe(404);
    expect((await readTrackResponse(response)).message).toBe('no route for /api/nothing');
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const { url } = await startReceiver();

    const response = await fetch(`${url}/api/track`, { headers: { 'x-api-key': TOKEN } });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    expect((await readTrackResponse(response)).success).toBe(false);
  });

  it('answers /health with ok and no credential', async () => {
    const { url } = await startReceiver();

    const response = await fetch(`${url}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('GET /api/events', () => {
  it('requires the token, by header or ?token=', async () => {
    const { url } = await startReceiver();
    await postTrack(url, [userEvent()]);

    const anonymous = await fetch(`${url}/api/events`);
    const byBearer = await fetch(`${url}/api/events`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const byQuery = await fetch(`${url}/api/events?token=${TOKEN}`);

    expect(anonymous.status).toBe(401);
    expect((await readTrackResponse(anonymous)).success).toBe(false);
    expect(byBearer.status).toBe(200);
    expect(await byQuery.json()).toMatchObject({ stored: 1, arrivals: 1, duplicates: 0 });
  });
});

describe('GET /', () => {
  it('lists events newest first with every value escaped and no script allowed', async () => {
    const { url } = await startReceiver();
    const hostile = '<script>alert(1)</script>';
    const older = userEvent({ user_id: 'older-user' });
    const newer = userEvent({
      user_id: '"><img src=x>',
      properties: { enrichment_full_name: hostile },
    });
    await postTrack(url, [older]);
    await postTrack(url, [newer]);

    const response = await fetch(`${url}/?token=${TOKEN}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(response.headers.get('content-security-policy')).not.toMatch(/script-src/);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.indexOf(newer.context.event_id)).toBeLessThan(html.indexOf('older-user'));
  });

  it('tells how to pass ?token= when the token is missing', async () => {
    const { url } = await startReceiver();
    await postTrack(url, [userEvent({ user_id: 'private-user' })]);

    const response = await fetch(`${url}/`);
    const html = await response.text();

    expect(response.status).toBe(401);
    expect(html).toContain('/?token=');
    expect(html).not.toContain('private-user');
  });
});

describe('receiver options', () => {
  it('refuses to listen on a host other than loopback', () => {
    expect(() => createReceiver({ token: TOKEN, host: '0.0.0.0' })).toThrow(ReceiverOptionsError);
  });

  it('refuses an empty token', () => {
    expect(() => createReceiver({ token: '' })).toThrow(/token: expected a non-empty string/);
  });

  it('refuses a maxEvents that is not a positive integer', () => {
    expect(() => createReceiver({ token: TOKEN, maxEvents: 0 })).toThrow(/maxEvents/);
  });

  it('passes track requests through an interceptor, which may answer instead', async () => {
    let calls = 0;
    const { url, store } = await startReceiver({
      interceptTrack: async (_request, next) => {
        calls += 1;
        return calls === 1 ? jsonReply(503, { success: false }) : next();
      },
    });

    const first = await postTrack(url, [userEvent()]);
    const second = await postTrack(url, [userEvent()]);

    expect([first.status, second.status]).toEqual([503, 200]);
    expect(store.countStored()).toBe(1);
  });

  it('closes the connection without an answer when an interceptor drops it', async () => {
    const { url, store } = await startReceiver({
      interceptTrack: async (_request, next) => {
        await next();
        return 'drop';
      },
    });

    await expect(postTrack(url, [userEvent()])).rejects.toThrow(TypeError);
    expect((await listEvents(url)).stored).toBe(1);
    expect(store.countArrivals()).toBe(1);
  });
});
