import { describe, expect, it } from 'vitest';
import { matchesSearch, searchPage, searchTerms } from '../../../lib/history/search';
import { historyRecord } from './history-records';

const ines = historyRecord();
const held = historyRecord({
  state: 'held',
  heldReason: 'event 0: blocked by policy',
  event: {
    event_name: 'user_enriched',
    user_id: 'github:tomas-lind',
    timestamp: '2024-10-21T12:30:08.276Z',
    properties: { enrichment_full_name: 'Tomás Lind', enrichment_city: 'Göteborg' },
    context: { group_id: 'north-quay-labs' },
  },
});

const matches = (query: string, record = ines) => matchesSearch(record, searchTerms(query));

describe('matchesSearch', () => {
  it.each([
    ['a name without its accents', 'ines moreau'],
    ['a user_id', 'linkedin:ines-moreau'],
    ['a group_id', 'quayside-works'],
    ['an employer', 'QUAYSIDE'],
    ['a title', 'platform lead'],
    ['a phone', '+48125550124'],
    ['the event id', ines.id.slice(0, 8)],
    ['the response id', 'resp-0001'],
  ])('finds a capture by %s', (_what, query) => {
    expect(matches(query)).toBe(true);
  });

  it('finds a held capture by its reason', () => {
    expect(matches('blocked policy', held)).toBe(true);
    expect(matches('goteborg', held)).toBe(true);
  });

  it('needs every word of the search', () => {
    expect(matches('ines lind')).toBe(false);
  });

  it('matches everything with an empty search', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(matches('')).toBe(true);
  });
});

describe('searchPage', () => {
  const records = Array.from({ length: 120 }, (_, index) =>
    historyRecord({ responseId: `resp-${index}` }),
  );

  it('cuts the matching records to one page and counts them all', () => {
    const page = searchPage(records, { query: 'ines', offset: 50, limit: 50 });

    expect(page.total).toBe(120);
    expect(page.offset).toBe(50);
    expect(page.records).toEqual(records.slice(50, 100));
  });

  it('shows the last page when asked for one past the end', () => {
    const page = searchPage(records, { query: '', offset: 500, limit: 50 });

    expect(page.offset).toBe(100);
    expect(page.records).toHaveLength(20);
  });

  it('answers an empty page at 0 when nothing matches', () => {
    expect(searchPage(records, { query: 'nobody', offset: 50, limit: 50 })).toEqual({
      total: 0,
      offset: 0,
      records: [],
    });
  });
});
