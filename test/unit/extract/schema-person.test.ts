import { describe, expect, it } from 'vitest';
import { extractSchemaPerson } from '../../../lib/extract/schema-person';
import type { Extraction } from '../../../lib/extract/types';
import { jsonLd, pageWith } from './load-page';

const ADDRESS = 'https://people.example/ada';

/** Extracts from a page whose head holds the given JSON-LD blocks. */
function extract(...blocks: unknown[]): Extraction {
  const { document, url } = pageWith(ADDRESS, { head: blocks.map(jsonLd).join('') });

  return extractSchemaPerson(document, url);
}

/** The fields of a person extraction, failing the test otherwise. */
function fieldsOf(extraction: Extraction) {
  if (extraction.kind !== 'person') throw new Error(`no person: ${JSON.stringify(extraction)}`);

  return extraction.fields;
}

const ADA = { '@type': 'Person', name: 'Ada Example' };

describe('extractSchemaPerson', () => {
  it('finds a top-level Person', () => {
    expect(fieldsOf(extract(ADA)).displayName).toBe('Ada Example');
  });

  it('finds a Person in @graph and in a list', () => {
    expect(fieldsOf(extract({ '@graph': [ADA] })).displayName).toBe('Ada Example');
    expect(fieldsOf(extract([{ '@type': 'WebSite' }, ADA])).displayName).toBe('Ada Example');
  });

  it('finds the main entity of a ProfilePage, also through an @id reference', () => {
    const graph = {
      '@graph': [
        { '@type': 'ProfilePage', mainEntity: { '@id': '#ada' } },
        { ...ADA, '@id': '#ada' },
        { '@type': 'Person', name: 'Someone Cited' },
      ],
    };

    expect(fieldsOf(extract(graph)).displayName).toBe('Ada Example');
  });

  it('reads nested employer, address, contact, image object and a sameAs string', () => {
    const person = {
      ...ADA,
      jobTitle: 'Engineer',
      worksFor: { '@type': 'Organization', name: 'Acme', url: 'https://acme.example/' },
      address: { '@type': 'PostalAddress', addressLocality: 'Oslo', addressCountry: 'NO' },
      email: 'mailto:ada@acme.example',
      telephone: '+47 22 00 00 00',
      image: { '@type': 'ImageObject', url: 'https://people.example/ada.jpg' },
      sameAs: 'https://github.com/ada-example',
    };

    expect(fieldsOf(extract(person))).toMatchObject({
      positions: [
        { title: 'Engineer', employerName: 'Acme', employerWebsite: 'https://acme.example/' },
      ],
      locality: 'Oslo',
      country: 'NO',
      emails: ['ada@acme.example'],
      phones: ['+47 22 00 00 00'],
      avatarUrl: 'https://people.example/ada.jpg',
      socialLinks: ['https://github.com/ada-example'],
    });
  });

  it('resolves relative addresses against the page and names the profile by its url', () => {
    const extraction = extract({ ...ADA, url: '/ada', image: 'img/ada.jpg' });

    expect(extraction).toMatchObject({
      profileUrl: 'https://people.example/ada',
      fields: { avatarUrl: 'https://people.example/img/ada.jpg' },
    });
  });

  it('ignores unrelated Organization and WebSite blocks', () => {
    const extraction = extract({ '@type': 'Organization', name: 'Acme' }, { '@type': 'WebSite' });

    expect(extraction.kind).toBe('none');
  });

  it('does not take the lone author of an article for the page subject', () => {
    const extraction = extract({ '@type': 'BlogPosting', headline: 'Post' }, ADA);

    expect(extraction.kind).toBe('none');
  });

  it('skips a malformed block without throwing', () => {
    const { document, url } = pageWith(ADDRESS, {
      head: jsonLd('{"@type": "Person", "name": "Broken"') + jsonLd(ADA),
    });

    expect(fieldsOf(extractSchemaPerson(document, url)).displayName).toBe('Ada Example');
  });

  it('returns none when several Persons could be the subject', () => {
    const extraction = extract(ADA, { '@type': 'Person', name: 'Other Example' });

    expect(extraction.kind).toBe('none');
  });

  it('does not take the lone Person of a search results page for the page subject', () => {
    const results = { '@type': 'SearchResultsPage', mainEntity: { '@type': 'ItemList' } };

    expect(extract(results, ADA).kind).toBe('none');
  });

  it('resolves an employer given as an @id reference to an Organization of the graph', () => {
    const graph = {
      '@graph': [
        { '@type': 'Organization', '@id': '#acme', name: 'Acme', url: 'https://acme.example/' },
        { ...ADA, jobTitle: 'Engineer', worksFor: { '@id': '#acme' } },
      ],
    };

    expect(fieldsOf(extract(graph)).positions).toEqual([
      { title: 'Engineer', employerName: 'Acme', employerWebsite: 'https://acme.example/' },
    ]);
  });

  it('falls back to the page h-card and then to Open Graph profile tags', () => {
    const link = `<a class="u-url p-name" href="${ADDRESS}">Ada Example</a>`;
    const card = `<div class="h-card">${link}</div>`;
    const tags = [
      '<meta property="og:type" content="profile">',
      '<meta property="profile:first_name" content="Ada">',
      '<meta property="profile:last_name" content="Example">',
    ].join('');
    const { document, url } = pageWith(ADDRESS, { head: tags, body: card });

    expect(extractSchemaPerson(document, url)).toMatchObject({
      kind: 'person',
      fields: { displayName: 'Ada Example', givenName: 'Ada', familyName: 'Example' },
      origins: { displayName: 'structured-data', givenName: 'structured-data' },
    });
  });
});
