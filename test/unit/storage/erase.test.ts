import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleBackgroundRequest } from '../../../lib/background/handle-request';
import { readDeliveryBlock } from '../../../lib/background/delivery-block';
import { recallLastCapture } from '../../../lib/background/capture-history';
import { readDraft } from '../../../lib/background/drafts';
import { recallProfile } from '../../../lib/background/profile-memory';
import { readPause, writePause } from '../../../lib/delivery/pause';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { eraseCaptureDatabase } from '../../../lib/storage/erase';
import { createOutbox } from '../../../lib/storage/outbox';
import { loadSettings, saveSettings } from '../../../lib/storage/settings-store';
import { idOf, makeEvent, openTestDatabase } from './make-event';

const PROFILE_URL = 'https://www.linkedin.com/in/ada-lovelace';

let db: CaptureDatabase;

beforeEach(async () => {
  db = await openTestDatabase();
});

afterEach(() => db.close());

function services() {
  return {
    db,
    outbox: createOutbox(db),
    scheduleFlush: () => {},
    flushNow: async () => {},
    deliveryBlock: (settings: typeof DEFAULT_SETTINGS) => readDeliveryBlock(db, settings),
    sendTestEvent: async () => ({ ok: false, body: '' }),
    settingsChanged: async () => {},
  };
}

/** A database in use: settings, a pause, a capture with its memory, a draft, deliveries. */
async function fillDatabase(): Promise<void> {
  await saveSettings(db, {
    ...DEFAULT_SETTINGS,
    endpoint: 'http://127.0.0.1:8787/api/track',
    secret: 'sk-test',
    defaultGroupId: 'acme',
  });
  await writePause(db, { reason: 'unauthorized', message: '401', at: 1 });
  const event = makeEvent();
  await handleBackgroundRequest(
    { type: 'capture.save', event, profileUrl: PROFILE_URL },
    services(),
  );
  await handleBackgroundRequest(
    { type: 'draft.save', profileUrl: PROFILE_URL, values: {}, userId: 'u', groupId: 'g' },
    services(),
  );
  const outbox = createOutbox(db);
  const delivered = makeEvent({ userId: 'user-2' });
  await outbox.enqueue(delivered);
  await outbox.enqueue(makeEvent({ userId: 'user-3' }));
  const now = Date.now();
  const batch = await outbox.leaseBatch({ now, leaseMs: 60_000, maxEvents: 10, maxBytes: 1e6 });
  const deliveredRecords = batch.filter((record) => record.id === idOf(delivered));
  await outbox.markDelivered(deliveredRecords, { responseId: 'r-1', warnings: [], now });
}

describe('eraseCaptureDatabase', () => {
  it('counts the events never delivered that it deletes', async () => {
    await fillDatabase();

    const summary = await eraseCaptureDatabase(db);

    expect(summary).toEqual({ undelivered: 2 });
  });

  it('leaves every store empty', async () => {
    await fillDatabase();

    await eraseCaptureDatabase(db);

    for (const name of db.objectStoreNames) expect(await db.count(name)).toBe(0);
  });
});

describe('data.deleteAll', () => {
  it('leaves the extension as after a fresh install', async () => {
    await fillDatabase();

    const answer = await handleBackgroundRequest({ type: 'data.deleteAll' }, services());

    expect(answer).toEqual({ ok: true, undelivered: 2 });
    expect(await createOutbox(db).counts()).toEqual({
      queued: 0,
      sending: 0,
      delivered: 0,
      held: 0,
    });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(await readPause(db)).toBeNull();
    expect(await readDraft(db, PROFILE_URL)).toBeNull();
    expect(await recallLastCapture(db, PROFILE_URL)).toBeUndefined();
    expect(await recallProfile(db, PROFILE_URL)).toEqual({ recentGroups: [] });
  });

  it('runs the erase the background hands in, under its flush lock', async () => {
    const calls: string[] = [];
    const erase = async () => {
      calls.push('erase');
      return { undelivered: 7 };
    };

    const answer = await handleBackgroundRequest(
      { type: 'data.deleteAll' },
      { ...services(), eraseLocalData: erase },
    );

    expect(answer).toEqual({ ok: true, undelivered: 7 });
    expect(calls).toEqual(['erase']);
  });
});
