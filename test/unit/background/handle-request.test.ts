import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { readDeliveryBlock } from '../../../lib/background/delivery-block';
import {
  FLUSH_AFTER_CAPTURE_MS,
  handleBackgroundRequest,
  type BackgroundServices,
} from '../../../lib/background/handle-request';
import { recallProfile } from '../../../lib/background/profile-memory';
import {
  buildTestEvent,
  sendTestEvent,
  TEST_EVENT_USER_ID,
} from '../../../lib/background/test-event';
import { userEnrichedEventSchema } from '../../../lib/contract/event';
import { writePause } from '../../../lib/delivery/pause';
import type { FetchFunction } from '../../../lib/delivery/track-client';
import type { TestResult } from '../../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { createOutbox } from '../../../lib/storage/outbox';
import { loadSettings, saveSettings } from '../../../lib/storage/settings-store';
import { makeEvent, makeGroupEvent, openTestDatabase } from '../storage/make-event';

const PROFILE_URL = 'https://www.linkedin.com/in/ada-lovelace';
const LOCAL_ENDPOINT = 'http://127.0.0.1:8787/api/track';
const SECRET = 'sk-test-0123456789abcdef';
const CONFIGURED: Settings = { ...DEFAULT_SETTINGS, endpoint: LOCAL_ENDPOINT, secret: SECRET };
const NOT_SENT: TestResult = { ok: false, body: 'not sent in this test' };

let db: CaptureDatabase;
let services: BackgroundServices;
let stubs: {
  scheduleFlush: Mock<BackgroundServices['scheduleFlush']>;
  flushNow: Mock<BackgroundServices['flushNow']>;
  sendTestEvent: Mock<BackgroundServices['sendTestEvent']>;
  settingsChanged: Mock<BackgroundServices['settingsChanged']>;
};

beforeEach(async () => {
  db = await openTestDatabase();
  stubs = {
    scheduleFlush: vi.fn<BackgroundServices['scheduleFlush']>(),
    flushNow: vi.fn<BackgroundServices['flushNow']>(async () => {}),
    sendTestEvent: vi.fn<BackgroundServices['sendTestEvent']>(async () => NOT_SENT),
    settingsChanged: vi.fn<BackgroundServices['settingsChanged']>(async () => {}),
  };
  services = {
    db,
    outbox: createOutbox(db),
    deliveryBlock: (settings) => readDeliveryBlock(db, settings),
    ...stubs,
  };
});

afterEach(() => db.close());

function saveCapture(event = makeEvent(), profileUrl = PROFILE_URL) {
  return handleBackgroundRequest({ type: 'capture.save', event, profileUrl }, services);
}

function saveLocalSettings(secret?: string) {
  const request = {
    type: 'settings.save',
    endpoint: LOCAL_ENDPOINT,
    credentialKind: 'x-api-key',
    ...(secret === undefined ? {} : { secret }),
  } as const;

  return handleBackgroundRequest(request, services);
}

describe('capture.save', () => {
  it('stores the event durably before answering that it is queued', async () => {
    const event = makeEvent();

    const answer = await saveCapture(event);

    expect(answer).toEqual({ ok: true, state: 'queued' });
    expect(await createOutbox(db).counts()).toEqual({
      queued: 1,
      sending: 0,
      delivered: 0,
      held: 0,
    });
    expect((await services.outbox.list())[0]?.event).toEqual(event);
  });

  it('answers duplicate when the same event is saved again', async () => {
    const event = makeEvent();

    await saveCapture(event);
    const second = await saveCapture(event);

    expect(second).toEqual({ ok: true, state: 'duplicate' });
    expect((await services.outbox.counts()).queued).toBe(1);
  });

  it('remembers the user id and account chosen for the profile', async () => {
    const event = makeEvent({ userId: 'linkedin:ada' });

    await saveCapture(event);
    const memory = await handleBackgroundRequest(
      { type: 'profile.memory', profileUrl: PROFILE_URL },
      services,
    );

    expect(event.context?.group_id).toBe('group-1');
    expect(memory).toEqual({
      userId: 'linkedin:ada',
      groupId: 'group-1',
      recentGroups: ['group-1'],
    });
  });

  it('puts the latest account first in the recent accounts, without repeating it', async () => {
    const withGroup = (group: string) => ({
      ...makeEvent(),
      context: { event_id: crypto.randomUUID(), group_id: group },
    });

    await saveCapture(withGroup('acme'), 'https://github.com/a');
    await saveCapture(withGroup('globex'), 'https://github.com/b');
    await saveCapture(withGroup('acme'), 'https://github.com/c');

    const memory = await recallProfile(db, 'https://github.com/d');
    expect(memory).toEqual({
      userId: undefined,
      groupId: undefined,
      recentGroups: ['acme', 'globex'],
    });
  });

  it('remembers a profile saved without an account, leaving recent accounts alone', async () => {
    const event = {
      ...makeEvent({ userId: 'github:ada' }),
      context: { event_id: crypto.randomUUID() },
    };

    await saveCapture(event, 'https://github.com/ada');

    const memory = await recallProfile(db, 'https://github.com/ada');
    expect(memory).toEqual({ userId: 'github:ada', groupId: undefined, recentGroups: [] });
  });

  it('asks for a flush a few seconds after the capture', async () => {
    await saveCapture();

    expect(stubs.scheduleFlush).toHaveBeenCalledExactlyOnceWith(FLUSH_AFTER_CAPTURE_MS);
    expect(stubs.flushNow).not.toHaveBeenCalled();
  });
});

