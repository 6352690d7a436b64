/** Collapses runs of white space (including non-breaking spaces) and trims. */
export function normalizeWhitespace(value: string): string {
  return value.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
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
