import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_MAX_AGE_MS, readDraft, saveDraft } from '../../../lib/background/drafts';
import { handleBackgroundRequest } from '../../../lib/background/handle-request';
import { backgroundRequestSchema } from '../../../lib/messages';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { createOutbox } from '../../../lib/storage/outbox';
import { makeEvent, openTestDatabase } from '../storage/make-event';

const PROFILE_URL = 'https://www.linkedin.com/in/ada-lovelace';
const OTHER_URL = 'https://github.com/ada';
const EDITS = { enrichment_employment_title: 'Head of Data Platform' };

let db: CaptureDatabase;
let services: Parameters<typeof handleBackgroundRequest>[1];

beforeEach(async () => {
  db = await openTestDatabase();
  services = {
    db,
    outbox: createOutbox(db),
    scheduleFlush: vi.fn(),
    flushNow: vi.fn(async () => {}),
    deliveryBlock: vi.fn(async () => null),
    sendTestEvent: vi.fn(async () => ({ ok: false, body: 'not sent' })),
    settingsChanged: vi.fn(async () => {}),
  };
});

afterEach(() => db.close());

function ask(request: unknown) {
  // Requests go through the schema, as the background entrypoint validates them.
  return handleBackgroundRequest(backgroundRequestSchema.parse(request), services);
}

function saveEdits(profileUrl = PROFILE_URL, values: Record<string, string> = EDITS) {
  return ask({ type: 'draft.save', profileUrl, values, userId: 'ada-1', groupId: 'g1' });
}

describe('draft.save and draft.get', () => {
  it('gives back the edits kept for the same profile', async () => {
    await saveEdits();

    const draft = await ask({ type: 'draft.get', profileUrl: PROFILE_URL });

    expect(draft).toMatchObject({ values: EDITS, userId: 'ada-1', groupId: 'g1' });
    expect(draft).toHaveProperty('updatedAt', expect.any(Number));
  });

  it('keeps one draft per profile, the latest one', async () => {
    await saveEdits();
    await saveEdits(PROFILE_URL, { enrichment_employment_title: 'CTO' });
    await saveEdits(OTHER_URL, { enrichment_city: 'London' });

    const ada = await ask({ type: 'draft.get', profileUrl: PROFILE_URL });
    const other = await ask({ type: 'draft.get', profileUrl: OTHER_URL });

    expect(ada).toMatchObject({ values: { enrichment_employment_title: 'CTO' } });
    expect(other).toMatchObject({ values: { enrichment_city: 'London' } });
  });

  it('answers null for a profile without a draft', async () => {
    expect(await ask({ type: 'draft.get', profileUrl: PROFILE_URL })).toBeNull();
  });

  it('drops drafts older than seven days when reading', async () => {
    const now = Date.now();
    await saveDraft(db, PROFILE_URL, { values: EDITS, userId: 'ada-1', groupId: '' }, now);

    expect(await readDraft(db, PROFILE_URL, now + DRAFT_MAX_AGE_MS)).not.toBeNull();
    expect(await readDraft(db, PROFILE_URL, now + DRAFT_MAX_AGE_MS + 1)).toBeNull();
  });

  it('reads unreadable stored drafts as none instead of failing', async () => {
    await db.put('drafts', { values: 'not a map' }, PROFILE_URL);

    expect(await ask({ type: 'draft.get', profileUrl: PROFILE_URL })).toBeNull();
    await saveEdits();
    expect(await ask({ type: 'draft.get', profileUrl: PROFILE_URL })).not.toBeNull();
  });

  it('rejects a draft for something that is not a URL', () => {
    expect(() => saveEdits('not a url')).toThrow();
  });
});

describe('draft.discard', () => {
  it('ends the draft of that profile only', async () => {
    await saveEdits();
    await saveEdits(OTHER_URL);

    expect(await ask({ type: 'draft.discard', profileUrl: PROFILE_URL })).toEqual({ ok: true });

    expect(await ask({ type: 'draft.get', profileUrl: PROFILE_URL })).toBeNull();
    expect(await ask({ type: 'draft.get', profileUrl: OTHER_URL })).not.toBeNull();
  });
});

describe('capture.save and drafts', () => {
  it('ends the draft of the saved profile', async () => {
    await saveEdits();
    await saveEdits(OTHER_URL);

    await ask({ type: 'capture.save', event: makeEvent(), profileUrl: PROFILE_URL });

    expect(await ask({ type: 'draft.get', profileUrl: PROFILE_URL })).toBeNull();
    expect(await ask({ type: 'draft.get', profileUrl: OTHER_URL })).not.toBeNull();
  });
});