describe('settings.save', () => {
  it('refuses http to a remote host with a clear error, keeping the old settings', async () => {
    await saveSettings(db, CONFIGURED);
    const request = {
      type: 'settings.save',
      endpoint: 'http://example.com/api',
      credentialKind: 'bearer',
      secret: 'another-secret',
    } as const;

    const answer = await handleBackgroundRequest(request, services);

    expect(answer).toEqual({
      ok: false,
      error: expect.stringContaining('use https for example.com'),
    });
    expect(await loadSettings(db)).toEqual(CONFIGURED);
    expect(stubs.settingsChanged).not.toHaveBeenCalled();
    expect(stubs.scheduleFlush).not.toHaveBeenCalled();
  });

  it('accepts http on the loopback address and stores the settings', async () => {
    const answer = await saveLocalSettings(SECRET);

    expect(answer).toEqual({ ok: true });
    expect(await loadSettings(db)).toEqual(CONFIGURED);
  });

  it('tells the background about the change and asks for a flush at once', async () => {
    await saveLocalSettings(SECRET);

    expect(stubs.settingsChanged).toHaveBeenCalledExactlyOnceWith(CONFIGURED);
    expect(stubs.scheduleFlush).toHaveBeenCalledExactlyOnceWith(0);
  });

  it('keeps the stored secret when the request omits it', async () => {
    await saveSettings(db, { ...CONFIGURED, endpoint: 'https://collector.example.com/track' });

    await saveLocalSettings();

    expect(await loadSettings(db)).toEqual(CONFIGURED);
  });

  it('replaces the stored secret when the request carries one', async () => {
    await saveSettings(db, CONFIGURED);

    await saveLocalSettings('sk-new');

    expect((await loadSettings(db)).secret).toBe('sk-new');
  });

  it('accepts an empty endpoint, which leaves delivery unconfigured', async () => {
    await saveSettings(db, CONFIGURED);
    const request = { type: 'settings.save', endpoint: '', credentialKind: 'x-api-key' } as const;

    const answer = await handleBackgroundRequest(request, services);

    expect(answer).toEqual({ ok: true });
    expect(await loadSettings(db)).toEqual({ ...CONFIGURED, endpoint: '' });
  });
});

describe('settings.get', () => {
  it('says a secret is stored without ever returning it', async () => {
    await saveSettings(db, { ...CONFIGURED, credentialKind: 'bearer' });

    const answer = await handleBackgroundRequest({ type: 'settings.get' }, services);

    expect(answer).toEqual({
      endpoint: LOCAL_ENDPOINT,
      credentialKind: 'bearer',
      hasSecret: true,
      maxEventsPerRequest: 1000,
      retentionDays: 30,
      defaultGroupId: '',
      managed: [],
      managedProblems: [],
    });
    expect(JSON.stringify(answer)).not.toContain(SECRET);
  });

  it('says no secret is stored before the user set one', async () => {
    const answer = await handleBackgroundRequest({ type: 'settings.get' }, services);

    expect(answer).toEqual({
      endpoint: '',
      credentialKind: 'x-api-key',
      hasSecret: false,
      maxEventsPerRequest: 1000,
      retentionDays: 30,
      defaultGroupId: '',
      managed: [],
      managedProblems: [],
    });
  });
});

