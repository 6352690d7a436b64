import { describe, expect, it } from 'vitest';
import { EDITABLE_KEYS, FIELD_GROUPS, type FieldSpec } from '../../../lib/capture/fields';
import { USER_ENRICHED_KEYS, type UserEnrichedKey } from '../../../lib/contract/event';

/** The validator of a field, failing the test when the field has none. */
function validatorOf(key: UserEnrichedKey): NonNullable<FieldSpec['validate']> {
  const field = FIELD_GROUPS.flatMap((group) => group.fields).find((spec) => spec.key === key);
  if (!field?.validate) throw new Error(`${key} has no validator`);

  return field.validate;
}

/** Each validated field with values it must accept and values it must flag. */
const CASES: { key: UserEnrichedKey; good: string[]; bad: string[] }[] = [
  {
    key: 'enrichment_country_code',
    good: ['US', 'GB', 'ES'],
    bad: ['us', 'USA', 'U', 'U1', 'United States'],
  },
  {
    key: 'enrichment_state_code',
    good: ['CA', 'VC', 'ENG', '9', 'B1'],
    bad: ['ca', 'CALI', 'C-A', ''],
  },
  {
    key: 'enrichment_time_zone',
    good: ['Europe/Madrid', 'America/New_York', 'UTC'],
    bad: ['Mars/Olympus', 'Madrid', '+02:00', 'GMT+2:00'],
  },
  {
    key: 'enrichment_phone',
    good: ['+48125550123', '+442079460000\n+12025550123', '+34911234567, +12025550123'],
    bad: ['0125550123', '+0125550123', '+48 12 555 01 23', '+48125550123\n555-0123', '+12345'],
  },
  {
    key: 'enrichment_linkedin_handle',
    good: ['https://www.linkedin.com/in/ada-lovelace', 'https://www.linkedin.com/in/ada%C3%A9'],
    bad: [
      'ada-lovelace',
      'http://www.linkedin.com/in/ada-lovelace',
      'https://es.linkedin.com/in/ada-lovelace',
      'https://www.linkedin.com/in/ada-lovelace/',
      'https://www.linkedin.com/in/ada?trk=x',
      'https://www.linkedin.com/company/acme',
    ],
  },
  {
    key: 'enrichment_twitter_handle',
    good: ['@ada', '@Ada_Lovelace_15'],
    bad: ['ada', '@', '@ada-lovelace', '@sixteen_chars_xx', 'https://x.com/ada'],
  },
  {
    key: 'enrichment_github_handle',
    good: ['octocat', 'Octo-Cat', 'a', 'a'.repeat(39)],
    bad: ['-octocat', 'octo_cat', 'octo cat', '@octocat', 'a'.repeat(40), ''],
  },
  {
    key: 'enrichment_employment_domain',
    good: ['example.com', 'Example.CO.uk', 'my-company.io'],
    bad: ['example', '-example.com', 'https://example.com', 'example.com/about', 'ex ample.com'],
  },
  {
    key: 'enrichment_avatar',
    good: ['https://avatars.example.com/ada.png', 'http://127.0.0.1:8787/a.png'],
    bad: ['avatar.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA', 'ftp://x/a.png'],
  },
  {
    key: 'enrichment_facebook_handle',
    good: ['ada.lovelace', 'zuck5'],
    bad: ['ada', 'ada lovelace', 'https://facebook.com/ada'],
  },
];

describe('FIELD_GROUPS validators', () => {
  describe.each(CASES)('$key', ({ key, good, bad }) => {
    it.each(good)('accepts %j', (value) => {
      expect(validatorOf(key)(value)).toBeUndefined();
    });

    it.each(bad)('flags %j with a message', (value) => {
      expect(validatorOf(key)(value)).toMatch(/\S/);
    });
  });

  it('names the example form in the country code message', () => {
    expect(validatorOf('enrichment_country_code')('usa')).toBe(
      'expected an ISO 3166-1 alpha-2 code, e.g. US',
    );
  });

  it('lists only the malformed phones in the phone message', () => {
    const message = validatorOf('enrichment_phone')('+442079460000\n555-0123, 12');

    expect(message).toContain('555-0123, 12');
    expect(message).not.toContain('+442079460000');
  });

  it('tells a URL of another scheme from text that is no URL at all', () => {
    const validate = validatorOf('enrichment_avatar');

    expect(validate('javascript:alert(1)')).toBe('not a web URL');
    expect(validate('avatar.png')).toBe('not a URL');
  });
});

describe('EDITABLE_KEYS', () => {
  it('covers every user_enriched key except the two enrichment times', () => {
    const expected = USER_ENRICHED_KEYS.filter(
      (key) => key !== 'enrichment_active_at' && key !== 'enrichment_inactive_at',
    );

    expect([...EDITABLE_KEYS].sort()).toEqual([...expected].sort());
  });

  it('lists each key once', () => {
    expect(new Set(EDITABLE_KEYS).size).toBe(EDITABLE_KEYS.length);
    expect(EDITABLE_KEYS).toHaveLength(23);
  });

  it('follows the order of the form groups', () => {
    const inGroups = FIELD_GROUPS.flatMap((group) => group.fields.map((field) => field.key));

    expect(EDITABLE_KEYS).toEqual(inGroups);
  });

  it('gives every field a label and every group a title', () => {
    const fields = FIELD_GROUPS.flatMap((group) => group.fields);

    expect(FIELD_GROUPS.every((group) => group.title.trim() !== '')).toBe(true);
    expect(fields.filter((field) => field.label.trim() === '')).toEqual([]);
  });
});

describe('employer domain validator', () => {
  it.each(['example-.com', 'example.-com', 'example.com-'])('flags %j', (value) => {
    expect(validatorOf('enrichment_employment_domain')(value)).toMatch(/\S/);
  });
});
