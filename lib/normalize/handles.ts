import {
  canonicalLinkedinProfileUrl,
  readLinkedinSlugFromText,
  unwrapLinkedinRedirect,
} from '../extract/linkedin-url';

/** The social handles a `user_enriched` event carries. */
export interface SocialHandles {
  linkedin?: string;
  github?: string;
  twitter?: string;
  facebook?: string;
}

/** First-level GitHub paths that are features, not accounts. */
const GITHUB_RESERVED = new Set([
  'about',
  'apps',
  'collections',
  'contact',
  'customer-stories',
  'enterprise',
  'events',
  'explore',
  'features',
  'issues',
  'login',
  'marketplace',
  'new',
  'notifications',
  'orgs',
  'pricing',
  'pulls',
  'search',
  'security',
  'settings',
  'site',
  'sponsors',
  'topics',
  'trending',
]);

/** First-level X/Twitter paths that are features, not accounts. */
const TWITTER_RESERVED = new Set([
  'compose',
  'explore',
  'hashtag',
  'home',
  'i',
  'intent',
  'login',
  'messages',
  'notifications',
  'privacy',
  'search',
  'settings',
  'share',
  'signup',
  'tos',
]);

/** First-level Facebook paths that are features, not profiles. */
const FACEBOOK_RESERVED = new Set([
  'dialog',
  'events',
  'gaming',
  'groups',
  'hashtag',
  'help',
  'login',
  'marketplace',
  'pages',
  'people',
  'permalink.php',
  'photo.php',
  'plugins',
  'policies',
  'privacy',
  'profile.php',
  'share',
  'share.php',
  'sharer',
  'sharer.php',
  'story.php',
  'watch',
]);

/** A link's host without `www.`/`m.`/`mobile.` and its path segments; `undefined` if not a URL. */
function readLink(link: string): { host: string; segments: string[] } | undefined {
  try {
    const url = new URL(link.trim());
    const host = url.hostname.toLowerCase().replace(/^(www|m|mobile|web)\./, '');

    return { host, segments: url.pathname.split('/').filter(Boolean) };
  } catch {
    return undefined;
  }
}

/** The one account segment of a profile link on one of the hosts, or `undefined`. */
function readAccount(link: string, hosts: string[], reserved: Set<string>): string | undefined {
  const parsed = readLink(link);
  if (!parsed || !hosts.includes(parsed.host) || parsed.segments.length !== 1) return undefined;
  const [account] = parsed.segments;

  return account && !reserved.has(account.toLowerCase()) ? account : undefined;
}

/** `https://www.linkedin.com/in/<slug>` from any LinkedIn profile link. */
export function linkedinHandle(link: string): string | undefined {
  const slug = readLinkedinSlugFromText(unwrapLinkedinRedirect(link));

  return slug ? canonicalLinkedinProfileUrl(slug) : undefined;
}

/** The login of a `github.com/<login>` link. */
export function githubHandle(link: string): string | undefined {
  const login = readAccount(link, ['github.com'], GITHUB_RESERVED);

  return login && /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i.test(login) ? login : undefined;
}

/** `@handle` of an `x.com` or `twitter.com` profile link. */
export function twitterHandle(link: string): string | undefined {
  const handle = readAccount(link, ['x.com', 'twitter.com'], TWITTER_RESERVED);

  return handle && /^\w{1,15}$/.test(handle) ? `@${handle}` : undefined;
}

/** The handle of a `facebook.com/<handle>` profile link. */
export function facebookHandle(link: string): string | undefined {
  const handle = readAccount(link, ['facebook.com', 'fb.com'], FACEBOOK_RESERVED);

  return handle && /^[a-z\d.]{5,50}$/i.test(handle) ? handle : undefined;
}

/** Whether a link is a profile on one of the networks the event has a handle for. */
export function isSocialProfileLink(link: string): boolean {
  return [linkedinHandle, githubHandle, twitterHandle, facebookHandle].some((read) => read(link));
}

/** The first handle of each network among a person's links. */
export function readSocialHandles(links: string[]): SocialHandles {
  const first = (read: (link: string) => string | undefined) =>
    links.map(read).find((handle) => handle !== undefined);

  return {
    linkedin: first(linkedinHandle),
    github: first(githubHandle),
    twitter: first(twitterHandle),
    facebook: first(facebookHandle),
  };
}