describe('status.get', () => {
  it('reports not-configured before any settings, with the outbox counts', async () => {
    await saveCapture();

    const status = await handleBackgroundRequest({ type: 'status.get' }, services);

    expect(status.counts).toEqual({ queued: 1, sending: 0, delivered: 0, held: 0 });
    expect(status.blocked?.reason).toBe('not-configured');
  });

  it('reports no block once the endpoint and credential are saved', async () => {
    await saveLocalSettings(SECRET);

    const status = await handleBackgroundRequest({ type: 'status.get' }, services);

    expect(status.blocked).toBeNull();
  });
});

describe('delivery.flush and delivery.test', () => {
  it('flushes now and then answers with the status', async () => {
    await saveSettings(db, CONFIGURED);

    const status = await handleBackgroundRequest({ type: 'delivery.flush' }, services);

    expect(stubs.flushNow).toHaveBeenCalledOnce();
    expect(status).toEqual({
      counts: { queued: 0, sending: 0, delivered: 0, held: 0 },
      blocked: null,
    });
  });

  it('sends the test event with the stored settings', async () => {
    await saveSettings(db, CONFIGURED);

    const result = await handleBackgroundRequest({ type: 'delivery.test' }, services);

    expect(result).toEqual(NOT_SENT);
    expect(stubs.sendTestEvent).toHaveBeenCalledExactlyOnceWith(CONFIGURED);
  });
});

describe('readDeliveryBlock', () => {
  it('reports a stored pause on a refused credential, naming the cause', async () => {
    await writePause(db, { reason: 'unauthorized', message: 'HTTP 401', at: 1000, status: 401 });

    const blocked = await readDeliveryBlock(db, CONFIGURED);

    expect(blocked?.reason).toBe('unauthorized');
    expect(blocked?.message).toContain('the API refused the credential');
    expect(blocked?.message).toContain('HTTP 401');
  });

  it('reports a stored pause on a wrong endpoint', async () => {
    await writePause(db, { reason: 'misconfigured', message: 'redirected', at: 1000 });

    const blocked = await readDeliveryBlock(db, CONFIGURED);

    expect(blocked?.reason).toBe('misconfigured');
    expect(blocked?.message).toContain('the endpoint looks wrong');
  });

  it('reports not-configured before a pause while settings are missing', async () => {
    await writePause(db, { reason: 'unauthorized', message: 'HTTP 401', at: 1000 });

    const blocked = await readDeliveryBlock(db, { ...CONFIGURED, secret: '' });

    expect(blocked?.reason).toBe('not-configured');
  });

  it('reports nothing when configured and not paused', async () => {
    expect(await readDeliveryBlock(db, CONFIGURED)).toBeNull();
  });
});

