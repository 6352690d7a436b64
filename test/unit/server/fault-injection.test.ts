import { describe, expect, it } from 'vitest';
import { chooseFault, FaultConfigError, type FaultConfig } from '../../../server/faults';
import { createReceiver, ReceiverOptionsError } from '../../../server/receiver';
import { createSeededRandom } from '../../../server/seeded-random';
import { postTrack, readTrackResponse, startReceiver, TOKEN, userEvent } from './receiver-fixture';

const always = (rule: FaultConfig['rules'][number]): FaultConfig => ({ rules: [rule] });

describe('status faults', () => {
  it('answers 429 with Retry-After and the five-field body, storing nothing', async () => {
    const { url, receiver } = await startReceiver({
      faults: always({ kind: 'status', status: 429, rate: 1, retryAfterSeconds: 1 }),
    });

    const response = await postTrack(url, [userEvent()]);

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await readTrackResponse(response)).toMatchObject({ success: false });
    expect(receiver.stats()).toMatchObject({ stored: 0, arrivals: 0 });
    expect(receiver.stats().injected.status[429]).toBe(1);
  });

  it.each([500, 502, 503, 504] as const)(
    'answers %i without Retry-After unless set',
    async (status) => {
      const { url, receiver } = await startReceiver({
        faults: always({ kind: 'status', status, rate: 1 }),
      });

      const response = await postTrack(url, [userEvent()]);

      expect(response.status).toBe(status);
      expect(response.headers.get('retry-after')).toBeNull();
      expect((await readTrackResponse(response)).message).toMatch(/^injected fault: /);
      expect(receiver.stats().injected.status[status]).toBe(1);
    },
  );
});

describe('reset faults', () => {
  it('resets the connection unread: fetch rejects and nothing is stored', async () => {
    const { url, receiver } = await startReceiver({ faults: always({ kind: 'reset', rate: 1 }) });

    await expect(postTrack(url, [userEvent()])).rejects.toThrow(TypeError);

    expect(receiver.stats()).toMatchObject({ stored: 0, arrivals: 0, injected: { reset: 1 } });
  });
});

describe('drop faults', () => {
  it('stores the events but loses the answer; a resend is an arrival, not a row', async () => {
    const { url, receiver } = await startReceiver({ faults: always({ kind: 'drop', rate: 1 }) });
    const batch = [userEvent(), userEvent()];

    await expect(postTrack(url, batch)).rejects.toThrow(TypeError);
    const afterDrop = receiver.stats();
    receiver.setFaults(null);
    const resend = await postTrack(url, batch);

    expect(afterDrop).toMatchObject({ stored: 2, arrivals: 2, injected: { drop: 1 } });
    expect(resend.status).toBe(200);
    expect((await readTrackResponse(resend)).warnings).toHaveLength(2);
    expect(receiver.stats()).toMatchObject({ stored: 2, arrivals: 4, duplicates: 2 });
  });
});

describe('late faults', () => {
  it('stores the events while a client with a shorter timeout gives up', async () => {
    const { url, receiver } = await startReceiver({
      faults: always({ kind: 'late', rate: 1, delayMs: 5_000 }),
    });

    const sent = postTrack(url, [userEvent()], {}, AbortSignal.timeout(200));

    await expect(sent).rejects.toThrow(/timeout|abort/i);
    expect(receiver.stats()).toMatchObject({ stored: 1, arrivals: 1, injected: { late: 1 } });
  });

  it('answers 200 after the delay to a client that waits', async () => {
    const { url } = await startReceiver({
      faults: always({ kind: 'late', rate: 1, delayMs: 150 }),
    });
    const started = performance.now();

    const response = await postTrack(url, [userEvent()]);

    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(148);
  });

  it('lets the receiver close without waiting for a pending late answer', async () => {
    const receiver = createReceiver({
      token: TOKEN,
      faults: always({ kind: 'late', rate: 1, delayMs: 60_000 }),
    });
    const { url } = await receiver.start();
    const sent = postTrack(url, [userEvent()]).catch((error: unknown) => error);
    await waitUntil(() => receiver.store.countStored() === 1, 2_000);
    const started = performance.now();

    await receiver.close();

    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await sent).toBeInstanceOf(TypeError);
  });
});

