import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../lib/accounts/account';
import {
  buildGroupChoices,
  describeGroupChoice,
  searchGroupChoices,
} from '../../../lib/accounts/group-choices';

const ACCOUNTS: AccountSummary[] = [
  {
    groupId: 'github-org:lumenharbor',
    name: 'Lumen Harbor OSS',
    domain: 'lumenharbor.example',
    lastCapturedAt: '2026-12-01T09:00:00.000Z',
  },
  {
    groupId: 'domain:kestrel-works.example',
    name: 'Kestrel Works',
    domain: 'kestrel-works.example',
    lastCapturedAt: '2026-12-01T10:00:00.000Z',
  },
];

describe('buildGroupChoices', () => {
  it('lists recent groups first, then accounts latest first, then suggestions, once each', () => {
    const choices = buildGroupChoices(ACCOUNTS, ['acme', 'github-org:lumenharbor'], ['extra']);

    expect(choices.map((choice) => choice.groupId)).toEqual([
      'acme',
      'github-org:lumenharbor',
      'domain:kestrel-works.example',
      'extra',
    ]);
    expect(choices[1]).toEqual({
      groupId: 'github-org:lumenharbor',
      name: 'Lumen Harbor OSS',
      domain: 'lumenharbor.example',
    });
  });

  it('leaves out a bare employer domain that a captured account stands for', () => {
    const choices = buildGroupChoices(ACCOUNTS, [], ['kestrel-works.example', undefined]);

    expect(choices.map((choice) => choice.groupId)).not.toContain('kestrel-works.example');
    expect(choices).toHaveLength(2);
  });
});

describe('searchGroupChoices', () => {
  const choices = buildGroupChoices(ACCOUNTS, ['seaharbor']);

  it('finds an account by the start of its name, ignoring case and accents', () => {
    expect(searchGroupChoices(choices, 'KÉS')[0]?.groupId).toBe('domain:kestrel-works.example');
  });

  it('finds an account by its domain', () => {
    expect(searchGroupChoices(choices, 'lumenharbor.ex').map((c) => c.groupId)).toEqual([
      'github-org:lumenharbor',
    ]);
  });

  it('ranks a name that starts with the query before one that only contains it', () => {
    const found = searchGroupChoices(choices, 'harbor').map((choice) => choice.groupId);

    expect(found).toEqual(['github-org:lumenharbor', 'seaharbor']);
  });

  it('finds a group by its id', () => {
    expect(searchGroupChoices(choices, 'github-org')[0]?.groupId).toBe('github-org:lumenharbor');
  });

  it('returns every choice for an empty query and none for a stranger', () => {
    expect(searchGroupChoices(choices, '  ')).toEqual(choices);
    expect(searchGroupChoices(choices, 'zzz')).toEqual([]);
  });
});

describe('describeGroupChoice', () => {
  it('joins the name, domain and id without repeating a bare id', () => {
    expect(describeGroupChoice({ groupId: 'acme' })).toBe('acme');
    expect(
      describeGroupChoice({ groupId: 'domain:a.example', name: 'A', domain: 'a.example' }),
    ).toBe('A · a.example · domain:a.example');
  });
});
