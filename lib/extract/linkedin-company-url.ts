/** LinkedIn company addresses: the slug of `/company/<slug>` and its canonical URL. */
import { isLinkedinHost } from './linkedin-url';

/** `/company/<slug>` paths that are LinkedIn features, not a company. */
const RESERVED_SLUGS = new Set(['setup', 'unavailable']);

/** Decodes a path segment; a malformed escape leaves it as written. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The slug of a LinkedIn company address, lower-cased as LinkedIn treats it. Every tab of
 * the page (`/about/`, `/life/`, `/people/`, `/posts/`, …) names the same company.
 */
export function readLinkedinCompanySlug(url: URL): string | undefined {
  if (!isLinkedinHost(url.hostname)) return undefined;
  const [section, slug] = url.pathname.split('/').filter(Boolean);
  if (section !== 'company' || !slug) return undefined;
  const decoded = decodeSegment(slug).toLowerCase();

  return RESERVED_SLUGS.has(decoded) ? undefined : decoded;
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