describe('latency', () => {
  it('adds at least latencyMs before an answer', async () => {
    const { url } = await startReceiver({ faults: { rules: [], latencyMs: 150 } });
    const started = performance.now();

    const response = await postTrack(url, [userEvent()]);

    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(148);
  });
});

describe('a seeded mix', () => {
  it('fails the requests chooseFault predicts for the same seed', async () => {
    const faults: FaultConfig = {
      rules: [
        { kind: 'status', status: 500, rate: 0.3 },
        { kind: 'status', status: 503, rate: 0.1, retryAfterSeconds: 2 },
        { kind: 'reset', rate: 0.2 },
      ],
      seed: 99,
    };
    const random = createSeededRandom(99);
    const expected = Array.from({ length: 20 }, () => outcomeOf(chooseFault(faults, random)));
    const { url } = await startReceiver({ faults });

    const seen: string[] = [];
    for (let request = 0; request < 20; request += 1) {
      seen.push(
        await postTrack(url, [userEvent()]).then(
          (response) => String(response.status),
          () => 'network error',
        ),
      );
    }

    expect(seen).toEqual(expected);
  });
});

describe('switching faults at run time', () => {
  it('applies setFaults to the next request and turns faults off with null', async () => {
    const { url, receiver } = await startReceiver();

    const before = await postTrack(url, [userEvent()]);
    receiver.setFaults(always({ kind: 'status', status: 503, rate: 1 }));
    const during = await postTrack(url, [userEvent()]);
    receiver.setFaults(null);
    const after = await postTrack(url, [userEvent()]);

    expect([before.status, during.status, after.status]).toEqual([200, 503, 200]);
  });

  it('resets every track request while offline, and serves again after the window', async () => {
    const { url, receiver } = await startReceiver();

    receiver.goOffline(0.3);
    const offline = postTrack(url, [userEvent()]);
    const health = await fetch(`${url}/health`);
    await expect(offline).rejects.toThrow(TypeError);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const back = await postTrack(url, [userEvent()]);

    expect(health.status).toBe(200);
    expect(back.status).toBe(200);
    expect(receiver.stats()).toMatchObject({ stored: 1, injected: { offline: 1 } });
  });

  it('ends an offline window early with goOnline', async () => {
    const { url, receiver } = await startReceiver();

    receiver.goOffline(60);
    await expect(postTrack(url, [userEvent()])).rejects.toThrow(TypeError);
    receiver.goOnline();

    expect((await postTrack(url, [userEvent()])).status).toBe(200);
    expect(receiver.stats().offlineUntil).toBeNull();
  });

  it('refuses an invalid configuration and keeps the one in force', async () => {
    const { receiver } = await startReceiver({ faults: always({ kind: 'reset', rate: 0.5 }) });

    expect(() => receiver.setFaults(always({ kind: 'reset', rate: 2 }))).toThrow(FaultConfigError);
    expect(() => receiver.goOffline(0)).toThrow(RangeError);
    expect(receiver.stats().faults).toEqual(always({ kind: 'reset', rate: 0.5 }));
  });

  it('refuses invalid faults at creation with a ReceiverOptionsError naming the option', () => {
    const faults = always({ kind: 'status', status: 500, rate: 1.5 });

    expect(() => createReceiver({ token: TOKEN, faults })).toThrow(ReceiverOptionsError);
    expect(() => createReceiver({ token: TOKEN, faults })).toThrow(/^faults: rules\[0\]\.rate/);
  });
});

function outcomeOf(fault: ReturnType<typeof chooseFault>): string {
  if (fault === null) return '200';

  return fault.kind === 'status' ? String(fault.status) : 'network error';
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
