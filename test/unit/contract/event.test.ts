import { describe, expect, it } from 'vitest';
import {
  trackEventSchema,
  trackRequestSchema,
  trackResponseSchema,
  USER_ENRICHED_KEYS,
  userEnrichedEventSchema,
  type UserEnrichedEvent,
  type UserEnrichedProperties,
} from '../../../lib/contract/event';
import { MAX_EVENTS_PER_REQUEST } from '../../../lib/contract/limits';

const TIMESTAMP = '2024-10-21T12:30:08.276Z';
const EVENT_ID = '3f1c2b9e-8d4a-4c6f-9b2e-1a7d5e0c4b83';

/** One value for each of the 25 documented properties. */
const ALL_PROPERTIES: Required<UserEnrichedProperties> = {
  enrichment_active_at: TIMESTAMP,
  enrichment_inactive_at: '',
  enrichment_avatar: 'https://avatars.example.com/ada.png',
  enrichment_full_name: 'Ada Lovelace',
  enrichment_first_name: 'Ada',
  enrichment_last_name: 'Lovelace',
  enrichment_employment_title: 'Analyst',
  enrichment_employment_name: 'Analytical Engines Ltd',
  enrichment_employment_domain: 'engines.example.com',
  enrichment_employment_role: 'engineering',
  enrichment_employment_sub_role: 'software',
  enrichment_employment_seniority: 'senior',
  enrichment_city: 'London',
  enrichment_state: 'England',
  enrichment_state_code: 'ENG',
  enrichment_country: 'United Kingdom',
  enrichment_country_code: 'GB',
  enrichment_location: 'London, England, United Kingdom',
  enrichment_time_zone: 'Europe/London',
  enrichment_phone: ['+442079460000'],
  enrichment_email_provider: 'example.com',
  enrichment_linkedin_handle: 'https://www.linkedin.com/in/ada-lovelace',
  enrichment_github_handle: 'ada',
  enrichment_twitter_handle: '@ada',
  enrichment_facebook_handle: 'ada.lovelace',
};

function makeUserEnriched(
  properties: Record<string, unknown> = ALL_PROPERTIES,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    event_name: 'user_enriched',
    user_id: 'linkedin:ada-lovelace',
    timestamp: TIMESTAMP,
    properties,
    context: { group_id: 'acme', event_id: EVENT_ID, source: 'enrichment-capture' },
    ...overrides,
  };
}

function apiResponse(): Record<string, unknown> {
  return {
    success: true,
    response_id: 'resp-1',
    message: 'ok',
    warnings: [],
    documentation: 'https://docs.example/track',
  };
}

