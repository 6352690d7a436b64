import { z } from 'zod';
import { MAX_EVENTS_PER_REQUEST, PRODUCTION_ENDPOINT } from './contract/limits';

/** Which header carries the credential; the contract documents both. */
export const credentialKindSchema = z.enum(['x-api-key', 'bearer']);
export type CredentialKind = z.infer<typeof credentialKindSchema>;

/** Longest default `group_id` accepted; far above any real account id. */
export const MAX_GROUP_ID_LENGTH = 200;

/** The user's delivery settings. Every field has a default, so `parse({})` is "not configured". */
export const settingsSchema = z.object({
  /** The Track API endpoint; default `''`, meaning not configured. */
  endpoint: z.string().trim().default(''),
  /** Default `x-api-key`, the header of the current documentation. */
  credentialKind: credentialKindSchema.default('x-api-key'),
  /** The API key or bearer token; default `''`. Never logged. */
  secret: z.string().trim().default(''),
  /** Verbose logging; default `false`. */
  debug: z.boolean().default(false),
  /**
   * Events per request, at most the contract's 1,000 (the default). Lower it for a proxy
   * with a small body limit, or to compare with one request per event.
   */
  maxEventsPerRequest: z.int().min(1).max(MAX_EVENTS_PER_REQUEST).default(MAX_EVENTS_PER_REQUEST),
  /** Days delivered events stay in the local history before they are purged; default 30. */
  retentionDays: z.int().min(1).max(3650).default(30),
  /**
   * The account (`group_id`) the popup proposes for a profile that has none remembered;
   * default `''`, meaning none.
   */
  defaultGroupId: z.string().trim().max(MAX_GROUP_ID_LENGTH).default(''),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The settings before the user chose anything. */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Result of `validateEndpoint`: the parsed URL, or why it is refused. */
export type EndpointValidation = { ok: true; url: URL } | { ok: false; error: string };

const PRODUCTION_HOST = new URL(PRODUCTION_ENDPOINT).hostname;

/** How much of a refused input a message quotes, so a pasted blob stays readable. */
const QUOTE_LIMIT = 80;

/**
 * Accepts `https:` anywhere and `http:` only on loopback, where nothing leaves the machine.
 * The credential travels in a header, so plain http elsewhere would expose it.
 */
export function validateEndpoint(input: string): EndpointValidation {
  const text = input.trim();
  if (!URL.canParse(text)) return { ok: false, error: `not a URL: "${quote(text)}"` };
  const url = new URL(text);

  if (url.username !== '' || url.password !== '') {
    return { ok: false, error: 'credentials in the URL are not allowed' };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol !== 'http:') {
    return {
      ok: false,
      error: `only https: (or http: on loopback) is allowed, not ${url.protocol}`,
    };
  }
  if (isLoopbackHost(url.hostname)) return { ok: true, url };

  const loopback = '127.0.0.1, localhost, [::1]';

  return {
    ok: false,
    error: `http is only allowed on loopback (${loopback}); use https for ${url.hostname}`,
  };
}

/**
 * True for `localhost`, 127.0.0.0/8 and `[::1]`. The URL parser has already normalized the
 * host, so `127.1` or `2130706433` arrive here as dotted quads and IPv6 in its short form.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;

  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** True when an endpoint is valid and a credential is set, so delivery may start. */
export function isConfigured(settings: Settings): boolean {
  return settings.secret !== '' && validateEndpoint(settings.endpoint).ok;
}

/**
 * True when the endpoint's host needs an optional host permission: an https host other than
 * production. The manifest already grants production and loopback.
 */
export function endpointNeedsHostPermission(endpoint: URL | string): boolean {
  const url = typeof endpoint === 'string' ? new URL(endpoint) : endpoint;

  return url.protocol === 'https:' && url.hostname !== PRODUCTION_HOST;
}

/** The credential header of a request, as the user chose it. */
export function credentialHeaders(settings: Settings): Record<string, string> {
  if (settings.credentialKind === 'bearer') {
    return { Authorization: `Bearer ${settings.secret}` };
  }

  return { 'x-api-key': settings.secret };
}

function quote(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

/**
 * Checks an API key or token before it is stored. It travels in an HTTP header, where only
 * visible ASCII is safe: a pasted typographic dash or space would make every request fail
 * in a way that looks like a network error.
 */
export function validateSecret(secret: string): string | undefined {
  if (/^[\x21-\x7e]*$/.test(secret)) return undefined;

  return 'the API key may hold only visible ASCII characters; check for a pasted space or dash';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The capture time before which delivered history is past the retention, at `now`. */
export function retentionCutoff(retentionDays: number, now: number): number {
  return now - retentionDays * DAY_MS;
}
