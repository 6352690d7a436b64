import { describe, expect, it } from 'vitest';
import {
  collectJsonLdNodes,
  hasType,
  readString,
  readStrings,
  resolveReference,
} from '../../../lib/extract/json-ld';
import { jsonLd, pageWith } from './load-page';

const ADDRESS = 'https://a.example/';

describe('collectJsonLdNodes', () => {
  it('collects top-level nodes, lists and @graph members from every block', () => {
    const { document } = pageWith(ADDRESS, {
      head: [
        jsonLd({ '@type': 'WebSite', name: 'Site' }),
        jsonLd([
          { '@type': 'Person', name: 'A' },
          { '@type': 'Person', name: 'B' },
        ]),
        jsonLd({ '@graph': [{ '@type': 'Organization', name: 'Org' }] }),
      ].join(''),
    });

    const names = collectJsonLdNodes(document).map((node) => node.name);

    expect(names).toEqual(['Site', 'A', 'B', 'Org']);
  });

  it('skips a malformed block and keeps the others', () => {
    const { document } = pageWith(ADDRESS, {
      head: jsonLd('{"@type": "Person", "name": ') + jsonLd({ '@type': 'Person', name: 'Kept' }),
    });

    expect(collectJsonLdNodes(document).map((node) => node.name)).toEqual(['Kept']);
  });

  it('does not lift nested values such as an article author', () => {
    const { document } = pageWith(ADDRESS, {
      head: jsonLd({ '@type': 'Article', author: { '@type': 'Person', name: 'Author' } }),
    });

    expect(collectJsonLdNodes(document).filter((node) => hasType(node, 'Person'))).toEqual([]);
  });
});

describe('reading node values', () => {
  it('matches a type among several and with a full schema.org address', () => {
    expect(hasType({ '@type': ['Thing', 'Person'] }, 'Person')).toBe(true);
    expect(hasType({ '@type': 'https://schema.org/Person' }, 'Person')).toBe(true);
    expect(hasType({ '@type': 'PersonalBlog' }, 'Person')).toBe(false);
  });

  it('reads strings from a value or a list, trimming and dropping objects', () => {
    const node = { jobTitle: [' Lead ', { x: 1 }, ''], name: 'N', year: 2020 };

    expect(readStrings(node, 'jobTitle')).toEqual(['Lead']);
    expect(readString(node, 'name')).toBe('N');
    expect(readString(node, 'year')).toBe('2020');
    expect(readString(node, 'missing')).toBeUndefined();
  });

  it('follows an @id reference to the full node', () => {
    const person = { '@id': '#me', '@type': 'Person', name: 'Me' };

    expect(resolveReference({ '@id': '#me' }, [person])).toBe(person);
    expect(resolveReference({ '@id': '#other' }, [person])).toEqual({ '@id': '#other' });
  });
});
