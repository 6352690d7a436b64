/**
 * Reading schema.org JSON-LD safely. Pages ship malformed blocks often enough (template
 * bugs, truncated output) that a block which does not parse is skipped, never thrown.
 */

import { normalizeWhitespace } from './text';

/** A JSON-LD node: a plain object with string keys. */
export type JsonLdNode = Record<string, unknown>;

/** Whether a value is a JSON object (not an array, not null). */
export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that may be one item or a list, as a list. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];

  return Array.isArray(value) ? value : [value];
}

/** Whether a node's `@type` (one type or several) includes `type`. */
export function hasType(node: JsonLdNode, type: string): boolean {
  return asList(node['@type']).some(
    (value) => typeof value === 'string' && value.replace(/^.*[/:]/, '') === type,
  );
}

/** A property as trimmed strings; numbers are kept as their text, objects are skipped. */
export function readStrings(node: JsonLdNode, key: string): string[] {
  return asList(node[key])
    .map((value) => (typeof value === 'number' ? String(value) : value))
    .filter((value): value is string => typeof value === 'string')
    .map(normalizeWhitespace)
    .filter((value) => value !== '');
}

/** The first non-empty string of a property, or `undefined`. */
export function readString(node: JsonLdNode, key: string): string | undefined {
  return readStrings(node, key)[0];
}

/** A property's object values. */
export function readNodes(node: JsonLdNode, key: string): JsonLdNode[] {
  return asList(node[key]).filter(isNode);
}

/** Parses one block's text; `undefined` when it is not JSON. */
function parseBlock(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Top-level entities of one parsed block: the block itself, a list, or a `@graph`. */
function topLevelNodes(value: unknown): JsonLdNode[] {
  return asList(value)
    .filter(isNode)
    .flatMap((node) => (node['@graph'] === undefined ? [node] : readNodes(node, '@graph')));
}

/**
 * The top-level entities of every JSON-LD block on the page, in page order. Nested values
 * (an article's `author`, a page's `mainEntity`) are not lifted here: whether they describe
 * the page's subject is the caller's decision.
 */
export function collectJsonLdNodes(document: Document): JsonLdNode[] {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');

  return [...scripts].flatMap((script) => topLevelNodes(parseBlock(script.textContent ?? '')));
}

/** Follows a `{"@id": …}` reference to the full node among `nodes`, when it is there. */
export function resolveReference(node: JsonLdNode, nodes: JsonLdNode[]): JsonLdNode {
  const id = node['@id'];
  if (typeof id !== 'string' || Object.keys(node).length > 1) return node;

  return nodes.find((candidate) => candidate !== node && candidate['@id'] === id) ?? node;
}

/** The country of a `PostalAddress`, written as text or as a `Country` node. */
export function readAddressCountry(address: JsonLdNode): string | undefined {
  const country = address.addressCountry;

  return isNode(country) ? readString(country, 'name') : readString(address, 'addressCountry');
}
