/**
 * Reads a person off a profile page. Pure DOM code: it runs in the content script, where
 * it must stay small, and in Node (tests, the CLI) on a jsdom document.
 */
import { extractGithubUser } from './github-user';
import { isLinkedinHost } from './linkedin-url';
import { extractLinkedinProfile } from './linkedin-public';
import { extractSchemaPerson } from './schema-person';
import type { Extraction } from './types';

export type * from './types';

/** The extractor for a page's address: LinkedIn, GitHub, else any schema.org Person. */
function chooseExtractor(url: URL): (document: Document, url: URL) => Extraction {
  const host = url.hostname.toLowerCase();
  if (isLinkedinHost(host)) return extractLinkedinProfile;
  if (host === 'github.com' || host === 'www.github.com') return extractGithubUser;

  return extractSchemaPerson;
}

/** The person a page shows, or `{kind: 'none', reason}`; never throws. */
export function extractProfile(document: Document, url: URL): Extraction {
  try {
    return chooseExtractor(url)(document, url);
  } catch {
    // Each extractor already isolates its layers; this only guards against the unforeseen.
    return { kind: 'none', reason: 'This page could not be read.' };
  }
}
