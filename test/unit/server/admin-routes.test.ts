import { describe, expect, it } from 'vitest';
import { postTrack, readTrackResponse, startReceiver, TOKEN, userEvent } from './receiver-fixture';

/** Calls an admin endpoint with the test token unless other headers are given. */
function admin(
  url: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'x-api-key': TOKEN },
) {
  return fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('admin authentication', () => {
  it.each([
    ['POST', '/admin/faults', null],
    ['GET', '/admin/stats', undefined],
    ['POST', '/admin/offline', { seconds: 1 }],
    ['DELETE', '/admin/offline', undefined],
  ] as const)('refuses %s %s without the token', async (method, path, body) => {
    const { url, receiver } = await startReceiver();

    const missing = await admin(url, method, path, body, {});
    const wrong = await admin(url, method, path, body, { 'x-api-key': 'wrong' });

    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect((await readTrackResponse(missing)).success).toBe(false);
    expect(receiver.stats().offlineUntil).toBeNull();
  });

  it('takes the token as Authorization: Bearer too, but not as ?token=', async () => {
    const { url } = await startReceiver();

    const bearer = await admin(url, 'GET', '/admin/stats', undefined, {
      authorization: `Bearer ${TOKEN}`,
    });
    const query = await admin(url, 'GET', `/admin/stats?token=${TOKEN}`, undefined, {});

    expect([bearer.status, query.status]).toEqual([200, 401]);
  });
});

describe('POST /admin/faults', () => {
  it('switches faults on with a config and off with null', async () => {
    const { url } = await startReceiver();
    const config = { rules: [{ kind: 'status', status: 503, rate: 1, retryAfterSeconds: 7 }] };

    const set = await admin(url, 'POST', '/admin/faults', config);
    const failed = await postTrack(url, [userEvent()]);
    const cleared = await admin(url, 'POST', '/admin/faults', null);
    const served = await postTrack(url, [userEvent()]);

    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ faults: config });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('7');
    expect(await cleared.json()).toEqual({ faults: null });
    expect(served.status).toBe(200);
  });

  it('answers 400 and the problem for an invalid config, keeping the old one', async () => {
    const { url, receiver } = await startReceiver();
    const invalid = {
      rules: [
        { kind: 'reset', rate: 0.6 },
        { kind: 'drop', rate: 0.6 },
      ],
    };

    const response = await admin(url, 'POST', '/admin/faults', invalid);

    expect(response.status).toBe(400);
    expect((await readTrackResponse(response)).message).toBe(
      'invalid fault configuration: rules: the rates add up to 1.2; at most 1 is possible',
    );
    expect(receiver.stats().faults).toBeNull();
  });

  it.each([
    ['{"rules": [', /^the body is not JSON: /],
    [{ rules: [{ kind: 'status', status: 404, rate: 1 }] }, /rules\[0\]\.status: expected one/],
    [{ rules: [{ kind: 'reset', rate: '0.5' }] }, /rules\[0\]\.rate: expected a rate/],
  ])('answers 400 for %j', async (body, message) => {
    const { url } = await startReceiver();

    const response = await admin(url, 'POST', '/admin/faults', body);

    expect(response.status).toBe(400);
    expect((await readTrackResponse(response)).message).toMatch(message);
  });
});

describe('GET /admin/stats', () => {
  it('reports stored events, arrivals, duplicates and injected faults by kind', async () => {
    const { url, receiver } = await startReceiver();
    const event = userEvent();
    await postTrack(url, [event]);
    await postTrack(url, [event]);
    receiver.setFaults({ rules: [{ kind: 'status', status: 500, rate: 1 }] });
    await postTrack(url, [userEvent()]);

    const response = await admin(url, 'GET', '/admin/stats');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      stored: 1,
      arrivals: 2,
      duplicates: 1,
      injected: {
        status: { 429: 0, 500: 1, 502: 0, 503: 0, 504: 0 },
        reset: 0,
        drop: 0,
        late: 0,
        offline: 0,
      },
      faults: { rules: [{ kind: 'status', status: 500, rate: 1 }] },
      offlineUntil: null,
    });
  });
});

describe('/admin/offline', () => {
  it('makes the track endpoint unreachable for the window, then serves again', async () => {
    const { url } = await startReceiver();

    const started = await admin(url, 'POST', '/admin/offline', { seconds: 0.3 });
    const { offlineUntil } = (await started.json()) as { offlineUntil: string };
    const during = postTrack(url, [userEvent()]);
    await expect(during).rejects.toThrow(TypeError);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const after = await postTrack(url, [userEvent()]);

    expect(started.status).toBe(200);
    expect(Date.parse(offlineUntil)).toBeGreaterThan(Date.now() - 1_000);
    expect(after.status).toBe(200);
  });

  it('ends the window early on DELETE', async () => {
    const { url } = await startReceiver();
    await admin(url, 'POST', '/admin/offline', { seconds: 60 });

    const ended = await admin(url, 'DELETE', '/admin/offline');
    const served = await postTrack(url, [userEvent()]);

    expect(await ended.json()).toEqual({ offlineUntil: null });
    expect(served.status).toBe(200);
  });

  it.each([{}, { seconds: 0 }, { seconds: 'ten' }, { seconds: 1e9 }, null])(
    'answers 400 for %j',
    async (body) => {
      const { url, receiver } = await startReceiver();

      const response = await admin(url, 'POST', '/admin/offline', body);

      expect(response.status).toBe(400);
      expect((await readTrackResponse(response)).message).toMatch(/^expected \{ "seconds": N \}: /);
      expect(receiver.stats().offlineUntil).toBeNull();
    },
  );

  it('lists both methods when another is used', async () => {
    const { url } = await startReceiver();

    const response = await admin(url, 'GET', '/admin/offline');

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, DELETE, OPTIONS');
  });
});
