import { foldForMatch } from '../normalize/fold';
import { byLatestCapture, type AccountSummary } from './account';
import { normalizeDomain } from './group-id';

/**
 * Legal forms that profiles add or leave out at will (`Kestrel Works B.V.` on a person's
 * page, `Kestrel Works` on the company's), compared once folded (dots removed).
 */
const LEGAL_FORMS = new Set([
  'ab',
  'ag',
  'aps',
  'as',
  'bv',
  'co',
  'corp',
  'corporation',
  'gmbh',
  'inc',
  'incorporated',
  'kg',
  'kk',
  'limited',
  'llc',
  'llp',
  'lp',
  'ltd',
  'ltda',
  'nv',
  'oy',
  'oyj',
  'plc',
  'pty',
  'sa',
  'sarl',
  'sas',
  'sl',
  'spa',
  'srl',
]);

/** `GmbH & Co. KG`, Polish `sp. z o.o.` and other multi-word forms, once folded. */
const MULTI_WORD_LEGAL_FORM =
  /\s(gmbh and co kg|and co kg|and co|sp z oo|s de rl de cv|s de rl|sa de cv)$/;

/**
 * A company name folded for comparison: case, accents, punctuation and a trailing legal
 * form do not count, `&` is `and`; `Harrow & Finch, Ltd.` and `harrow and finch` meet.
 * A name made only of legal-form words is kept whole rather than emptied.
 */
export function normalizeCompanyName(name: string): string {
  const words = foldForMatch(name.replace(/&/g, ' and '))
    .replace(MULTI_WORD_LEGAL_FORM, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1)!)) words.pop();

  return words.join(' ');
}

/** A person's employer as the capture form holds it. */
export interface Employer {
  name?: string;
  domain?: string;
}

/** A known account that matches an employer, and what matched. */
export interface AccountMatch {
  account: AccountSummary;
  by: 'domain' | 'name';
}

/**
 * The captured account a person's employer belongs to: the same domain first (a domain is
 * the company's own), else the same normalized name. Of several, the latest captured wins.
 */
export function matchEmployerAccount(
  employer: Employer,
  accounts: AccountSummary[],
): AccountMatch | undefined {
  const latestFirst = [...accounts].sort(byLatestCapture);
  const domain = employer.domain?.trim() ? normalizeDomain(employer.domain) : undefined;
  const byDomain = domain
    ? latestFirst.find((account) => account.domain && normalizeDomain(account.domain) === domain)
    : undefined;
  if (byDomain) return { account: byDomain, by: 'domain' };

  const name = employer.name?.trim() ? normalizeCompanyName(employer.name) : undefined;
  const byName = name
    ? latestFirst.find((account) => account.name && normalizeCompanyName(account.name) === name)
    : undefined;

  return byName ? { account: byName, by: 'name' } : undefined;
}
