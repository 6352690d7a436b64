import { getDomain } from 'tldts';
import type { Position } from '../extract/types';

/** Hosts of profiles and code hosting, which never name an employer's own domain. */
const NOT_EMPLOYER_DOMAINS = new Set([
  'linkedin.com',
  'github.com',
  'github.io',
  'gitlab.com',
  'x.com',
  'twitter.com',
  'facebook.com',
  'instagram.com',
  'medium.com',
  'bit.ly',
  'lnkd.in',
  'linktr.ee',
]);

/** The registrable domain of an address (`https://www.acme.example/` → `acme.example`). */
export function registrableDomain(address: string): string | undefined {
  try {
    return getDomain(new URL(address).hostname) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The employer's domain, only from the employer website the page shows for the position;
 * never from the employer's name, a profile link or the person's own websites.
 */
export function employerDomain(position: Position | undefined, ownWebsites: string[] = []) {
  const domain = position?.employerWebsite && registrableDomain(position.employerWebsite);
  if (!domain || NOT_EMPLOYER_DOMAINS.has(domain)) return undefined;
  const ownDomains = ownWebsites.map(registrableDomain);

  return ownDomains.includes(domain) ? undefined : domain;
}
