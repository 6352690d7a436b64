import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLinkedinProfile } from '../../../lib/extract/linkedin-public';
import type { PersonExtraction } from '../../../lib/extract/types';
import { jsonLd, loadPage, pageWith } from './load-page';

const PROFILE = 'https://de.linkedin.com/in/jane-roe-example';

/** A guest-view Person for the given slug. */
function person(slug: string, extra: Record<string, unknown> = {}) {
  return {
    '@type': 'Person',
    name: 'Jane Roe',
    url: `https://de.linkedin.com/in/${slug}`,
    ...extra,
  };
}

const TOP_CARD = `
  <h1 class="top-card-layout__title"> Jane   Roe </h1>
  <h3 class="top-card-layout__first-subline">
    <div class="top-card__subline-item">Berlin, Berlin, Germany</div>
    <span class="top-card__subline-item">500+ connections</span>
  </h3>
  <img class="top-card__profile-image" data-delayed-url="https://media.licdn.com/a.jpg">`;

/** Extracts a person, failing the test if none is found. */
function extractPerson(head: string, body = '', address = PROFILE): PersonExtraction {
  const { document, url } = pageWith(address, { head, body });
  const extraction = extractLinkedinProfile(document, url);
  if (extraction.kind !== 'person') throw new Error(`no person: ${JSON.stringify(extraction)}`);

  return extraction;
}

describe('extractLinkedinProfile', () => {
  it('returns none for the feed and other pages that are not member profiles', () => {
    const { document, url } = pageWith('https://www.linkedin.com/feed/', { body: TOP_CARD });

    expect(extractLinkedinProfile(document, url).kind).toBe('none');
  });

  it('returns none for a profile address whose page shows no profile', () => {
    const { document, url } = pageWith(PROFILE, { body: '<main>Sign in to view</main>' });

    expect(extractLinkedinProfile(document, url)).toMatchObject({ kind: 'none' });
  });

  it('gives the canonical profile address for a regional host and an overlay path', () => {
    const extraction = extractPerson('', TOP_CARD, `${PROFILE}/overlay/contact-info/?x=1`);

    expect(extraction.profileUrl).toBe('https://www.linkedin.com/in/jane-roe-example');
  });

  it('ignores a Person whose address is another profile, such as a stale one', () => {
    const head = jsonLd({ '@graph': [person('someone-else', { name: 'Someone Else' })] });

    const extraction = extractPerson(head, TOP_CARD);

    expect(extraction.fields.displayName).toBe('Jane Roe');
    expect(extraction.origins.displayName).toBe('page-text');
  });

  it('ignores an article author even when the author is the profile owner', () => {
    const article = { '@type': 'Article', author: person('jane-roe-example', { name: 'Wrong' }) };

    const extraction = extractPerson(jsonLd({ '@graph': [article] }), TOP_CARD);

    expect(extraction.fields.displayName).toBe('Jane Roe');
  });

  it('prefers structured data and falls back to the top card field by field', () => {
    const head = jsonLd({ '@graph': [person('jane-roe-example', { jobTitle: 'CTO' })] });

    const extraction = extractPerson(head, TOP_CARD);

    expect(extraction.fields.positions).toEqual([{ title: 'CTO' }]);
    expect(extraction.fields.location).toBe('Berlin, Berlin, Germany');
    expect(extraction.fields.avatarUrl).toBe('https://media.licdn.com/a.jpg');
    expect(extraction.origins).toMatchObject({
      displayName: 'structured-data',
      location: 'page-text',
    });
  });

  it('keeps the top card when the JSON-LD block is malformed', () => {
    const extraction = extractPerson(jsonLd('{"@graph": [ {"@type": "Person",'), TOP_CARD);

    expect(extraction.fields.displayName).toBe('Jane Roe');
  });

  it('reads given and family name from the profile meta tags', () => {
    const head = `<meta property="profile:first_name" content="Jane">
      <meta property="profile:last_name" content="Roe">`;

    const extraction = extractPerson(head, TOP_CARD);

    expect(extraction.fields).toMatchObject({ givenName: 'Jane', familyName: 'Roe' });
  });

  it('puts first the position whose employer the top card names as current', () => {
    const head = jsonLd(
      person('jane-roe-example', {
        jobTitle: ['Advisor', 'CTO'],
        worksFor: [{ name: 'Side Co' }, { name: 'Main Co' }],
      }),
    );
    const company = `<div class="top-card__links-container">
      <div data-section="currentPositionsDetails">
        <span class="top-card-link__description">Main Co</span></div></div>`;

    const extraction = extractPerson(head, TOP_CARD + company);

    expect(extraction.fields.positions).toEqual([
      { title: 'CTO', employerName: 'Main Co' },
      { title: 'Advisor', employerName: 'Side Co' },
    ]);
  });

  it('never takes a LinkedIn company link for an employer website', () => {
    const worksFor = { name: 'Acme', url: 'https://de.linkedin.com/company/acme?trk=x' };

    const extraction = extractPerson(jsonLd(person('jane-roe-example', { worksFor })));

    expect(extraction.fields.positions).toEqual([{ employerName: 'Acme' }]);
  });

  it('unwraps websites behind the LinkedIn redirect', () => {
    const wrapped = 'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fjane%2Eexample%2F';
    const websites = `<dd class="websites__url"><a href="${wrapped}&amp;urlhash=x">site</a></dd>`;

    const extraction = extractPerson('', TOP_CARD + websites);

    expect(extraction.fields.websites).toEqual(['https://jane.example/']);
  });

  it('ignores a member-view top card still showing the previously viewed profile', () => {
    const staleCard = `<section class="pv-top-card">
      <a href="/in/previous-profile/overlay/about-this-profile/"><h1>Previous Person</h1></a>
    </section>`;
    const { document, url } = pageWith(PROFILE, { body: staleCard });

    expect(extractLinkedinProfile(document, url).kind).toBe('none');
  });
});

describe('extractLinkedinProfile right after in-page navigation', () => {
  it('proposes nothing while the page still shows the previous profile', () => {
    const html = readFileSync(
      new URL('../../fixtures/linkedin-public-profile.html', import.meta.url),
      'utf8',
    );
    const { document, url } = loadPage(html, 'https://www.linkedin.com/in/someone-else-ex');

    expect(extractLinkedinProfile(document, url).kind).toBe('none');
  });
});
