import { readLinkedinCompanySlug } from '../extract/linkedin-company-url';
import type { AccountSummary } from './account';

/** What names an account before it has a `group_id`: its page and its domain. */
export interface AccountIdentity {
  /** The company page's canonical URL. */
  profileUrl: string;
  /** The company's own registrable domain, when the page gives one. */
  domain?: string;
}

/** A domain as compared and written into ids: lower case, no `www.`, no final dot. */
export function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/**
 * A readable, stable `group_id` for an account: `domain:<domain>` when the company's own
 * domain is known, because the same company captured from LinkedIn and from GitHub meets
 * there and a person's employer domain names it too; else the page it was captured from,
 * `linkedin-company:<slug>`, `github-org:<login>` or `web:<host><path>`.
 */
export function deriveGroupId(identity: AccountIdentity): string {
  if (identity.domain?.trim()) return `domain:${normalizeDomain(identity.domain)}`;
  const url = new URL(identity.profileUrl);
  const linkedinSlug = readLinkedinCompanySlug(url);
  if (linkedinSlug) return `linkedin-company:${linkedinSlug}`;
  const segments = url.pathname.split('/').filter(Boolean);
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'github.com' && segments[0]) return `github-org:${segments[0].toLowerCase()}`;

  return `web:${host}${segments.length > 0 ? `/${segments.join('/')}` : ''}`;
}

/**
 * The `group_id` proposed for a company page: an account captured before from the same page
 * keeps its id (even if its domain was found later), then one with the same domain, else a
 * new id from `deriveGroupId`. Returns the known account too, to say it was seen before.
 */
export function proposeAccountGroupId(
  identity: AccountIdentity,
  accounts: AccountSummary[],
): { groupId: string; known?: AccountSummary } {
  const domain = identity.domain ? normalizeDomain(identity.domain) : undefined;
  const known =
    accounts.find((account) => account.profileUrl === identity.profileUrl) ??
    accounts.find(
      (account) => domain && account.domain && normalizeDomain(account.domain) === domain,
    );

  return known ? { groupId: known.groupId, known } : { groupId: deriveGroupId(identity) };
}
