/** Collapses runs of white space (including non-breaking spaces) and trims. */
export function normalizeWhitespace(value: string): string {
  return value.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/**
 * Invisible characters pages use to decorate or disguise text: zero-width space, direction
 * marks, embeddings and overrides, word joiners, the byte-order mark. The zero-width
 * (non-)joiners are kept: some scripts need them inside words.
 */
const INVISIBLE_CHARACTERS = /[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** An address without trailing slashes, in linear time (a `/\/+$/` pattern is quadratic). */
export function trimTrailingSlashes(address: string): string {
  let end = address.length;
  while (end > 0 && address[end - 1] === '/') end -= 1;

  return address.slice(0, end);
}

/**
 * The whitespace-normalized text of a node, or `undefined` when it is missing or empty.
 * `textContent`, never `innerText`: Node DOMs (jsdom, the CLI) have no layout.
 */
export function readText(node: Node | null | undefined): string | undefined {
  const text = normalizeWhitespace(node?.textContent ?? '');

  return text === '' ? undefined : text;
}

/** A trimmed, non-empty attribute value, or `undefined`. */
export function readAttribute(element: Element | null | undefined, name: string) {
  const value = element?.getAttribute(name)?.trim();

  return value ? value : undefined;
}

/** The content of `<meta property=…>` or `<meta name=…>`, or `undefined`. */
export function readMeta(document: Document, key: string): string | undefined {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);

  return readAttribute(element, 'content');
}
