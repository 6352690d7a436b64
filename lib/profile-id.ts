import { readLinkedinProfileSlug } from './extract/linkedin-url';

/**
 * A stable `user_id` proposal derived from a profile's canonical URL, readable so that the
 * user recognises it: `linkedin:<slug>`, `github:<login>`, else `web:<host><path>`.
 * The same profile always yields the same id, whatever regional host or query it was on.
 */
export function deriveUserId(profileUrl: string): string {
  const url = new URL(profileUrl);
  const host = url.hostname.replace(/^www\./, '');
  const segments = url.pathname.split('/').filter(Boolean);

  const linkedinSlug = readLinkedinProfileSlug(url);
  if (linkedinSlug) return `linkedin:${linkedinSlug}`;
  if (host === 'github.com' && segments[0]) {
    return `github:${segments[0].toLowerCase()}`;
  }
  const path = segments.length > 0 ? `/${segments.join('/')}` : '';

  return `web:${host}${path}`;
}
