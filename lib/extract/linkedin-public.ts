/**
 * LinkedIn profiles, guest view first (JSON-LD, meta tags, top card) and the member view's
 * embedded API responses. Every layer is checked to describe the profile of this address:
 * guest pages also carry Persons for article authors, member pages stale responses.
 */
import { collectJsonLdNodes, hasType, readStrings, type JsonLdNode } from './json-ld';
import { mergeLayers, readLayer } from './layers';
import { readEmbeddedProfile } from './linkedin-embedded';
import { readTopCard, readTopCardCompany } from './linkedin-top-card';
import {
  canonicalLinkedinProfileUrl,
  isLinkedinHost,
  readLinkedinProfileSlug,
  readLinkedinSlugFromText,
} from './linkedin-url';
import { readPersonNode } from './person-node';
import { readMeta } from './text';
import type { Extraction, Position, RawPerson } from './types';

/** Whether a Person's `url` or `sameAs` is the profile with this slug. */
function isProfileOwner(person: JsonLdNode, slug: string): boolean {
  const addresses = [...readStrings(person, 'url'), ...readStrings(person, 'sameAs')];

  return addresses.some((address) => readLinkedinSlugFromText(address) === slug);
}

/** The JSON-LD Person of this profile; its own addresses are not websites. */
function readJsonLdPerson(document: Document, url: URL, slug: string): RawPerson {
  const nodes = collectJsonLdNodes(document);
  const owner = nodes.find((node) => hasType(node, 'Person') && isProfileOwner(node, slug));
  if (!owner) return {};
  const fields = readPersonNode(owner, url, nodes);

  return { ...fields, websites: fields.websites?.filter((site) => !isLinkedinUrl(site)) };
}

/** Whether an address is on LinkedIn. */
function isLinkedinUrl(address: string): boolean {
  try {
    return isLinkedinHost(new URL(address).hostname);
  } catch {
    return false;
  }
}

/** Given and family name from the Open Graph profile tags of the guest view. */
function readProfileMeta(document: Document, slug: string): RawPerson {
  const pageUrl = readMeta(document, 'og:url');
  if (pageUrl && readLinkedinSlugFromText(pageUrl) !== slug) return {};

  return {
    givenName: readMeta(document, 'profile:first_name'),
    familyName: readMeta(document, 'profile:last_name'),
  };
}

/**
 * Whether the member view's top card links to this profile. LinkedIn navigates without
 * reloading, so for a moment the address can be the new profile's and the card the old one.
 */
function showsProfile(document: Document, slug: string): boolean {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.pv-top-card a[href*="/in/"]')];
  if (links.length === 0) return pageAddressesMatch(document, slug);

  // `href` is the resolved address, so relative links like `/in/<slug>/overlay/…` compare.
  return links.some((link) => readLinkedinSlugFromText(link.href) === slug);
}

/**
 * Whether the page's own addresses (canonical link, `og:url`), when it has any, name this
 * profile. The guest view's top card has no profile link, so they tell a card left over
 * from the previous profile.
 */
function pageAddressesMatch(document: Document, slug: string): boolean {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const addresses = [canonical, readMeta(document, 'og:url')].filter((address): address is string =>
    Boolean(address),
  );

  return addresses.every((address) => readLinkedinSlugFromText(address) === slug);
}

/** The top card, when it shows this profile. */
function readTopCardOf(document: Document, slug: string): RawPerson {
  return showsProfile(document, slug) ? readTopCard(document) : {};
}

/** Positions with the one the top card names as current moved first. */
function putPrimaryFirst(positions: Position[], company: string | undefined): Position[] {
  const index = positions.findIndex((position) => position.employerName === company);
  const primary = positions[index];
  if (index <= 0 || !primary) return positions;

  return [primary, ...positions.filter((_, other) => other !== index)];
}

/** A person from a LinkedIn profile page; `none` for the feed, companies and the rest. */
export function extractLinkedinProfile(document: Document, url: URL): Extraction {
  const slug = readLinkedinProfileSlug(url);
  if (!slug) return { kind: 'none', reason: 'This LinkedIn page is not a member profile.' };

  const merged = mergeLayers([
    readLayer('json-ld', 'structured-data', () => readJsonLdPerson(document, url, slug)),
    readLayer('meta', 'structured-data', () => readProfileMeta(document, slug)),
    readLayer('embedded', 'structured-data', () => readEmbeddedProfile(document, slug)),
    readLayer('top-card', 'page-text', () => readTopCardOf(document, slug)),
  ]);
  if (!merged.fields.displayName && !merged.fields.givenName) {
    return { kind: 'none', reason: 'No profile is shown on this LinkedIn page yet.' };
  }
  const company = showsProfile(document, slug) ? readTopCardCompany(document) : undefined;
  const positions = putPrimaryFirst(merged.fields.positions ?? [], company);

  return {
    kind: 'person',
    source: 'linkedin-public',
    profileUrl: canonicalLinkedinProfileUrl(slug),
    fields: { ...merged.fields, positions },
    origins: merged.origins,
  };
}
