/** LinkedIn company addresses: the slug of `/company/<slug>` and its canonical URL. */
import { readLinkedinSlug } from './linkedin-url';

/** `/company/<slug>` paths that are LinkedIn features, not a company. */
const RESERVED_SLUGS = new Set(['setup', 'unavailable']);

/**
 * The slug of a LinkedIn company address, lower-cased as LinkedIn treats it. Every tab of
 * the page (`/about/`, `/life/`, `/people/`, `/posts/`, …) names the same company.
 */
export function readLinkedinCompanySlug(url: URL): string | undefined {
  const slug = readLinkedinSlug(url, 'company');

  return slug && !RESERVED_SLUGS.has(slug) ? slug : undefined;
}

/** The same slug read from any string that may be a LinkedIn company address. */
export function readLinkedinCompanySlugFromText(text: string): string | undefined {
  try {
    return readLinkedinCompanySlug(new URL(text));
  } catch {
    return undefined;
  }
}

/** `https://www.linkedin.com/company/<slug>`: regional hosts become `www`, no tab, no query. */
export function canonicalLinkedinCompanyUrl(slug: string): string {
  return `https://www.linkedin.com/company/${encodeURIComponent(slug)}`;
}
