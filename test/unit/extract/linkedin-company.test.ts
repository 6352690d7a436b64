import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../lib/extract';
import { extractLinkedinCompany } from '../../../lib/extract/linkedin-company';
import type { CompanyExtraction } from '../../../lib/extract/types';
import { proposeCompanyProperties } from '../../../lib/normalize/propose-company';
import { jsonLd, pageWith } from './load-page';

const ADDRESS = 'https://www.linkedin.com/company/harrow-quay/about/';

/** The member view's top card of an invented company, without an About section. */
const TOP_CARD = `
  <section class="org-top-card">
    <img class="org-top-card-primary-content__logo" src="https://media.licdn.example/harrow.png">
    <h1 class="org-top-card-summary__title"> Harrow Quay </h1>
    <p class="org-top-card-summary__tagline">Cold storage, warm service</p>
    <div class="org-top-card-summary-info-list">
      <div class="org-top-card-summary-info-list__info-item">Warehousing and Storage</div>
      <div class="inline-block">
        <div class="org-top-card-summary-info-list__info-item">Aarhus, Central Jutland</div>
        <div class="org-top-card-summary-info-list__info-item">812 followers</div>
        <div class="org-top-card-summary-info-list__info-item">11-50 employees</div>
      </div>
    </div>
    <a class="org-top-card-primary-actions__action" href="https://harrowquay.example/?trk=x">
      Visit website
    </a>
  </section>`;

/** The guest view's About section with the given entries (`[test id, dd markup]`). */
function guestAbout(entries: [string, string][], description = 'We keep things cold.') {
  const rows = entries.map(
    ([key, value]) => `<div data-test-id="about-us__${key}"><dt>${key}</dt><dd>${value}</dd></div>`,
  );

  return `<section data-test-id="about-us">
    <p data-test-id="about-us__description">${description}</p><dl>${rows.join('')}</dl>
  </section>`;
}

/** Extracts a company, failing the test if none is found. */
function extractCompany(head: string, body: string, address = ADDRESS): CompanyExtraction {
  const { document, url } = pageWith(address, { head, body });
  const extraction = extractLinkedinCompany(document, url);
  if (extraction.kind !== 'company') throw new Error(`no company: ${JSON.stringify(extraction)}`);

  return extraction;
}

const ORGANIZATION = {
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: 'Harrow Quay',
  url: 'https://www.linkedin.com/company/harrow-quay',
  sameAs: 'https://www.harrowquay.example/',
  logo: { '@type': 'ImageObject', contentUrl: 'https://media.licdn.example/harrow-ld.png' },
  description: 'Harrow Quay runs cold stores.',
  numberOfEmployees: { '@type': 'QuantitativeValue', value: 37 },
  address: {
    '@type': 'PostalAddress',
    streetAddress: 'Kajgade 4',
    addressLocality: 'Aarhus',
    addressRegion: 'Central Jutland',
    postalCode: '8000',
    addressCountry: 'DK',
  },
};

