/** Company values as the `group_enriched` event carries them, from what a page writes. */
import { employerDomain, registrableDomain } from './domain';

/** Query parameters that only track the click (`utm_*`, LinkedIn's `trk`, ad click ids). */
const TRACKING_PARAMETER = /^(utm_\w+|trk\w*|trackingid|fbclid|gclid|msclkid|mc_[ce]id|lipi)$/i;

/** An address without tracking parameters; an address that does not parse is kept. */
export function withoutTracking(address: string): string {
  if (!URL.canParse(address)) return address;
  const url = new URL(address);
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key);
  }

  return url.href.replace(/\?$/, '');
}

/** The company's domain and the raw field it came from. */
export interface CompanyDomain {
  domain: string;
  from: 'verifiedDomains' | 'websites';
}

/**
 * The registrable domain of a verified domain, else of the first website that is the
 * company's own (a LinkedIn, GitHub or social profile link is not).
 */
export function companyDomain(
  verifiedDomains: string[] = [],
  websites: string[] = [],
): CompanyDomain | undefined {
  const verified = verifiedDomains.map((domain) => registrableDomain(`https://${domain}`))[0];
  if (verified) return { domain: verified, from: 'verifiedDomains' };
  const website = websites.map((site) => employerDomain({ employerWebsite: site })).find(Boolean);

  return website ? { domain: website, from: 'websites' } : undefined;
}

/** A number written with or without thousands separators (`1,204`, `1.204`, `1 204`). */
function readWholeNumber(written: string): number | undefined {
  const value = written.trim();
  if (!/^\d{1,3}(?:[,.\s]\d{3})*$|^\d+$/.test(value)) return undefined;
  const count = Number(value.replace(/\D/g, ''));

  // Past 2^53 it is no real count, and not exact; a page's 400 digits would be Infinity.
  return Number.isSafeInteger(count) ? count : undefined;
}

/** A company size: a range as written (`51-200`, `10,001+`), or an exact count. */
export interface EmployeeSize {
  range?: string;
  count?: number;
}

/**
 * The word after a size, in the page's language (`employees`, `Beschäftigte`, `salariés`,
 * `empleados`): LinkedIn localizes it, and the number before it is all that is kept.
 */
const SIZE_UNIT = /\s*\p{L}[\p{L}\s.]*$/u;

/**
 * A size as the page writes it, without the trailing `employees`: `51-200 employees` is the
 * range `51-200`; `1,204 employees` is an exact count. A count is never made up from a range.
 */
export function readEmployeeSize(written: string | undefined): EmployeeSize {
  const value = written?.trim().replace(SIZE_UNIT, '').trim() ?? '';
  if (/^\d[\d,.\s]*\s*[-–]\s*\d[\d,.\s]*$|^\d[\d,.]*\s*\+$/.test(value)) return { range: value };
  const count = readWholeNumber(value);

  return count === undefined ? {} : { count };
}

/** An exact head count written as a whole number, e.g. `1204`. */
export function readEmployeeCount(written: string | undefined): number | undefined {
  return written === undefined ? undefined : readWholeNumber(written);
}

/** The four-digit year of a founding date as written (`2016`, `2016-03-01`, `Founded 2016`). */
export function readFoundedYear(written: string | undefined): number | undefined {
  const year = Number(written?.match(/(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)/)?.[1]);

  return Number.isInteger(year) ? year : undefined;
}

/**
 * Specialties as tags. LinkedIn writes one list (`Drones, inspection, and offshore wind`):
 * split at commas and semicolons, and the list's final `and` dropped; an `and` inside an
 * item (`Research and development`) stays.
 */
export function splitSpecialties(written: string[] = []): string[] {
  const tags = written
    .flatMap((item) => item.split(/\s*[,;]\s*/))
    .map((tag) => tag.replace(/^and\s+/i, '').trim())
    .filter(Boolean);

  return [...new Set(tags)];
}

/** The organization slug of a `crunchbase.com/organization/<slug>` link. */
export function crunchbaseHandle(link: string): string | undefined {
  if (!URL.canParse(link)) return undefined;
  const url = new URL(link);
  const [section, slug, ...rest] = url.pathname.split('/').filter(Boolean);
  const isCrunchbase = /^(www\.)?crunchbase\.com$/i.test(url.hostname);

  return isCrunchbase && section === 'organization' && slug && rest.length === 0 ? slug : undefined;
}
