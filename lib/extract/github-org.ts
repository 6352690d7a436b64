/**
 * GitHub organization pages, as accounts. `/<login>` is a user's page or an organization's,
 * so an organization is recognised by its header marked up as a schema.org Organization,
 * never by the address alone. The same page lists members' avatars and names: only the
 * Organization's own properties and header are read.
 */
import { mergeLayers, readLayer } from './layers';
import { GITHUB_LOGIN, readGithubLoginFromUrl } from './github-url';
import { readAttribute, readMeta, readText } from './text';
import type { Extraction, RawCompany } from './types';

const ORGANIZATION_SELECTOR = '[itemscope][itemtype$="//schema.org/Organization"]';
const PERSON_SELECTOR = '[itemscope][itemtype$="//schema.org/Person"]';

/** A plausible domain name, as the verified-domain list writes it. */
const DOMAIN = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}$/i;

/** The organization's own microdata properties, not those of items nested in it. */
function readOwnProperties(card: Element, name: string): Element[] {
  return [...card.querySelectorAll(`[itemprop="${name}"]`)].filter(
    (element) => element.parentElement?.closest('[itemscope]') === card,
  );
}

/** Absolute http(s) hrefs of links; relative ones are GitHub's own pages. */
function readHrefs(links: Element[]): string[] {
  return links
    .map((link) => link.getAttribute('href')?.trim() ?? '')
    .filter((href) => /^https?:\/\//i.test(href));
}

/** The addresses of `mailto:` links. */
function readMailtos(links: Element[]): string[] {
  return links
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => /^mailto:/i.test(href))
    .map((href) =>
      href
        .replace(/^mailto:/i, '')
        .replace(/\?.*$/, '')
        .trim(),
    )
    .filter((email) => email.includes('@'));
}

/** The links themselves and the links inside the elements. */
function linksOf(elements: Element[]): Element[] {
  return elements.flatMap((element) =>
    element.matches('a[href]') ? [element] : [...element.querySelectorAll('a[href]')],
  );
}

/** Fields the Organization's microdata names: logo, location, website, e-mail. */
function readMicrodata(card: Element): RawCompany {
  const image = readOwnProperties(card, 'image')[0];

  return {
    name: readText(readOwnProperties(card, 'name')[0]),
    description: readText(readOwnProperties(card, 'description')[0]),
    logoUrl: readAttribute(image, 'src') ?? readAttribute(image, 'href'),
    headquarters: readText(readOwnProperties(card, 'location')[0]),
    websites: readHrefs(linksOf(readOwnProperties(card, 'url'))),
    emails: readMailtos(linksOf(readOwnProperties(card, 'email'))),
  };
}

/**
 * The domains of the "Verified" badge's popover. The badge is found by its label, which
 * GitHub writes in English only.
 */
function readVerifiedDomains(header: Element): string[] {
  return [...header.querySelectorAll('details')]
    .filter((details) => /^verified$/i.test(readText(details.querySelector('summary')) ?? ''))
    .flatMap((details) => [...details.querySelectorAll('li')].map(readText))
    .filter((domain): domain is string => domain !== undefined && DOMAIN.test(domain));
}

/** Links of the header's detail list other than the website and e-mail (X, Mastodon, …). */
function readSocialLinks(header: Element): string[] {
  const links = [...header.querySelectorAll('li a[href]')].filter(
    (link) => !link.hasAttribute('itemprop'),
  );

  return readHrefs(links);
}

/** The header: the box around the organization's name, its details and badges. */
function findHeader(card: Element): Element | undefined {
  const title = card.querySelector('h1');

  return (
    card.querySelector('.orghead') ?? title?.closest('.flex-1') ?? title?.parentElement ?? undefined
  );
}

/** Fields of the header's layout: name, description, verified domains, social links. */
function readHeader(card: Element): RawCompany {
  const header = findHeader(card);
  if (!header) return {};

  return {
    name: readText(header.querySelector('h1')),
    description: readText(header.querySelector('h1 ~ .color-fg-muted')),
    verifiedDomains: readVerifiedDomains(header),
    socialLinks: readSocialLinks(header),
  };
}

/** Open Graph tags, for a name and logo the card lacks. */
function readOpenGraph(document: Document): RawCompany {
  return { name: readMeta(document, 'og:title'), logoUrl: readMeta(document, 'og:image') };
}

/** The current login: GitHub redirects a renamed organization and names it in a meta tag. */
function readLogin(document: Document, urlLogin: string): string {
  const login = readMeta(document, 'profile:username');

  return login && GITHUB_LOGIN.test(login) ? login : urlLogin;
}

/** Whether a Person card stands outside the organization (a user page listing an org). */
function isUserPage(document: Document, card: Element): boolean {
  return [...document.querySelectorAll(PERSON_SELECTOR)].some((person) => !card.contains(person));
}

/** An organization from a GitHub organization page; `none` for users, repositories, the rest. */
export function extractGithubOrg(document: Document, url: URL): Extraction {
  const urlLogin = readGithubLoginFromUrl(url);
  const card = document.querySelector(ORGANIZATION_SELECTOR);
  if (!urlLogin || !card || isUserPage(document, card)) {
    return { kind: 'none', reason: 'This GitHub page is not an organization.' };
  }

  const merged = mergeLayers<RawCompany>([
    readLayer('microdata', 'structured-data', () => readMicrodata(card)),
    readLayer('header', 'page-text', () => readHeader(card)),
    readLayer('open-graph', 'structured-data', () => readOpenGraph(document)),
  ]);
  if (!merged.fields.name) {
    return { kind: 'none', reason: 'No organization is shown on this GitHub page yet.' };
  }

  return {
    kind: 'company',
    source: 'github-org',
    profileUrl: `https://github.com/${readLogin(document, urlLogin)}`,
    ...merged,
  };
}
