import { describe, expect, it } from 'vitest';
import { groupEnrichedEventSchema } from '../../../lib/contract/event';
import { buildGroupEnrichedEvent } from '../../../lib/capture/build-group-event';
import { proposeCompanyProperties } from '../../../lib/normalize/propose-company';
import { extractProfile } from '../../../lib/extract';
import { ACCOUNT_FIELDS } from '../../../lib/capture/account-fields';
import { loadFixture } from '../extract/load-page';

const EVENT_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const NOW = new Date('2026-12-04T18:00:00.000Z');

describe('buildGroupEnrichedEvent', () => {
  it('builds a group_enriched event that the contract accepts', () => {
    const event = buildGroupEnrichedEvent(
      {
        userId: ' capturer:abc ',
        groupId: ' domain:kestrel-works.example ',
        values: {
          enrichment_name: ' Kestrel Works ',
          enrichment_domain: 'kestrel-works.example',
          enrichment_employees: '120',
          enrichment_founder_year: '2016',
          enrichment_tags: 'Drones\ninspection, offshore wind',
          enrichment_email_addresses: '',
          enrichment_city: '   ',
        },
      },
      EVENT_ID,
      NOW,
    );

    expect(event).toEqual({
      event_name: 'group_enriched',
      user_id: 'capturer:abc',
      timestamp: '2026-12-04T18:00:00.000Z',
      properties: {
        enrichment_name: 'Kestrel Works',
        enrichment_domain: 'kestrel-works.example',
        enrichment_employees: 120,
        enrichment_founder_year: 2016,
        enrichment_tags: ['Drones', 'inspection', 'offshore wind'],
      },
      context: {
        group_id: 'domain:kestrel-works.example',
        event_id: EVENT_ID,
        source: 'enrichment-capture',
      },
    });
    expect(groupEnrichedEventSchema.safeParse(event).success).toBe(true);
  });

  it('leaves out a count that is not a whole number rather than sending text', () => {
    const event = buildGroupEnrichedEvent(
      { userId: 'u', groupId: 'g', values: { enrichment_employees: 'about 50' } },
      EVENT_ID,
      NOW,
    );

    expect(event.properties).toEqual({});
  });

  it.each([
    'linkedin-company',
    'linkedin-company-guest-foreign-hq',
    'linkedin-company-member-about',
    'github-org',
    'github-org-verified',
  ])('sends the %s sample as proposed, valid for the contract', (name) => {
    const { document, url } = loadFixture(name);
    const extraction = extractProfile(document, url);
    if (extraction.kind !== 'company') throw new Error(`${name} is not a company`);
    const proposal = proposeCompanyProperties(extraction);
    const values = Object.fromEntries(
      ACCOUNT_FIELDS.map((spec) => {
        const value = proposal.properties[spec.key];
        return [spec.key, Array.isArray(value) ? value.join('\n') : String(value ?? '')];
      }),
    );

    const event = buildGroupEnrichedEvent({ userId: 'u', groupId: 'g', values }, EVENT_ID, NOW);

    expect(groupEnrichedEventSchema.parse(event).properties).toEqual(proposal.properties);
  });
});

describe('account field validation', () => {
  const validate = (key: string, value: string) =>
    ACCOUNT_FIELDS.find((spec) => spec.key === key)!.validate!(value);

  it.each([
    ['enrichment_domain', 'kestrel-works.example', undefined],
    [
      'enrichment_domain',
      'https://kestrel-works.example/',
      'expected a domain such as example.com',
    ],
    ['enrichment_employees', '1204', undefined],
    ['enrichment_employees', '1,204', 'expected a whole number, e.g. 120'],
    ['enrichment_founder_year', '2016', undefined],
    ['enrichment_founder_year', '16', 'expected a four-digit year, e.g. 2016'],
    ['enrichment_employees_range', '51-200', undefined],
    ['enrichment_employees_range', '10,001+', undefined],
    ['enrichment_employees_range', 'many', 'expected a range such as 51-200'],
    ['enrichment_email_addresses', 'oss@lumenharbor.example\nhi@x.example', undefined],
    ['enrichment_email_addresses', 'not-an-address', 'not an e-mail address: not-an-address'],
    ['enrichment_crunchbase_handle', 'kestrel-works', undefined],
    ['enrichment_logo', 'javascript:alert(1)', 'not a web URL'],
  ])('%s %j → %j', (key, value, message) => {
    expect(validate(key, value)).toBe(message);
  });
});
