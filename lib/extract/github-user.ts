/**
 * GitHub user profiles. A user page is recognised by its `h-card` marked up as a schema.org
 * Person, not by the address alone: `/<owner>` is also an organization's page, and the
 * same layout holds repositories and names of other people.
 */
import { GITHUB_LOGIN, readGithubLoginFromUrl } from './github-url';
import { mergeLayers, readLayer } from './layers';
import { normalizeWhitespace, readAttribute, readText } from './text';
import type { Extraction, RawPerson } from './types';

const PERSON_CARD_SELECTOR = '[itemscope][itemtype$="//schema.org/Person"]';

/** The `@org` mention GitHub links in the company field, as written without the `@`. */
function readCompany(card: Element): string | undefined {
  const company = readText(card.querySelector('[itemprop="worksFor"]'));

  return company && /^@[\w-]+$/.test(company) ? company.slice(1) : company;
}

/**
 * The local time's zone. GitHub shows an offset (`UTC -04:00`), and an IANA zone only in
 * some variants, in which case that attribute is preferred.
 */
function readTimeZone(card: Element): string | undefined {
  const clock = card.querySelector('profile-timezone');
  const zone = readAttribute(clock, 'data-timezone') ?? readAttribute(clock, 'timezone');
  if (zone) return zone;
  const hours = Number(readAttribute(clock, 'data-hours-ahead-of-utc'));
  if (!clock || !Number.isFinite(hours)) return undefined;

  const sign = hours < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(hours) * 60);
  const pad = (value: number) => String(value).padStart(2, '0');

  return `UTC${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Hrefs of the links inside the elements matching a selector. */
function readLinks(card: Element, selector: string): string[] {
  return [...card.querySelectorAll(`${selector} a[href]`)]
    .map((link) => link.getAttribute('href')?.trim() ?? '')
    .filter((href) => href.startsWith('https://') || href.startsWith('http://'));
}

/** The avatar inside the card; the header's avatar is the signed-in viewer's. */
function readAvatar(card: Element): string | undefined {
  const link = readAttribute(card.querySelector('a[itemprop="image"]'), 'href');
  const avatar = link ?? readAttribute(card.querySelector('img.avatar-user'), 'src');

  // Only a web address is an avatar; a `javascript:` or `data:` link from the page is not.
  return avatar && /^https?:\/\//i.test(avatar) ? avatar : undefined;
}

/**
 * The text an element holds itself, without its child elements' text. The login's element
 * also holds the pronouns a user sets (`mbekele · she/her`), in child elements.
 */
function readOwnText(element: Element | null): string | undefined {
  const texts = [...(element?.childNodes ?? [])]
    .filter((node) => node.nodeType === node.TEXT_NODE)
    .map((node) => node.textContent ?? '');
  const text = normalizeWhitespace(texts.join(' '));

  return text === '' ? undefined : text;
}

/** The fields of the profile card. */
function readCard(card: Element, login: string): RawPerson {
  const bio = card.querySelector('.user-profile-bio');
  const emails = [...card.querySelectorAll('[itemprop="email"] a[href^="mailto:"]')].map((link) =>
    (link.getAttribute('href') ?? '').replace(/^mailto:/i, '').trim(),
  );

  return {
    displayName: readText(card.querySelector('[itemprop="name"]')),
    githubLogin: login,
    bio: readAttribute(bio, 'data-bio-text') ?? readText(bio),
    positions: [{ employerName: readCompany(card) }].filter((position) => position.employerName),
    location: readText(card.querySelector('[itemprop="homeLocation"] .p-label')),
    timeZone: readTimeZone(card),
    avatarUrl: readAvatar(card),
    emails: emails.filter((email) => email.includes('@')),
    websites: readLinks(card, '[itemprop="url"]'),
    socialLinks: readLinks(card, '[itemprop="social"]'),
  };
}

/** A person from a GitHub user page; `none` for repositories, organizations and the rest. */
export function extractGithubUser(document: Document, url: URL): Extraction {
  const urlLogin = readGithubLoginFromUrl(url);
  const card = document.querySelector(PERSON_CARD_SELECTOR);
  if (!urlLogin || !card)
    return { kind: 'none', reason: 'This GitHub page is not a user profile.' };

  // GitHub redirects a renamed login, so the card's login is the current one.
  const cardLogin = readOwnText(card.querySelector('[itemprop="additionalName"]'));
  const login = cardLogin && GITHUB_LOGIN.test(cardLogin) ? cardLogin : urlLogin;
  const merged = mergeLayers([readLayer('profile-card', 'page-text', () => readCard(card, login))]);

  return {
    kind: 'person',
    source: 'github-user',
    profileUrl: `https://github.com/${login}`,
    fields: merged.fields,
    origins: { ...merged.origins, githubLogin: 'page-text' },
  };
}
