/**
 * The page owner's microformats2 `h-card` (personal sites, IndieWeb themes). A page holds
 * many h-cards: post authors, commenters, the site's footer. Only a representative one
 * (http://microformats.org/wiki/representative-h-card-parsing) describes the page's
 * subject, and of its rules only the strictest is used: a top-level h-card whose `u-url`
 * or `u-uid` is this page. The `rel="me"` rule would also pick the site owner's footer card
 * on every post of the site, which are not profiles.
 */
import { readAttribute, readText, trimTrailingSlashes } from './text';
import type { RawPerson } from './types';

/** Whether an element is a microformats2 root (`h-card`, `h-entry`, `h-adr`, …). */
function isRoot(element: Element): boolean {
  return [...element.classList].some((name) => /^h-[a-z]/.test(name));
}

/** The nearest microformats root above an element, not counting the element itself. */
function parentRoot(element: Element): Element | undefined {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (isRoot(parent)) return parent;
  }

  return undefined;
}

/** The elements of a property (`p-name`, `u-url`) that belong to `root` itself. */
function ownProperties(root: Element, name: string): Element[] {
  return [...root.querySelectorAll(`.${name}`)].filter((element) => parentRoot(element) === root);
}

/** A `p-*` value: an image's `alt`, an `abbr`'s title, else the text. */
function readPlainValue(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  if (element.matches('img, area')) return readAttribute(element, 'alt');
  if (element.matches('abbr')) return readAttribute(element, 'title') ?? readText(element);

  return readText(element);
}

/** A `u-*` value: the link, image or object address resolved against the page. */
function readUrlValue(element: Element, base: URL): string | undefined {
  const value =
    readAttribute(element, element.matches('img, audio, video, source') ? 'src' : 'href') ??
    readText(element);
  if (!value || !URL.canParse(value, base)) return value;

  return new URL(value, base).href;
}

/** The first plain value of a property of `root`. */
function readPlain(root: Element, name: string): string | undefined {
  return ownProperties(root, name).map(readPlainValue).find(Boolean);
}

/** Every http(s) address of a `u-*` property of `root`. */
function readUrls(root: Element, name: string, base: URL): string[] {
  return ownProperties(root, name)
    .map((element) => readUrlValue(element, base))
    .filter((value): value is string => value !== undefined && /^https?:\/\//i.test(value));
}

/** An address without fragment and trailing slash, for comparing. */
function comparable(address: string): string {
  return trimTrailingSlashes(address.split('#')[0] ?? '').toLowerCase();
}

/** The top-level h-cards: not a property of a post, a comment or another card. */
function topLevelCards(document: Document): Element[] {
  return [...document.querySelectorAll('.h-card')].filter((card) => !parentRoot(card));
}

/** The top-level h-card whose `u-url` or `u-uid` is this page, if there is one. */
function findRepresentativeCard(document: Document, url: URL): Element | undefined {
  const page = comparable(url.href);
  const isThisPage = (card: Element) =>
    [...readUrls(card, 'u-uid', url), ...readUrls(card, 'u-url', url)].some(
      (address) => comparable(address) === page,
    );

  return topLevelCards(document).find(isThisPage);
}

/** The organization of a card: a nested `p-org h-card` with its own name and url, or text. */
function readOrganization(card: Element, base: URL): RawPerson['positions'] {
  const org = ownProperties(card, 'p-org')[0];
  const title = readPlain(card, 'p-job-title');
  if (!org) return title ? [{ title }] : [];
  const isCard = isRoot(org);
  const name = isCard ? (readPlain(org, 'p-name') ?? readText(org)) : readPlainValue(org);
  const website = isCard ? (readUrls(org, 'u-url', base)[0] ?? readUrlValue(org, base)) : undefined;

  return [{ title, employerName: name, employerWebsite: website }];
}

/** Locality, region and country from the card or its nested `p-adr h-adr`. */
function readAddress(card: Element): RawPerson {
  const sources = [card, ...ownProperties(card, 'p-adr').filter(isRoot)];
  const first = (name: string) => sources.map((source) => readPlain(source, name)).find(Boolean);

  return {
    locality: first('p-locality'),
    region: first('p-region'),
    country: first('p-country-name'),
  };
}

/** The raw fields of the page's representative h-card, or none. */
export function readMicroformatsCard(document: Document, url: URL): RawPerson {
  const card = findRepresentativeCard(document, url);
  if (!card) return {};
  const [website, ...profiles] = readUrls(card, 'u-url', url);

  return {
    displayName: readPlain(card, 'p-name'),
    givenName: readPlain(card, 'p-given-name'),
    familyName: readPlain(card, 'p-family-name'),
    positions: readOrganization(card, url),
    ...readAddress(card),
    avatarUrl: readUrls(card, 'u-photo', url)[0],
    phones: ownProperties(card, 'p-tel').map(readPlainValue).filter(isText),
    emails: readEmails(card),
    websites: website ? [website] : [],
    socialLinks: profiles,
    bio: readPlain(card, 'p-note'),
  };
}

/** E-mail addresses of `u-email`: a `mailto:` link without scheme and query, or text. */
function readEmails(card: Element): string[] {
  return ownProperties(card, 'u-email')
    .map((element) => readAttribute(element, 'href') ?? readText(element) ?? '')
    .map((email) =>
      email
        .replace(/^mailto:/i, '')
        .replace(/\?.*$/, '')
        .trim(),
    )
    .filter((email) => email.includes('@'));
}

/** Whether a value is a non-empty string. */
function isText(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}
