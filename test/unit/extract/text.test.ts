import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, readAttribute, readMeta, readText } from '../../../lib/extract/text';
import { pageWith } from './load-page';

describe('text helpers', () => {
  it('collapses line breaks, tabs and non-breaking spaces into single spaces', () => {
    expect(normalizeWhitespace('  Ada\n\t Lovelace\u00a0 ')).toBe('Ada Lovelace');
  });

  it('reads the text of hidden elements too, since Node DOMs have no layout', () => {
    const { document } = pageWith('https://a.example/', {
      body: '<h1> Ada <span style="display:none">Lovelace</span></h1>',
    });

    expect(readText(document.querySelector('h1'))).toBe('Ada Lovelace');
  });

  it('gives undefined for a missing or empty element', () => {
    const { document } = pageWith('https://a.example/', { body: '<p>  </p>' });

    expect(readText(document.querySelector('p'))).toBeUndefined();
    expect(readText(document.querySelector('h1'))).toBeUndefined();
  });

  it('reads meta tags by property or by name, and trims attributes', () => {
    const { document } = pageWith('https://a.example/', {
      head: '<meta property="og:title" content=" T "><meta name="author" content="A">',
    });

    expect(readMeta(document, 'og:title')).toBe('T');
    expect(readMeta(document, 'author')).toBe('A');
    expect(readAttribute(document.querySelector('meta'), 'missing')).toBeUndefined();
  });
});
