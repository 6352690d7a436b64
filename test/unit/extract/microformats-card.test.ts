import { describe, expect, it } from 'vitest';
import { readMicroformatsCard } from '../../../lib/extract/microformats-card';
import { pageWith } from './load-page';

const ADDRESS = 'https://robin.example/';

/** The h-card fields of a page with the given body. */
function read(body: string, head = '') {
  const { document, url } = pageWith(ADDRESS, { head, body });

  return readMicroformatsCard(document, url);
}

const OWNER = `
  <div class="h-card">
    <a class="u-url u-uid" href="/"><img class="u-photo" src="/me.jpg" alt="">
      <span class="p-name">
        <span class="p-given-name">Robin</span> <span class="p-family-name">Example</span>
      </span>
    </a>
    <span class="p-job-title">Editor</span> at
    <a class="p-org h-card" href="https://press.example/">
      <span class="p-name">Example Press</span>
    </a>
    <div class="p-adr h-adr">
      <span class="p-locality">Oslo</span>, <span class="p-country-name">Norway</span>
    </div>
    <a class="u-email" href="mailto:robin@robin.example?subject=hi">mail</a>
    <a class="u-url" href="https://github.com/robin-example">GitHub</a>
    <span class="p-tel">+47 22 00 00 00</span>
  </div>`;

describe('readMicroformatsCard', () => {
  it('reads the h-card whose url is this page, with its nested organization and address', () => {
    expect(read(OWNER)).toEqual({
      displayName: 'Robin Example',
      givenName: 'Robin',
      familyName: 'Example',
      positions: [
        {
          title: 'Editor',
          employerName: 'Example Press',
          employerWebsite: 'https://press.example/',
        },
      ],
      locality: 'Oslo',
      region: undefined,
      country: 'Norway',
      avatarUrl: 'https://robin.example/me.jpg',
      phones: ['+47 22 00 00 00'],
      emails: ['robin@robin.example'],
      websites: ['https://robin.example/'],
      socialLinks: ['https://github.com/robin-example'],
      bio: undefined,
    });
  });

  it('ignores an h-card of another address even when the page links it with rel=me', () => {
    const link = '<a class="u-url p-name" href="https://x.example/r">Robin</a>';
    const card = `<footer class="h-card">${link}</footer>`;

    expect(read(card, '<link rel="me" href="https://x.example/r">')).toEqual({});
  });

  it('ignores the h-cards of post authors and commenters', () => {
    const entry = `<article class="h-entry">
      <a class="p-author h-card" href="${ADDRESS}">Robin Example</a>
      <div class="h-cite"><a class="p-author h-card" href="${ADDRESS}">Someone Else</a></div>
    </article>`;

    expect(read(entry)).toEqual({});
  });

  it('ignores top-level h-cards of other addresses, as on a search results page', () => {
    const results = ['ana', 'bo']
      .map(
        (name) => `<li class="h-card"><a class="p-name u-url" href="/p/${name}">${name}</a></li>`,
      )
      .join('');

    expect(read(`<ol>${results}</ol>`)).toEqual({});
  });

  it('keeps an organization written as plain text without a website', () => {
    const card = `<div class="h-card"><a class="u-url p-name" href="/">Robin</a>
      <span class="p-org">Example Press</span></div>`;

    expect(read(card).positions).toEqual([{ title: undefined, employerName: 'Example Press' }]);
  });
});