describe('userEnrichedEventSchema', () => {
  it('parses a full event carrying all 25 documented properties', () => {
    const event = makeUserEnriched();

    const result = userEnrichedEventSchema.safeParse(event);

    expect(Object.keys(ALL_PROPERTIES)).toHaveLength(25);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(event);
  });

  it('trims surrounding white space from strings, phone numbers included', () => {
    const event = makeUserEnriched(
      { enrichment_full_name: '  Ada Lovelace \n', enrichment_phone: [' +442079460000 '] },
      { user_id: '  ada  ', context: { group_id: ' acme ' } },
    );

    const parsed = userEnrichedEventSchema.parse(event);

    expect(parsed.user_id).toBe('ada');
    expect(parsed.context?.group_id).toBe('acme');
    expect(parsed.properties?.enrichment_full_name).toBe('Ada Lovelace');
    expect(parsed.properties?.enrichment_phone).toEqual(['+442079460000']);
  });

  it('rejects a user id that is only white space', () => {
    const event = makeUserEnriched(ALL_PROPERTIES, { user_id: '   ' });

    const result = userEnrichedEventSchema.safeParse(event);

    expect(result.success).toBe(false);
  });

  it('rejects a phone given as a single string rather than an array', () => {
    const event = makeUserEnriched({ enrichment_phone: '+442079460000' });

    const result = userEnrichedEventSchema.safeParse(event);

    expect(result.error?.issues[0]?.path).toEqual(['properties', 'enrichment_phone']);
  });

  it.each(['2024-10-21T12:30:08.276Z', '2024-10-21T12:30:08Z'])(
    'accepts the UTC timestamp %s',
    (timestamp) => {
      const event = makeUserEnriched({ enrichment_active_at: timestamp }, { timestamp });

      const result = userEnrichedEventSchema.safeParse(event);

      expect(result.success).toBe(true);
    },
  );

  it.each(['2024-10-21T14:30:08.276+02:00', '2024-10-21', '2024-10-21T12:30:08', 'yesterday'])(
    'rejects %s as an event timestamp',
    (timestamp) => {
      const event = makeUserEnriched({}, { timestamp });

      const result = userEnrichedEventSchema.safeParse(event);

      expect(result.error?.issues[0]?.path).toEqual(['timestamp']);
    },
  );

  it.each(['2024-10-21T14:30:08.276+02:00', '2024-10-21'])(
    'rejects %s as the enrichment times',
    (timestamp) => {
      const active = makeUserEnriched({ enrichment_active_at: timestamp });
      const inactive = makeUserEnriched({ enrichment_inactive_at: timestamp });

      const results = [active, inactive].map((event) => userEnrichedEventSchema.safeParse(event));

      expect(results.map((result) => result.success)).toEqual([false, false]);
    },
  );

  it('accepts an empty inactive time, meaning the enrichment is still active', () => {
    const event = makeUserEnriched({ enrichment_inactive_at: '' });

    const result = userEnrichedEventSchema.safeParse(event);

    expect(result.success).toBe(true);
  });

  it('accepts an inactive time in UTC', () => {
    const event = makeUserEnriched({ enrichment_inactive_at: TIMESTAMP });

    const result = userEnrichedEventSchema.safeParse(event);

    expect(result.success).toBe(true);
  });

  it('rejects a property the contract does not document', () => {
    const event = makeUserEnriched({ ...ALL_PROPERTIES, enrichment_shoe_size: '42' });

    const result = userEnrichedEventSchema.safeParse(event);

    expect(result.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['enrichment_shoe_size'],
    });
  });

  it('accepts an event id that is a UUID and an event without one', () => {
    const withId = makeUserEnriched({}, { context: { event_id: crypto.randomUUID() } });
    const withoutId = makeUserEnriched({}, { context: { group_id: 'acme' } });

    const results = [withId, withoutId].map((event) => userEnrichedEventSchema.safeParse(event));

    expect(results.map((result) => result.success)).toEqual([true, true]);
  });

  it('rejects an event id that is not a UUID', () => {
    const event = makeUserEnriched({}, { context: { event_id: 'capture-42' } });

    const result = userEnrichedEventSchema.safeParse(event);

    expect(result.error?.issues[0]?.path).toEqual(['context', 'event_id']);
  });

  it('passes other context keys through', () => {
    const event = makeUserEnriched({}, { context: { event_id: EVENT_ID, page: 'profile' } });

    const parsed = userEnrichedEventSchema.parse(event);

    expect(parsed.context).toEqual({ event_id: EVENT_ID, page: 'profile' });
  });
});

