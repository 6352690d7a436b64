import { describe, expect, it } from 'vitest';
import type { PersonExtraction } from '../../../../lib/extract/types';
import { proposeProperties } from '../../../../lib/normalize/propose';

/** A person extraction with one position, read from structured data. */
function withTitle(title?: string): PersonExtraction {
  return {
    kind: 'person',
    source: 'schema-person',
    profileUrl: 'https://people.example/jo',
    fields: { displayName: 'Jo Example', positions: [{ title, employerName: 'Example Co' }] },
    origins: { displayName: 'structured-data', positions: 'structured-data' },
  };
}

describe('proposeProperties with a job title', () => {
  it('proposes role, sub-role and seniority derived from the title', () => {
    const proposal = proposeProperties(withTitle('Senior Backend Engineer'));

    expect(proposal.properties).toMatchObject({
      enrichment_employment_title: 'Senior Backend Engineer',
      enrichment_employment_role: 'Engineering',
      enrichment_employment_sub_role: 'Backend Engineering',
      enrichment_employment_seniority: 'Senior',
    });
    expect(proposal.origins).toMatchObject({
      enrichment_employment_title: 'structured-data',
      enrichment_employment_role: 'derived',
      enrichment_employment_sub_role: 'derived',
      enrichment_employment_seniority: 'derived',
    });
  });

  it('proposes only the parts an ambiguous title names', () => {
    const proposal = proposeProperties(withTitle('Founder'));

    expect(proposal.properties.enrichment_employment_seniority).toBe('Executive');
    expect(proposal.properties).not.toHaveProperty('enrichment_employment_role');
    expect(proposal.missing).toContain('enrichment_employment_role');
  });

  it('proposes none of them without a title', () => {
    const proposal = proposeProperties(withTitle(undefined));

    expect(proposal.properties).not.toHaveProperty('enrichment_employment_role');
    expect(proposal.properties).not.toHaveProperty('enrichment_employment_sub_role');
    expect(proposal.properties).not.toHaveProperty('enrichment_employment_seniority');
  });
});
