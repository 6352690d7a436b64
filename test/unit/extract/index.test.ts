import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../lib/extract';
import { jsonLd, pageWith } from './load-page';

describe('extractProfile', () => {
  it('returns none with a reason for an empty document', () => {
    const { document, url } = pageWith('https://blank.example/', {});

    const extraction = extractProfile(document, url);

    expect(extraction).toMatchObject({ kind: 'none', reason: expect.any(String) });
  });

  it('returns none for a page whose only JSON-LD is malformed', () => {
    const { document, url } = pageWith('https://broken.example/', { head: jsonLd('{"@type":') });

    expect(extractProfile(document, url).kind).toBe('none');
  });

  it('returns none for the LinkedIn feed even with a Person on it', () => {
    const head = jsonLd({ '@type': 'Person', name: 'Feed Author' });
    const { document, url } = pageWith('https://www.linkedin.com/feed/', { head });

    expect(extractProfile(document, url).kind).toBe('none');
  });

  it('sends GitHub pages to the GitHub extractor, not to the schema.org one', () => {
    const head = jsonLd({ '@type': 'Person', name: 'Readme Person' });
    const { document, url } = pageWith('https://github.com/owner/repo', { head });

    expect(extractProfile(document, url).kind).toBe('none');
  });

  it('reads a schema.org Person on any other site', () => {
    const head = jsonLd({ '@type': 'Person', name: 'Ada Example' });
    const { document, url } = pageWith('https://ada.example/', { head });

    expect(extractProfile(document, url)).toMatchObject({
      kind: 'person',
      source: 'schema-person',
    });
  });

  it('does not throw when the document has no head or body', () => {
    const { document, url } = pageWith('https://www.linkedin.com/in/someone', {});
    document.documentElement.replaceChildren();

    expect(() => extractProfile(document, url)).not.toThrow();
  });
});