describe('sendTestEvent', () => {
  const EVENT_ID = '3f1c2b9e-8d4a-4c6f-9b2e-1a7d5e0c4b83';
  const NOW = new Date('2024-10-21T12:30:08.276Z');
  const API_ANSWER = {
    success: true,
    response_id: 'resp-1',
    message: 'Events accepted',
    warnings: [],
    documentation: 'https://docs.example/track',
  };

  function answering(status: number, body: unknown) {
    return vi.fn<FetchFunction>(async () => new Response(JSON.stringify(body), { status }));
  }

  it('builds a minimal user_enriched event that the contract accepts', () => {
    const event = buildTestEvent(EVENT_ID, NOW);

    expect(userEnrichedEventSchema.parse(event)).toEqual(event);
    expect(event.user_id).toBe(TEST_EVENT_USER_ID);
    expect(event.context?.event_id).toBe(EVENT_ID);
  });

  it('posts the test event with the credential header and shows the API answer', async () => {
    const fetch = answering(200, API_ANSWER);

    const result = await sendTestEvent(CONFIGURED, { fetch, eventId: EVENT_ID, now: NOW });

    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(LOCAL_ENDPOINT);
    expect(init.headers).toMatchObject({ 'x-api-key': SECRET });
    expect(JSON.parse(String(init.body))).toEqual([buildTestEvent(EVENT_ID, NOW)]);
    expect(result).toEqual({ ok: true, status: 200, body: JSON.stringify(API_ANSWER, null, 2) });
  });

  it('reports a 200 whose success is false as not ok', async () => {
    const fetch = answering(200, { ...API_ANSWER, success: false, message: 'rejected' });

    const result = await sendTestEvent(CONFIGURED, { fetch, eventId: EVENT_ID, now: NOW });

    expect(result.ok).toBe(false);
    expect(result.status).toBe(200);
    expect(result.body).toContain('rejected');
  });

  it('reports a 401 with its status and the API message', async () => {
    const fetch = answering(401, { ...API_ANSWER, success: false, message: 'invalid key' });

    const result = await sendTestEvent(CONFIGURED, { fetch, eventId: EVENT_ID, now: NOW });

    expect(result).toEqual({ ok: false, status: 401, body: 'Track API answered 401: invalid key' });
  });

  it('reports a network failure without a status', async () => {
    const fetch = vi.fn<FetchFunction>(async () => {
      throw new TypeError('fetch failed');
    });

    const result = await sendTestEvent(CONFIGURED, { fetch, eventId: EVENT_ID, now: NOW });

    expect(result).toEqual({ ok: false, body: 'could not reach the Track API' });
  });

  it('reports an answer that is not the API JSON with its status', async () => {
    const fetch = vi.fn<FetchFunction>(async () => new Response('<html></html>', { status: 200 }));

    const result = await sendTestEvent(CONFIGURED, { fetch, eventId: EVENT_ID, now: NOW });

    expect(result.ok).toBe(false);
    expect(result.status).toBe(200);
    expect(result.body).toContain('not the Track API');
  });

  it('asks for settings instead of sending when not configured', async () => {
    const fetch = answering(200, API_ANSWER);

    const result = await sendTestEvent(DEFAULT_SETTINGS, { fetch, eventId: EVENT_ID, now: NOW });

    expect(fetch).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: false, body: expect.stringContaining('Set an endpoint') });
  });

  it('never puts the secret in the result', async () => {
    const fetch = answering(401, { ...API_ANSWER, success: false, message: 'invalid key' });

    const result = await sendTestEvent(CONFIGURED, { fetch, eventId: EVENT_ID, now: NOW });

    expect(JSON.stringify(result)).not.toContain(SECRET);
  });
});

describe('account.save and accounts.list', () => {
  const COMPANY_URL = 'https://www.linkedin.com/company/kestrel-works';

  function saveAccount(event = makeGroupEvent()) {
    return handleBackgroundRequest(
      { type: 'account.save', event, profileUrl: COMPANY_URL },
      services,
    );
  }

  it('queues the group_enriched event in the same outbox and asks for a flush', async () => {
    const event = makeGroupEvent();

    const answer = await saveAccount(event);

    expect(answer).toEqual({ ok: true, state: 'queued' });
    expect((await services.outbox.list())[0]?.event).toEqual(event);
    expect(stubs.scheduleFlush).toHaveBeenCalledWith(FLUSH_AFTER_CAPTURE_MS);
  });

  it('answers duplicate for the same account event saved twice', async () => {
    const event = makeGroupEvent();

    await saveAccount(event);

    expect(await saveAccount(event)).toEqual({ ok: true, state: 'duplicate' });
  });

  it('lists the saved account and its capturer for the next capture', async () => {
    await saveAccount();

    const list = await handleBackgroundRequest({ type: 'accounts.list' }, services);

    expect(list).toEqual({
      accounts: [
        {
          groupId: 'domain:kestrel-works.example',
          name: 'Kestrel Works',
          domain: 'kestrel-works.example',
          profileUrl: COMPANY_URL,
          lastCapturedAt: '2024-10-21T12:30:08.276Z',
        },
      ],
      capturerId: 'capturer:test',
    });
  });

  it('offers a per-install capturer id before any account is saved', async () => {
    const list = await handleBackgroundRequest({ type: 'accounts.list' }, services);

    expect(list.accounts).toEqual([]);
    expect(list.capturerId).toMatch(/^capturer:[0-9a-f-]{36}$/);
  });
});
