/**
 * Open Graph `profile` objects (https://ogp.me/#type_profile): `profile:first_name` and
 * `profile:last_name` are the page owner's own name fields. `og:title` and `og:image` are
 * not read: sites fill them with a page title and a share card as often as with a name
 * and a photo, and `profile:username` names an account on this site only.
 */
import { readMeta, trimTrailingSlashes } from './text';
import type { RawPerson } from './types';

/** An address without fragment, query and trailing slash, for comparing. */
function comparable(address: string): string {
  return trimTrailingSlashes(address.replace(/[?#].*$/, '')).toLowerCase();
}

/** Given and family name of a page whose Open Graph type is `profile`, about this page. */
export function readOpenGraphProfile(document: Document, url: URL): RawPerson {
  if (readMeta(document, 'og:type')?.toLowerCase() !== 'profile') return {};
  const pageUrl = readMeta(document, 'og:url');
  // A profile object naming another address describes that page, not this one.
  if (pageUrl && comparable(pageUrl) !== comparable(url.href)) return {};

  return {
    givenName: readMeta(document, 'profile:first_name'),
    familyName: readMeta(document, 'profile:last_name'),
  };
}
