import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A page parsed at its address, as the content script would see it. */
export interface LoadedPage {
  document: Document;
  url: URL;
}

/** Parses HTML at an address with a silent console. */
export function loadPage(html: string, address: string): LoadedPage {
  const dom = new JSDOM(html, { url: address, virtualConsole: new VirtualConsole() });

  return { document: dom.window.document, url: new URL(address) };
}

/** A page with the given head and body markup. */
export function pageWith(address: string, { head = '', body = '' }): LoadedPage {
  return loadPage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, address);
}

/** A JSON-LD script element holding `value` (or raw text when given a string). */
export function jsonLd(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);

  return `<script type="application/ld+json">${text}</script>`;
}

const FIXTURES = new URL('../../fixtures/', import.meta.url);

/** A sample page of `test/fixtures`, its address and what it must propose. */
export function loadFixture(name: string) {
  const read = (suffix: string) => readFileSync(new URL(`${name}${suffix}`, FIXTURES), 'utf8');
  const address = read('.url.txt').trim();
  const expected = JSON.parse(read('.expected.json')) as {
    kind: 'person' | 'company' | 'none';
    properties: Record<string, unknown>;
    absent: string[];
  };

  return { ...loadPage(read('.html'), address), expected };
}
