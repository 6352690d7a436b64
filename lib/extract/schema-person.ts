import {
  collectJsonLdNodes,
  hasType,
  readNodes,
  resolveReference,
  type JsonLdNode,
} from './json-ld';
import { mergeLayers, readLayer } from './layers';
import { readPersonNode } from './person-node';
import { trimTrailingSlashes } from './text';
import type { Extraction } from './types';

/** Page types whose `mainEntity` is the page's subject. */
const PAGE_TYPES = ['ProfilePage', 'AboutPage', 'WebPage'];

/** Content types whose Persons are authors, not the page's subject. */
const AUTHORED_TYPES = ['Article', 'BlogPosting', 'NewsArticle', 'TechArticle', 'Review'];

/** An address without its fragment and trailing slash, for comparing. */
function comparable(address: string): string {
  const hash = address.indexOf('#');

  return trimTrailingSlashes(hash === -1 ? address : address.slice(0, hash));
}

/** The Person a page's `mainEntity` names. */
function findMainEntityPerson(nodes: JsonLdNode[]): JsonLdNode | undefined {
  const entities = nodes
    .filter((node) => PAGE_TYPES.some((type) => hasType(node, type)))
    .flatMap((page) => readNodes(page, 'mainEntity'))
    .map((entity) => resolveReference(entity, nodes));

  return entities.find((entity) => hasType(entity, 'Person'));
}

/**
 * The Person a page is about: its `ProfilePage`'s main entity, else the Person whose `url`
 * is this page, else the only Person of a page that is not an article (where a lone
 * Person is the author, not the subject).
 */
export function findSubjectPerson(nodes: JsonLdNode[], url: URL): JsonLdNode | undefined {
  const mainEntity = findMainEntityPerson(nodes);
  if (mainEntity) return mainEntity;

  const persons = nodes.filter((node) => hasType(node, 'Person'));
  const page = comparable(url.href);
  const atThisAddress = persons.find((person) =>
    [person.url, person['@id']].some(
      (value) => typeof value === 'string' && comparable(value) === page,
    ),
  );
  if (atThisAddress) return atThisAddress;

  const isAuthored = nodes.some((node) => AUTHORED_TYPES.some((type) => hasType(node, type)));

  return persons.length === 1 && !isAuthored ? persons[0] : undefined;
}

/** A person from any page's schema.org `Person` JSON-LD. */
export function extractSchemaPerson(document: Document, url: URL): Extraction {
  const person = findSubjectPerson(collectJsonLdNodes(document), url);
  if (!person) return { kind: 'none', reason: 'No schema.org Person describes this page.' };

  const merged = mergeLayers([
    readLayer('json-ld', 'structured-data', () => readPersonNode(person, url)),
  ]);
  if (!merged.fields.displayName && !merged.fields.givenName) {
    return { kind: 'none', reason: 'The schema.org Person on this page has no name.' };
  }
  // The Person's own `url` names the profile best; without one, this page does.
  const profileUrl = merged.fields.websites?.[0] ?? comparable(url.href);

  return { kind: 'person', source: 'schema-person', profileUrl, ...merged };
}
