import { describe, expect, it } from 'vitest';
import { describeChange, listChanges } from '../../../lib/capture/changes';
import type { Proposal } from '../../../lib/normalize/propose';

function proposal(properties: Proposal['properties']): Proposal {
  return {
    kind: 'person',
    profileUrl: 'https://www.linkedin.com/in/ada-example',
    properties,
    extras: { websites: [], emails: [] },
    otherPositions: [],
    origins: {},
    missing: [],
    needsReview: [],
  };
}

describe('listChanges', () => {
  it('names the fields the page now proposes differently, with both values', () => {
    const now = proposal({
      enrichment_employment_title: 'Head of Data Platform',
      enrichment_city: 'Valencia',
    });

    const changes = listChanges(now, {
      enrichment_employment_title: 'Head of Data',
      enrichment_city: 'Valencia',
    });

    expect(changes.map(describeChange)).toEqual(['Title: Head of Data → Head of Data Platform']);
  });

  it('leaves out a field the page no longer shows, which says nothing about a change', () => {
    expect(listChanges(proposal({}), { enrichment_city: 'Valencia' })).toEqual([]);
  });

  it('compares phones as one list and marks a field that was empty before', () => {
    const now = proposal({ enrichment_phone: ['+48125550123', '+48125550124'] });

    const [change] = listChanges(now, {});

    expect(describeChange(change!)).toBe(
      'Phones (one per line): (empty) → +48125550123, +48125550124',
    );
  });
});
