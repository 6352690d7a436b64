import type { UserEnrichedEvent } from '../contract/event';
import { HttpError, ResponseSchemaError, TrackApiError } from '../delivery/errors';
import { sendBatch, type FetchFunction } from '../delivery/track-client';
import type { TestResult } from '../messages';
import { credentialHeaders, isConfigured, type Settings } from '../settings';

/** The user id of test events, so that they are easy to find and ignore on the API side. */
export const TEST_EVENT_USER_ID = 'enrichment-capture-test';

/** A minimal valid `user_enriched` event for the options page's "Send test event". */
export function buildTestEvent(eventId: string, now: Date): UserEnrichedEvent {
  return {
    event_name: 'user_enriched',
    user_id: TEST_EVENT_USER_ID,
    timestamp: now.toISOString(),
    properties: { enrichment_active_at: now.toISOString(), enrichment_inactive_at: '' },
    context: { event_id: eventId, source: 'enrichment-capture-test' },
  };
}

/** Sends one test event straight to the endpoint and describes the API's answer. */
export async function sendTestEvent(
  settings: Settings,
  options: { fetch?: FetchFunction; eventId: string; now: Date },
): Promise<TestResult> {
  if (!isConfigured(settings)) {
    return { ok: false, body: 'Set an endpoint and a credential, then save, first.' };
  }
  try {
    const answer = await sendBatch({
      endpoint: settings.endpoint,
      headers: credentialHeaders(settings),
      events: [buildTestEvent(options.eventId, options.now)],
      fetch: options.fetch,
    });
    return {
      ok: answer.response.success,
      status: answer.status,
      body: JSON.stringify(answer.response, null, 2),
    };
  } catch (error) {
    if (error instanceof HttpError || error instanceof ResponseSchemaError) {
      return { ok: false, status: error.status, body: error.message };
    }
    if (error instanceof TrackApiError) return { ok: false, body: error.message };
    throw error;
  }
}
