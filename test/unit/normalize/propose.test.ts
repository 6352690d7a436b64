import { describe, expect, it } from 'vitest';
import type { PersonExtraction } from '../../../lib/extract/types';
import { proposeProperties } from '../../../lib/normalize/propose';

/** A person extraction with the given fields, all read from structured data. */
function extraction(
  fields: PersonExtraction['fields'],
  source: PersonExtraction['source'] = 'schema-person',
): PersonExtraction {
  const origins = Object.fromEntries(Object.keys(fields).map((key) => [key, 'structured-data']));

  return { kind: 'person', source, profileUrl: 'https://people.example/jo', fields, origins };
}

describe('proposeProperties', () => {
  it('proposes the primary position and offers the others to pick from', () => {
    const proposal = proposeProperties(
      extraction({
        positions: [
          { title: 'CTO', employerName: 'Main Co', employerWebsite: 'https://www.main.example/' },
          { title: 'Advisor', employerName: 'Side Co' },
        ],
      }),
    );

    expect(proposal.properties).toMatchObject({
      enrichment_employment_title: 'CTO',
      enrichment_employment_name: 'Main Co',
      enrichment_employment_domain: 'main.example',
    });
    expect(proposal.otherPositions).toEqual([{ title: 'Advisor', employerName: 'Side Co' }]);
  });

  it('derives role and seniority from the title, marked derived, and nothing it cannot', () => {
    const proposal = proposeProperties(extraction({ positions: [{ title: 'Senior Engineer' }] }));

    expect(proposal.properties).toMatchObject({
      enrichment_employment_role: 'Engineering',
      enrichment_employment_seniority: 'Senior',
    });
    expect(proposal.origins.enrichment_employment_seniority).toBe('derived');
  });

  it('records where each property came from, derived ones included', () => {
    const proposal = proposeProperties(
      extraction({ displayName: 'Jo Example', country: 'NO', emails: ['jo@gmail.com'] }),
    );

    expect(proposal.origins).toMatchObject({
      enrichment_full_name: 'structured-data',
      enrichment_first_name: 'derived',
      enrichment_country_code: 'structured-data',
      enrichment_country: 'derived',
      enrichment_email_provider: 'derived',
    });
    expect(proposal.properties.enrichment_email_provider).toBe('Gmail');
  });

  it('lists as missing every contract key without a value, except the save-time dates', () => {
    const proposal = proposeProperties(extraction({ displayName: 'Jo Example' }));

    expect(proposal.missing).not.toContain('enrichment_full_name');
    expect(proposal.missing).not.toContain('enrichment_active_at');
    expect(proposal.missing).not.toContain('enrichment_inactive_at');
    expect(proposal.missing).toContain('enrichment_phone');
  });

  it('keeps the name as written and cleans the proposed one', () => {
    const proposal = proposeProperties(extraction({ displayName: 'Dr. Jo Example, PhD' }));

    expect(proposal.nameAsWritten).toBe('Dr. Jo Example, PhD');
    expect(proposal.properties.enrichment_full_name).toBe('Jo Example');
  });

  it('flags a phone number that is not valid for the profile country', () => {
    const proposal = proposeProperties(extraction({ country: 'PL', phones: ['555'] }));

    expect(proposal.properties.enrichment_phone).toEqual(['555']);
    expect(proposal.needsReview).toEqual([
      { key: 'enrichment_phone', value: '555', reason: expect.any(String) },
    ]);
  });

  it('reads handles from links and shows other links and websites as extras', () => {
    const proposal = proposeProperties(
      extraction({
        websites: ['https://jo.example/'],
        socialLinks: [
          'https://x.com/jo_example',
          'https://github.com/jo-example',
          'https://mastodon.example/@jo',
        ],
        emails: ['jo@jo.example'],
        bio: 'Builds things.',
      }),
    );

    expect(proposal.properties).toMatchObject({
      enrichment_twitter_handle: '@jo_example',
      enrichment_github_handle: 'jo-example',
    });
    expect(proposal.extras).toEqual({
      websites: ['https://jo.example/', 'https://mastodon.example/@jo'],
      emails: ['jo@jo.example'],
      bio: 'Builds things.',
    });
    expect(proposal.properties).not.toHaveProperty('enrichment_email_provider');
  });

  it('proposes the LinkedIn profile address itself as the handle of a LinkedIn page', () => {
    const linkedin = {
      ...extraction({ displayName: 'Jo Example' }, 'linkedin-public'),
      profileUrl: 'https://www.linkedin.com/in/jo-example',
    };

    const proposal = proposeProperties(linkedin);

    expect(proposal.properties.enrichment_linkedin_handle).toBe(
      'https://www.linkedin.com/in/jo-example',
    );
  });

  it('proposes only keys with a value', () => {
    const proposal = proposeProperties(extraction({ displayName: '  ', phones: [] }));

    expect(proposal.properties).toEqual({});
  });
});
