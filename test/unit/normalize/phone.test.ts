import { describe, expect, it } from 'vitest';
import { normalizePhones, toE164 } from '../../../lib/normalize/phone';

describe('normalizePhones', () => {
  it('writes international numbers in E.164', () => {
    expect(normalizePhones(['+48 12 555 01 23', '+233 30 221 5400'])).toEqual({
      phones: ['+48125550123', '+233302215400'],
      needsReview: [],
    });
  });

  it('reads a local number in the profile country', () => {
    expect(toE164('030 221 5400', 'GH')).toBe('+233302215400');
    expect(toE164('(415) 555-0100', 'us')).toBe('+14155550100');
  });

  it('keeps an invalid number as written and flags it for review', () => {
    expect(normalizePhones(['12345', '+48 12 555 01 23'], 'PL')).toEqual({
      phones: ['12345', '+48125550123'],
      needsReview: ['12345'],
    });
  });

  it('keeps a local number unflagged only when a country tells how to read it', () => {
    expect(normalizePhones(['030 221 5400']).needsReview).toEqual(['030 221 5400']);
  });

  it('lists the same number written twice once', () => {
    expect(normalizePhones(['+48 12 555 01 23', '+48125550123']).phones).toEqual(['+48125550123']);
  });
});
