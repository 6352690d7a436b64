import {
  asList,
  isNode,
  readAddressCountry,
  readNodes,
  readString,
  readStrings,
  resolveReference,
  type JsonLdNode,
} from './json-ld';
import { isLinkedinHost } from './linkedin-url';
import type { Position, RawPerson } from './types';

/** An http(s) address resolved against the page (JSON-LD may hold relative ones). */
function resolveAddress(value: string | undefined, base: URL): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);

    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Every http(s) address of a property, resolved against the page. */
function readAddresses(node: JsonLdNode, key: string, base: URL): string[] {
  return readStrings(node, key)
    .map((value) => resolveAddress(value, base))
    .filter((value): value is string => value !== undefined);
}

/** An organization's own website; LinkedIn company pages are not one. */
function readEmployerWebsite(organization: JsonLdNode, base: URL): string | undefined {
  const url = resolveAddress(readString(organization, 'url'), base);

  return url && !isLinkedinHost(new URL(url).hostname) ? url : undefined;
}

/** An employer given as an Organization node or, loosely, as a bare name. */
function readEmployer(value: unknown, base: URL): Omit<Position, 'title'> {
  if (typeof value === 'string') return { employerName: value.trim() || undefined };
  if (!isNode(value)) return {};

  return {
    employerName: readString(value, 'name'),
    employerWebsite: readEmployerWebsite(value, base),
  };
}

/**
 * Current positions from `jobTitle` and `worksFor`. schema.org does not link a title to an
 * employer; pages that list several (LinkedIn's guest view) write both in the same order,
 * so they are paired by index.
 */
function readPositions(person: JsonLdNode, base: URL, nodes: JsonLdNode[]): Position[] {
  const titles = readStrings(person, 'jobTitle');
  // Graphs (Yoast and other site generators) name the employer by `@id` only.
  const employers = asList(person.worksFor)
    .map((employer) => (isNode(employer) ? resolveReference(employer, nodes) : employer))
    .map((employer) => readEmployer(employer, base));
  const count = Math.max(titles.length, employers.length);

  return Array.from({ length: count }, (_, index) => ({
    title: titles[index],
    ...employers[index],
  })).filter((position) => position.title || position.employerName);
}

/**
 * The address parts. LinkedIn writes the whole display string into `addressLocality`
 * (`Valencia, Valencian Community, Spain`): such a value is kept as the location instead.
 */
function readAddress(person: JsonLdNode): RawPerson {
  const address = readNodes(person, 'address')[0];
  if (!address) return { location: readString(person, 'address') };
  const locality = readString(address, 'addressLocality');
  const isCombined = locality?.includes(',') ?? false;

  return {
    location: isCombined ? locality : undefined,
    locality: isCombined ? undefined : locality,
    region: readString(address, 'addressRegion'),
    country: readAddressCountry(address),
  };
}

/** An image given as a URL or as an ImageObject. */
function readImage(person: JsonLdNode, base: URL): string | undefined {
  const image = asList(person.image)[0];
  if (typeof image === 'string') return resolveAddress(image.trim(), base);
  if (!isNode(image)) return undefined;

  return resolveAddress(readString(image, 'contentUrl') ?? readString(image, 'url'), base);
}

/** E-mail addresses without their `mailto:` scheme or query. */
function readEmails(person: JsonLdNode): string[] {
  return readStrings(person, 'email')
    .map((email) => email.replace(/^mailto:/i, '').replace(/\?.*$/, ''))
    .filter((email) => email.includes('@'));
}

/**
 * The raw fields of a schema.org `Person` node; addresses are resolved against `base`, and
 * `{"@id"}` references against `nodes` (the page's other top-level nodes).
 */
export function readPersonNode(person: JsonLdNode, base: URL, nodes: JsonLdNode[] = []): RawPerson {
  return {
    displayName: readString(person, 'name'),
    givenName: readString(person, 'givenName'),
    familyName: readString(person, 'familyName'),
    positions: readPositions(person, base, nodes),
    ...readAddress(person),
    avatarUrl: readImage(person, base),
    phones: readStrings(person, 'telephone'),
    emails: readEmails(person),
    websites: readAddresses(person, 'url', base),
    socialLinks: readAddresses(person, 'sameAs', base),
    bio: readString(person, 'description'),
  };
}
