/** LinkedIn addresses: profile slugs, the canonical profile URL, the redirect wrapper. */

/** Whether a host name is LinkedIn's, including regional subdomains like `es.`. */
export function isLinkedinHost(hostname: string): boolean {
  const host = hostname.toLowerCase();

  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/** Decodes a path segment; a malformed escape leaves it as written. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The member slug of a LinkedIn profile address (`/in/<slug>`, any trailing path such as
 * `/overlay/contact-info/`), lower-cased because LinkedIn treats slugs case-insensitively.
 */
export function readLinkedinProfileSlug(url: URL): string | undefined {
  return readLinkedinSlug(url, 'in');
}

/**
 * The slug after a LinkedIn section (`/in/<slug>`, `/company/<slug>`), decoded and
 * lower-cased, whatever follows it; `undefined` on another host or section.
 */
export function readLinkedinSlug(url: URL, section: string): string | undefined {
  if (!isLinkedinHost(url.hostname)) return undefined;
  const [first, slug] = url.pathname.split('/').filter(Boolean);
  if (first !== section || !slug) return undefined;

  return decodeSegment(slug).toLowerCase();
}

/** The same slug read from any string that may be a LinkedIn profile address. */
export function readLinkedinSlugFromText(text: string): string | undefined {
  try {
    return readLinkedinProfileSlug(new URL(text));
  } catch {
    return undefined;
  }
}

/** `https://www.linkedin.com/in/<slug>`: regional hosts become `www`, no query, no tail. */
export function canonicalLinkedinProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}`;
}

/**
 * The target of LinkedIn's outbound wrapper (`/redir/redirect?url=…`), which guest pages
 * put around every external website; any other address is returned as given.
 */
export function unwrapLinkedinRedirect(href: string): string {
  try {
    const url = new URL(href);
    const target = url.searchParams.get('url');
    const isWrapper = isLinkedinHost(url.hostname) && url.pathname.startsWith('/redir/');

    return isWrapper && target ? target : href;
  } catch {
    return href;
  }
}
