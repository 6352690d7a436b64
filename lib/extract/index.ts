/**
 * Reads a person or a company off a profile page. Pure DOM code: it runs in the content
 * script, where it must stay small, and in Node (tests, the CLI) on a jsdom document.
 */
import { extractGithubOrg } from './github-org';
import { extractGithubUser } from './github-user';
import { readLinkedinCompanySlug } from './linkedin-company-url';
import { extractLinkedinCompany } from './linkedin-company';
import { isLinkedinHost } from './linkedin-url';
import { extractLinkedinProfile } from './linkedin-public';
import { extractSchemaPerson } from './schema-person';
import type { Extraction } from './types';

export type * from './types';

/**
 * A GitHub account page: an organization when its header says so, else a user. Both live
 * at `/<login>`, so the page's structure decides, not the address.
 */
function extractGithubAccount(document: Document, url: URL): Extraction {
  const organization = extractGithubOrg(document, url);

  return organization.kind === 'company' ? organization : extractGithubUser(document, url);
}

/** The extractor for a page's address: LinkedIn, GitHub, else any schema.org Person. */
function chooseExtractor(url: URL): (document: Document, url: URL) => Extraction {
  const host = url.hostname.toLowerCase();
  if (isLinkedinHost(host)) {
    return readLinkedinCompanySlug(url) ? extractLinkedinCompany : extractLinkedinProfile;
  }
  if (host === 'github.com' || host === 'www.github.com') return extractGithubAccount;

  return extractSchemaPerson;
}

/** The person or company a page shows, or `{kind: 'none', reason}`; never throws. */
export function extractProfile(document: Document, url: URL): Extraction {
  try {
    return chooseExtractor(url)(document, url);
  } catch {
    // Each extractor already isolates its layers; this only guards against the unforeseen.
    return { kind: 'none', reason: 'This page could not be read.' };
  }
}
