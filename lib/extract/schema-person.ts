/**
 * The generic path for pages that are not LinkedIn or GitHub: schema.org `Person` JSON-LD
 * first, then the page's representative microformats `h-card`, then Open Graph `profile:`
 * tags. Each layer decides on its own whether it describes the page's subject.
 */
import {
  collectJsonLdNodes,
  hasType,
  readNodes,
  resolveReference,
  type JsonLdNode,
} from './json-ld';
import { mergeLayers, readLayer } from './layers';
import { readMicroformatsCard } from './microformats-card';
import { readOpenGraphProfile } from './open-graph-profile';
import { readPersonNode } from './person-node';
import { trimTrailingSlashes } from './text';
import type { Extraction, RawPerson } from './types';

/** Page types whose `mainEntity` is the page's subject. */
const PAGE_TYPES = ['ProfilePage', 'AboutPage', 'WebPage'];

/**
 * Types of pages whose lone Person is not their subject: an author of the content, or one
 * result of a search or a list (a results page may mark up its first hit on its own).
 */
const NOT_ONE_PERSON_TYPES = [
  'Article',
  'BlogPosting',
  'NewsArticle',
  'TechArticle',
  'Review',
  'SearchResultsPage',
  'CollectionPage',
  'ItemList',
];

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
 * is this page, else the only Person of a page that is not an article or a list of
 * results (where a lone Person is an author or one hit, not the subject).
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

  const isAboutOthers = nodes.some((node) =>
    NOT_ONE_PERSON_TYPES.some((type) => hasType(node, type)),
  );

  return persons.length === 1 && !isAboutOthers ? persons[0] : undefined;
}

/** The fields of the Person the page's JSON-LD is about, if any. */
function readJsonLdSubject(document: Document, url: URL): RawPerson {
  const nodes = collectJsonLdNodes(document);
  const person = findSubjectPerson(nodes, url);

  return person ? readPersonNode(person, url, nodes) : {};
}

/** A person from any page's schema.org `Person`, representative h-card or profile tags. */
export function extractSchemaPerson(document: Document, url: URL): Extraction {
  const merged = mergeLayers([
    readLayer('json-ld', 'structured-data', () => readJsonLdSubject(document, url)),
    readLayer('h-card', 'structured-data', () => readMicroformatsCard(document, url)),
    readLayer('open-graph', 'structured-data', () => readOpenGraphProfile(document, url)),
  ]);
  const { displayName, givenName, familyName } = merged.fields;
  if (!displayName && !givenName && !familyName) {
    return { kind: 'none', reason: 'No person is described on this page.' };
  }
  // The Person's own `url` names the profile best; without one, this page does.
  const profileUrl = merged.fields.websites?.[0] ?? comparable(url.href);

  return { kind: 'person', source: 'schema-person', profileUrl, ...merged };
}
