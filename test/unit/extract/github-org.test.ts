import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../lib/extract';
import { extractGithubOrg } from '../../../lib/extract/github-org';
import { proposeCompanyProperties } from '../../../lib/normalize/propose-company';
import { loadFixture, pageWith } from './load-page';

/** An organization page of an invented org with the given header details. */
function orgPage(details: string, address = 'https://github.com/quillmoor') {
  const body = `<div itemscope itemtype="http://schema.org/Organization">
    <img itemprop="image" class="avatar" src="https://avatars.example/u/1?s=200" alt="@quillmoor">
    <div class="flex-1">
      <h1 class="h2">Quillmoor</h1>
      <div class="color-fg-muted"><div>Typesetting tools</div></div>
      <ul>${details}</ul>
    </div>
    <div class="org-people">
      <div itemscope itemtype="http://schema.org/Person">
        <img itemprop="image" class="avatar avatar-user" src="https://avatars.example/u/2">
        <span itemprop="name">A Member</span>
      </div>
    </div>
  </div>`;

  return pageWith(address, { body });
}

const WEBSITE_URL = 'https://docs.quillmoor.example/start?utm_source=gh';
const WEBSITE = `<li><a itemprop="url" href="${WEBSITE_URL}">docs</a></li>`;

describe('extractGithubOrg', () => {
  it('reads the sample organization and ignores its members', () => {
    const { document, url } = loadFixture('github-org');

    const extraction = extractGithubOrg(document, url);

    expect(extraction).toMatchObject({
      kind: 'company',
      source: 'github-org',
      profileUrl: 'https://github.com/lumen-harbor-oss',
      fields: {
        name: 'Lumen Harbor OSS',
        logoUrl: 'https://avatars.githubusercontent.com/u/77700011?s=200&v=4',
        verifiedDomains: ['lumenharbor.example'],
        socialLinks: ['https://twitter.com/lumenharbor_oss'],
      },
      origins: { logoUrl: 'structured-data', verifiedDomains: 'page-text' },
    });
  });

  it("reads only the organization's own microdata, not a nested member's", () => {
    const { document, url } = orgPage(WEBSITE);

    const extraction = extractGithubOrg(document, url);

    expect(extraction.kind === 'company' && extraction.fields).toMatchObject({
      name: 'Quillmoor',
      logoUrl: 'https://avatars.example/u/1?s=200',
      description: 'Typesetting tools',
    });
  });

  it('takes the domain from the website when no domain is verified', () => {
    const { document, url } = orgPage(WEBSITE);
    const extraction = extractGithubOrg(document, url);
    if (extraction.kind !== 'company') throw new Error('no organization');

    const proposal = proposeCompanyProperties(extraction);

    expect(extraction.fields.verifiedDomains).toBeUndefined();
    expect(proposal.properties.enrichment_domain).toBe('quillmoor.example');
    expect(proposal.extras.websites).toEqual(['https://docs.quillmoor.example/start']);
  });

  it('is not an organization without its header markup, whatever the address', () => {
    const { document, url } = pageWith('https://github.com/quillmoor', {
      body: '<h1>Quillmoor</h1>',
    });

    expect(extractGithubOrg(document, url).kind).toBe('none');
  });

  it.each(['https://github.com/quillmoor/typeset', 'https://gitlab.example/quillmoor'])(
    'is not an organization at %s',
    (address) => {
      const { document, url } = orgPage(WEBSITE, address);

      expect(extractGithubOrg(document, url).kind).toBe('none');
    },
  );

  it('leaves user pages and repositories to the other extractors', () => {
    const user = loadFixture('github-user-full');
    const repository = loadFixture('not-a-profile-github-repo');

    expect(extractProfile(user.document, user.url).kind).toBe('person');
    expect(extractProfile(repository.document, repository.url).kind).toBe('none');
  });
});