describe('trackEventSchema', () => {
  it('holds user_enriched events to the documented properties', () => {
    const event = makeUserEnriched({ enrichment_shoe_size: '42' });

    const result = trackEventSchema.safeParse(event);

    expect(result.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      path: ['properties'],
    });
  });

  it('holds a group_enriched event to its documented properties and a group_id', () => {
    const valid = {
      event_name: 'group_enriched',
      user_id: 'capturing-user',
      timestamp: TIMESTAMP,
      properties: {
        enrichment_name: 'Example Works',
        enrichment_employees: 120,
        enrichment_tags: ['b2b'],
        enrichment_phone: '+48125550123',
      },
      context: { group_id: 'example-works.example' },
    };

    expect(trackEventSchema.parse(valid)).toEqual(valid);
    expect(trackEventSchema.safeParse({ ...valid, context: {} }).success).toBe(false);
    const unknownKey = { ...valid, properties: { enrichment_shoe_size: '42' } };
    expect(trackEventSchema.safeParse(unknownKey).success).toBe(false);
    const phoneArray = { ...valid, properties: { enrichment_phone: ['+48125550123'] } };
    expect(trackEventSchema.safeParse(phoneArray).success).toBe(false);
  });

  it('accepts any properties object on other event names', () => {
    const event = {
      event_name: 'account_tagged',
      user_id: 'acme',
      timestamp: TIMESTAMP,
      properties: { employees: 120, tags: ['b2b'], nested: { anything: true } },
    };

    const parsed = trackEventSchema.parse(event);

    expect(parsed).toEqual(event);
  });

  it('rejects properties that are not an object on other event names', () => {
    const event = { event_name: 'page_viewed', user_id: 'u', timestamp: TIMESTAMP, properties: [] };

    const result = trackEventSchema.safeParse(event);

    expect(result.success).toBe(false);
  });

  it('checks the common fields of other event names too', () => {
    const event = { event_name: 'page_viewed', user_id: 'u', timestamp: '2024-10-21' };

    const result = trackEventSchema.safeParse(event);

    expect(result.error?.issues[0]?.path).toEqual(['timestamp']);
  });

  it('rejects a value that is not an object', () => {
    const result = trackEventSchema.safeParse(null);

    expect(result.success).toBe(false);
  });

  it('holds a user_enriched event to the documented properties when its name is padded', () => {
    const event = makeUserEnriched(
      { enrichment_shoe_size: '42' },
      { event_name: ' user_enriched ' },
    );

    const result = trackEventSchema.safeParse(event);

    expect(result.success).toBe(false);
  });
});

describe('USER_ENRICHED_KEYS', () => {
  it('lists exactly the 25 documented properties, each once', () => {
    const keys = [...USER_ENRICHED_KEYS];

    expect(keys).toHaveLength(25);
    expect(new Set(keys).size).toBe(25);
    expect([...keys].sort()).toEqual(Object.keys(ALL_PROPERTIES).sort());
  });

  it('starts with the enrichment times, in the contract order', () => {
    expect(USER_ENRICHED_KEYS.slice(0, 2)).toEqual([
      'enrichment_active_at',
      'enrichment_inactive_at',
    ]);
  });
});

describe('trackRequestSchema', () => {
  const event = makeUserEnriched({}) as UserEnrichedEvent;

  it('rejects a request that holds no event', () => {
    const result = trackRequestSchema.safeParse([]);

    expect(result.error?.issues[0]?.message).toBe('the request holds no event');
  });

  it('accepts a request of exactly 1,000 events', () => {
    const events = Array.from({ length: MAX_EVENTS_PER_REQUEST }, () => event);

    const result = trackRequestSchema.safeParse(events);

    expect(MAX_EVENTS_PER_REQUEST).toBe(1000);
    expect(result.success).toBe(true);
  });

  it('rejects a request of 1,001 events', () => {
    const events = Array.from({ length: MAX_EVENTS_PER_REQUEST + 1 }, () => event);

    const result = trackRequestSchema.safeParse(events);

    expect(result.error?.issues[0]?.message).toBe('at most 1000 events per request');
  });

  it('names the position of an invalid event', () => {
    const events = [event, { ...event, timestamp: 'now' }];

    const result = trackRequestSchema.safeParse(events);

    expect(result.error?.issues[0]?.path).toEqual([1, 'timestamp']);
  });

  it('rejects a body that is not an array', () => {
    const result = trackRequestSchema.safeParse(event);

    expect(result.success).toBe(false);
  });
});

describe('trackResponseSchema', () => {
  it('accepts the API answer with all five fields', () => {
    const result = trackResponseSchema.safeParse(apiResponse());

    expect(result.success).toBe(true);
  });

  it.each(['success', 'response_id', 'message', 'warnings', 'documentation'])(
    'rejects an answer without %s',
    (field) => {
      const answer = apiResponse();
      delete answer[field];

      const result = trackResponseSchema.safeParse(answer);

      expect(result.error?.issues[0]?.path).toEqual([field]);
    },
  );

  it('rejects warnings that are not strings', () => {
    const answer = { ...apiResponse(), warnings: [{ code: 1 }] };

    const result = trackResponseSchema.safeParse(answer);

    expect(result.success).toBe(false);
  });
});
