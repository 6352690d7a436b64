import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../lib/accounts/account';
import { matchEmployerAccount, normalizeCompanyName } from '../../../lib/accounts/match-account';

function account(groupId: string, overrides: Partial<AccountSummary> = {}): AccountSummary {
  return { groupId, lastCapturedAt: '2026-12-01T10:00:00.000Z', ...overrides };
}

const KESTREL = account('domain:kestrel-works.example', {
  name: 'Kestrel Works',
  domain: 'kestrel-works.example',
});
const LUMEN = account('github-org:lumenharbor', { name: 'Lumen Harbor OSS' });

describe('normalizeCompanyName', () => {
  it.each([
    ['Kestrel Works B.V.', 'kestrel works'],
    ['Harrow & Finch, Ltd.', 'harrow and finch'],
    ['Cítrica Software S.L.', 'citrica software'],
    ['Kranwerk Logistik GmbH & Co. KG', 'kranwerk logistik'],
    ['Norrsken Freight AB', 'norrsken freight'],
    ['Wisła Data sp. z o.o.', 'wisla data'],
    ['  ACME   Robotics, Inc ', 'acme robotics'],
  ])('folds %j to %j', (written, folded) => {
    expect(normalizeCompanyName(written)).toBe(folded);
  });

  it('keeps a name made only of legal-form words', () => {
    expect(normalizeCompanyName('Company')).toBe('company');
  });

  it('keeps a legal-form word that is not at the end', () => {
    expect(normalizeCompanyName('AB Volvo Penta')).toBe('ab volvo penta');
  });
});

describe('matchEmployerAccount', () => {
  it('matches the account with the employer domain', () => {
    const match = matchEmployerAccount({ domain: 'Kestrel-Works.example' }, [LUMEN, KESTREL]);

    expect(match).toEqual({ account: KESTREL, by: 'domain' });
  });

  it('matches the account with the same normalized name', () => {
    const match = matchEmployerAccount({ name: 'Kestrel Works B.V.' }, [LUMEN, KESTREL]);

    expect(match).toEqual({ account: KESTREL, by: 'name' });
  });

  it('prefers a domain match over a name match', () => {
    const namesake = account('linkedin-company:kestrel', { name: 'Kestrel Works' });

    const match = matchEmployerAccount({ name: 'Kestrel Works', domain: 'kestrel-works.example' }, [
      namesake,
      KESTREL,
    ]);

    expect(match?.account).toBe(KESTREL);
  });

  it('takes the latest captured of two accounts with the same name', () => {
    const older = account('a', {
      name: 'Tidewater Systems',
      lastCapturedAt: '2026-01-01T00:00:00Z',
    });
    const newer = account('b', {
      name: 'Tidewater Systems',
      lastCapturedAt: '2026-06-01T00:00:00Z',
    });

    expect(matchEmployerAccount({ name: 'Tidewater Systems' }, [older, newer])?.account).toBe(
      newer,
    );
  });

  it('does not take a longer name for the same company', () => {
    expect(matchEmployerAccount({ name: 'Lumen Harbor' }, [LUMEN])).toBeUndefined();
  });

  it('matches nothing for an employer without name or domain', () => {
    expect(matchEmployerAccount({ name: ' ', domain: '' }, [KESTREL])).toBeUndefined();
  });

  it('does not match an account without a domain on an empty employer domain', () => {
    const noDomain = account('x', { name: 'Other' });

    expect(matchEmployerAccount({ domain: 'other.example' }, [noDomain])).toBeUndefined();
  });
});
