import { describe, expect, it } from 'vitest';
import { groupEnrichedPropertiesSchema } from '../../../lib/contract/event';
import type { CompanyExtraction } from '../../../lib/extract/types';
import { proposeCompanyProperties } from '../../../lib/normalize/propose-company';

/** A company extraction with the given fields, all read from the page's text. */
function extraction(fields: CompanyExtraction['fields']): CompanyExtraction {
  const origins = Object.fromEntries(Object.keys(fields).map((key) => [key, 'page-text']));

  return {
    kind: 'company',
    source: 'linkedin-company',
    profileUrl: 'https://www.linkedin.com/company/tarn-mills',
    fields,
    origins,
  };
}

describe('proposeCompanyProperties', () => {
  it('proposes the About fields as written, with typed year, tags and range', () => {
    const proposal = proposeCompanyProperties(
      extraction({
        name: 'Tarn Mills',
        industry: 'Textile Manufacturing',
        size: '201-500 employees',
        companyType: 'Privately Held',
        founded: '1987',
        specialties: ['wool, dyeing, and weaving'],
      }),
    );

    expect(proposal.properties).toEqual({
      enrichment_name: 'Tarn Mills',
      enrichment_industry: 'Textile Manufacturing',
      enrichment_employees_range: '201-500',
      enrichment_type: 'Privately Held',
      enrichment_founder_year: 1987,
      enrichment_tags: ['wool', 'dyeing', 'weaving'],
    });
    expect(groupEnrichedPropertiesSchema.safeParse(proposal.properties).success).toBe(true);
  });

  it('proposes a head count only when the page states one, never from a range', () => {
    const fromRange = proposeCompanyProperties(extraction({ name: 'T', size: '11-50 employees' }));
    const exact = proposeCompanyProperties(extraction({ name: 'T', employeeCount: '42' }));

    expect(fromRange.properties).not.toHaveProperty('enrichment_employees');
    expect(exact.properties.enrichment_employees).toBe(42);
  });

  it('writes a valid phone in E.164 for the company country and flags one that is not', () => {
    const valid = proposeCompanyProperties(
      extraction({ name: 'T', locality: 'Leeds', country: 'GB', phones: ['0113 496 0000'] }),
    );
    const invalid = proposeCompanyProperties(extraction({ name: 'T', phones: ['ext. 12'] }));

    expect(valid.properties.enrichment_phone).toBe('+441134960000');
    expect(valid.needsReview).toEqual([]);
    expect(invalid.properties.enrichment_phone).toBe('ext. 12');
    expect(invalid.needsReview).toEqual([
      expect.objectContaining({ key: 'enrichment_phone', value: 'ext. 12' }),
    ]);
  });

  it('reads X, Facebook and Crunchbase handles and e-mail addresses', () => {
    const proposal = proposeCompanyProperties(
      extraction({
        name: 'T',
        emails: ['hello@tarnmills.example', 'hello@tarnmills.example'],
        socialLinks: [
          'https://x.com/tarn_mills',
          'https://www.facebook.com/tarnmills.example',
          'https://www.crunchbase.com/organization/tarn-mills',
          'https://mastodon.example/@tarn',
        ],
      }),
    );

    expect(proposal.properties).toMatchObject({
      enrichment_email_addresses: ['hello@tarnmills.example'],
      enrichment_twitter_handle: '@tarn_mills',
      enrichment_facebook_handle: 'tarnmills.example',
      enrichment_crunchbase_handle: 'tarn-mills',
    });
    expect(proposal.extras.socialLinks).toEqual(['https://mastodon.example/@tarn']);
  });

  it('locates the headquarters, keeping the display string as written', () => {
    const proposal = proposeCompanyProperties(
      extraction({
        name: 'T',
        headquarters: 'Leeds, England',
        addresses: ['2 Wharf Street, Leeds, England LS2 7EQ, GB'],
      }),
    );

    expect(proposal.properties).toMatchObject({
      enrichment_location: 'Leeds, England',
      enrichment_city: 'Leeds',
      enrichment_country_code: 'GB',
      enrichment_street_address: '2 Wharf Street',
      enrichment_postal_code: 'LS2 7EQ',
    });
    expect(proposal.origins).toMatchObject({
      enrichment_city: 'page-text',
      enrichment_country: 'derived',
    });
  });

  it('lists what the page did not give, never the product-side plan keys', () => {
    const proposal = proposeCompanyProperties(extraction({ name: 'T' }));

    expect(proposal.missing).toContain('enrichment_domain');
    expect(proposal.missing).not.toContain('enrichment_name');
    expect(proposal.missing).not.toContain('planId');
  });

  it('offers websites without tracking parameters and without profile links', () => {
    const proposal = proposeCompanyProperties(
      extraction({
        name: 'T',
        websites: [
          'https://www.tarnmills.example/?utm_source=linkedin',
          'https://x.com/tarn_mills',
        ],
      }),
    );

    expect(proposal.properties.enrichment_domain).toBe('tarnmills.example');
    expect(proposal.extras.websites).toEqual(['https://www.tarnmills.example/']);
  });
});
