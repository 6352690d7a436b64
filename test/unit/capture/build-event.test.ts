import { describe, expect, it } from 'vitest';
import { buildUserEnrichedEvent, type CaptureInput } from '../../../lib/capture/build-event';
import { splitPhones } from '../../../lib/capture/fields';
import { userEnrichedEventSchema } from '../../../lib/contract/event';

const EVENT_ID = '3f1c2b9e-8d4a-4c6f-9b2e-1a7d5e0c4b83';
const NOW = new Date('2024-10-21T12:30:08.276Z');

function captureOf(overrides: Partial<CaptureInput> = {}): CaptureInput {
  return {
    userId: 'linkedin:ada-lovelace',
    groupId: 'acme',
    values: { enrichment_full_name: 'Ada Lovelace', enrichment_country_code: 'GB' },
    ...overrides,
  };
}

describe('splitPhones', () => {
  it('splits numbers on new lines, commas and semicolons', () => {
    const input = '+442079460000\n+48125550123, +34911234567;+12025550123';

    const phones = splitPhones(input);

    expect(phones).toEqual(['+442079460000', '+48125550123', '+34911234567', '+12025550123']);
  });

  it('trims each number and drops empty entries', () => {
    const input = '  +442079460000  \n\n , ;\r\n +48125550123 ';

    const phones = splitPhones(input);

    expect(phones).toEqual(['+442079460000', '+48125550123']);
  });

  it('returns no number for an empty input', () => {
    expect(splitPhones('')).toEqual([]);
  });
});

describe('buildUserEnrichedEvent', () => {
  it('builds a user_enriched event with the trimmed user id and the given event id', () => {
    const input = captureOf({ userId: '  linkedin:ada-lovelace ' });

    const event = buildUserEnrichedEvent(input, EVENT_ID, NOW);

    expect(event.event_name).toBe('user_enriched');
    expect(event.user_id).toBe('linkedin:ada-lovelace');
    expect(event.context?.event_id).toBe(EVENT_ID);
    expect(event.context?.source).toBe('enrichment-capture');
  });

  it('stamps the event and the enrichment with the given time', () => {
    const event = buildUserEnrichedEvent(captureOf(), EVENT_ID, NOW);

    expect(event.timestamp).toBe('2024-10-21T12:30:08.276Z');
    expect(event.properties?.enrichment_active_at).toBe('2024-10-21T12:30:08.276Z');
  });

  it('marks the enrichment as still active with an empty inactive time', () => {
    const event = buildUserEnrichedEvent(captureOf(), EVENT_ID, NOW);

    expect(event.properties?.enrichment_inactive_at).toBe('');
  });

  it('leaves out fields that are empty or only white space', () => {
    const values = { enrichment_full_name: 'Ada', enrichment_city: '', enrichment_state: '  ' };

    const event = buildUserEnrichedEvent(captureOf({ values }), EVENT_ID, NOW);

    expect(event.properties).toEqual({
      enrichment_active_at: NOW.toISOString(),
      enrichment_inactive_at: '',
      enrichment_full_name: 'Ada',
    });
  });

  it('trims the values it keeps', () => {
    const values = { enrichment_employment_title: '  Analyst \n' };

    const event = buildUserEnrichedEvent(captureOf({ values }), EVENT_ID, NOW);

    expect(event.properties?.enrichment_employment_title).toBe('Analyst');
  });

  it('turns the phone field into a list split by line, comma and semicolon', () => {
    const values = { enrichment_phone: '+442079460000\n+48125550123, +34911234567; +12025550123' };

    const event = buildUserEnrichedEvent(captureOf({ values }), EVENT_ID, NOW);

    expect(event.properties?.enrichment_phone).toEqual([
      '+442079460000',
      '+48125550123',
      '+34911234567',
      '+12025550123',
    ]);
  });

  it('leaves out a phone field that holds only separators', () => {
    const values = { enrichment_phone: ' , ;\n' };

    const event = buildUserEnrichedEvent(captureOf({ values }), EVENT_ID, NOW);

    expect(event.properties).not.toHaveProperty('enrichment_phone');
  });

  it('sets the trimmed group id in the context', () => {
    const event = buildUserEnrichedEvent(captureOf({ groupId: ' acme ' }), EVENT_ID, NOW);

    expect(event.context?.group_id).toBe('acme');
  });

  it.each(['', '   '])('omits the group id when it is %j', (groupId) => {
    const event = buildUserEnrichedEvent(captureOf({ groupId }), EVENT_ID, NOW);

    expect(event.context).not.toHaveProperty('group_id');
    expect(event.context?.event_id).toBe(EVENT_ID);
  });

  it('produces an event that the contract schema accepts unchanged', () => {
    const values = {
      enrichment_full_name: 'Ada Lovelace',
      enrichment_phone: '+442079460000\n+48125550123',
      enrichment_time_zone: 'Europe/London',
      enrichment_linkedin_handle: 'https://www.linkedin.com/in/ada-lovelace',
    };
    const event = buildUserEnrichedEvent(captureOf({ values }), EVENT_ID, NOW);

    const result = userEnrichedEventSchema.safeParse(event);

    expect(result.success).toBe(true);
    expect(result.data).toEqual(event);
  });
});
