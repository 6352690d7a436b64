import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../lib/accounts/account';
import {
  deriveGroupId,
  normalizeDomain,
  proposeAccountGroupId,
} from '../../../lib/accounts/group-id';

const KESTREL_PAGE = 'https://www.linkedin.com/company/kestrel-works';

function account(overrides: Partial<AccountSummary> = {}): AccountSummary {
  return {
    groupId: 'domain:kestrel-works.example',
    name: 'Kestrel Works',
    domain: 'kestrel-works.example',
    profileUrl: KESTREL_PAGE,
    lastCapturedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

describe('deriveGroupId', () => {
  it('names an account with a domain by that domain', () => {
    expect(deriveGroupId({ profileUrl: KESTREL_PAGE, domain: 'Kestrel-Works.example' })).toBe(
      'domain:kestrel-works.example',
    );
  });

  it('names a LinkedIn company without a domain by its slug', () => {
    const profileUrl = 'https://www.linkedin.com/company/kestrel-works/about/';

    expect(deriveGroupId({ profileUrl })).toBe('linkedin-company:kestrel-works');
  });

  it('names a GitHub organization without a domain by its login, lower-cased', () => {
    expect(deriveGroupId({ profileUrl: 'https://github.com/LumenHarbor' })).toBe(
      'github-org:lumenharbor',
    );
  });

  it('names any other page by its host and path', () => {
    expect(deriveGroupId({ profileUrl: 'https://www.example.org/about/team' })).toBe(
      'web:example.org/about/team',
    );
  });

  it('ignores a domain that is only white space', () => {
    expect(deriveGroupId({ profileUrl: KESTREL_PAGE, domain: '  ' })).toBe(
      'linkedin-company:kestrel-works',
    );
  });
});

describe('normalizeDomain', () => {
  it('lower-cases and drops www. and a final dot', () => {
    expect(normalizeDomain(' WWW.Example.COM. ')).toBe('example.com');
  });
});

describe('proposeAccountGroupId', () => {
  it('derives a new id for a company never captured', () => {
    const proposal = proposeAccountGroupId({ profileUrl: KESTREL_PAGE }, []);

    expect(proposal).toEqual({ groupId: 'linkedin-company:kestrel-works' });
  });

  it('keeps the id of an account captured before from the same page', () => {
    const known = account({ groupId: 'linkedin-company:kestrel-works', domain: undefined });

    const proposal = proposeAccountGroupId(
      { profileUrl: KESTREL_PAGE, domain: 'kestrel-works.example' },
      [known],
    );

    expect(proposal).toEqual({ groupId: 'linkedin-company:kestrel-works', known });
  });

  it('reuses the account of the same domain captured from another site', () => {
    const known = account();

    const proposal = proposeAccountGroupId(
      { profileUrl: 'https://github.com/kestrel-works', domain: 'KESTREL-WORKS.example' },
      [known],
    );

    expect(proposal.groupId).toBe('domain:kestrel-works.example');
  });
});
