import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarizeCapture } from '../../../lib/background/capture-history';
import { handleBackgroundRequest } from '../../../lib/background/handle-request';
import type { UserEnrichedEvent } from '../../../lib/contract/event';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { createOutbox } from '../../../lib/storage/outbox';
import { makeEvent, openTestDatabase } from '../storage/make-event';

const PROFILE_URL = 'https://www.linkedin.com/in/ada-lovelace';
const CAPTURED_AT = '2024-10-21T12:30:08.276Z';

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

function titledEvent(title: string): UserEnrichedEvent {
  const event = makeEvent();

  return {
    ...event,
    timestamp: CAPTURED_AT,
    properties: {
      enrichment_active_at: CAPTURED_AT,
      enrichment_inactive_at: '',
      enrichment_employment_title: title,
      enrichment_phone: ['+48125550123'],
    },
  };
}

function recall(profileUrl = PROFILE_URL) {
  return handleBackgroundRequest({ type: 'profile.history', profileUrl }, services);
}

describe('profile.history', () => {
  it('answers null for a profile never saved', async () => {
    expect(await recall()).toBeNull();
  });

  it('returns when the profile was saved and its properties', async () => {
    const event = titledEvent('Head of Data');

    await handleBackgroundRequest(
      { type: 'capture.save', event, profileUrl: PROFILE_URL },
      services,
    );
    const history = await recall();

    expect(history).toEqual({
      lastCapturedAt: CAPTURED_AT,
      lastProperties: {
        enrichment_employment_title: 'Head of Data',
        enrichment_phone: ['+48125550123'],
      },
    });
  });

  it('keeps only the latest capture of a profile', async () => {
    for (const title of ['Head of Data', 'Head of Data Platform']) {
      const event = titledEvent(title);
      await handleBackgroundRequest(
        { type: 'capture.save', event, profileUrl: PROFILE_URL },
        services,
      );
    }

    const history = await recall();

    expect(history?.lastProperties.enrichment_employment_title).toBe('Head of Data Platform');
  });

  it('ignores an unreadable stored history instead of failing', async () => {
    await db.put('captures', 'not a capture', PROFILE_URL);

    expect(await recall()).toBeNull();
  });
});

describe('summarizeCapture', () => {
  it('leaves out the capture and inactive times, which change at every save', () => {
    const summary = summarizeCapture(titledEvent('CTO'));

    expect(summary.capturedAt).toBe(CAPTURED_AT);
    expect(summary.properties).not.toHaveProperty('enrichment_active_at');
    expect(summary.properties).not.toHaveProperty('enrichment_inactive_at');
  });
});