describe('extractLinkedinCompany', () => {
  it('reads the guest view: JSON-LD first, then the About section', () => {
    const about = guestAbout([
      ['industry', 'Warehousing and Storage'],
      ['size', '11-50 employees'],
      ['organizationType', 'Privately Held'],
      ['foundedOn', '2011'],
      ['specialties', 'cold storage, logistics, and customs'],
    ]);

    const extraction = extractCompany(jsonLd(ORGANIZATION), about);

    expect(extraction.fields).toMatchObject({
      name: 'Harrow Quay',
      websites: ['https://www.harrowquay.example/'],
      logoUrl: 'https://media.licdn.example/harrow-ld.png',
      description: 'Harrow Quay runs cold stores.',
      locality: 'Aarhus',
      country: 'DK',
      industry: 'Warehousing and Storage',
      size: '11-50 employees',
      companyType: 'Privately Held',
      founded: '2011',
      specialties: ['cold storage, logistics, and customs'],
    });
    expect(extraction.origins).toMatchObject({ name: 'structured-data', industry: 'page-text' });
  });

  it("does not take LinkedIn's JSON-LD member count for a head count", () => {
    const extraction = extractCompany(jsonLd(ORGANIZATION), '');

    expect(extraction.fields.employeeCount).toBeUndefined();
  });

  it('reads name and what the top card has when the About section is missing', () => {
    const extraction = extractCompany('', TOP_CARD);

    expect(extraction.fields).toEqual({
      name: 'Harrow Quay',
      logoUrl: 'https://media.licdn.example/harrow.png',
      tagline: 'Cold storage, warm service',
      industry: 'Warehousing and Storage',
      headquarters: 'Aarhus, Central Jutland',
      size: '11-50 employees',
      websites: ['https://harrowquay.example/?trk=x'],
    });
    expect(extraction.origins.name).toBe('page-text');
  });

  it('keeps the About section and top card when a JSON-LD block is malformed', () => {
    const head = jsonLd('{"@type": "Organization", "name": "Harrow Q');

    const extraction = extractCompany(head, TOP_CARD + guestAbout([['size', '11-50 employees']]));

    expect(extraction.fields).toMatchObject({ name: 'Harrow Quay', size: '11-50 employees' });
  });

  it('ignores the JSON-LD of another company', () => {
    const other = { ...ORGANIZATION, url: 'https://www.linkedin.com/company/other-co' };

    const extraction = extractCompany(jsonLd(other), TOP_CARD);

    expect(extraction.fields.description).toBeUndefined();
    expect(extraction.fields.logoUrl).toBe('https://media.licdn.example/harrow.png');
  });

  it('reads the member view About list by its headings, phone included', () => {
    const redirect =
      'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fharrowquay.example%2F';
    const about = `<dl>
      <dt>Website</dt><dd><a href="${redirect}">harrowquay.example</a></dd>
      <dt>Phone</dt><dd><a href="tel:+45 86 12 34 56"><span>+45 86 12 34 56</span></a></dd>
      <dt>Company size</dt><dd>11-50 employees</dd><dd>24 associated members</dd>
      <dt>Founded</dt><dd>2011</dd>
    </dl>`;

    const extraction = extractCompany('', TOP_CARD + about);

    expect(extraction.fields).toMatchObject({
      websites: ['https://harrowquay.example/'],
      phones: ['+45 86 12 34 56'],
      size: '11-50 employees',
      founded: '2011',
    });
  });

  it('proposes no domain when the website is a LinkedIn link', () => {
    const about = guestAbout([
      ['website', '<a href="https://www.linkedin.com/company/harrow-quay/life">Our page</a>'],
    ]);

    const proposal = proposeCompanyProperties(extractCompany('', about + TOP_CARD));

    expect(proposal.properties.enrichment_domain).toBe('harrowquay.example');
    const withoutCard = proposeCompanyProperties(
      extractCompany('', `<h1 class="top-card-layout__title">Harrow Quay</h1>${about}`),
    );
    expect(withoutCard.properties).not.toHaveProperty('enrichment_domain');
    expect(withoutCard.properties.enrichment_name).toBe('Harrow Quay');
  });

  it.each([
    'https://www.linkedin.com/company/harrow-quay',
    'https://www.linkedin.com/company/Harrow-Quay/about/',
    'https://nl.linkedin.com/company/harrow-quay/life/',
    'https://www.linkedin.com/company/harrow-quay/people/?keywords=x',
  ])('names %s by its canonical company URL', (address) => {
    const extraction = extractCompany('', TOP_CARD, address);

    expect(extraction.profileUrl).toBe('https://www.linkedin.com/company/harrow-quay');
  });

  it('finds no company before the page shows one', () => {
    const { document, url } = pageWith(ADDRESS, { body: '<main></main>' });

    expect(extractLinkedinCompany(document, url).kind).toBe('none');
  });

  it('is chosen for company addresses only; member profiles stay people', () => {
    const company = pageWith(ADDRESS, { body: TOP_CARD });
    const member = pageWith('https://www.linkedin.com/in/someone-example/', { body: TOP_CARD });

    expect(extractProfile(company.document, company.url).kind).toBe('company');
    expect(extractProfile(member.document, member.url).kind).toBe('none');
  });
});
