import { describe, expect, it } from 'vitest';
import { extractGithubUser } from '../../../lib/extract/github-user';
import { pageWith } from './load-page';

/** A user card with the given inner markup, behind a header showing the viewer. */
function userPage(address: string, card: string) {
  const header = `<header><img class="avatar" src="https://avatars.example/viewer"></header>`;
  const body = `${header}<div itemscope itemtype="http://schema.org/Person">${card}</div>`;

  return pageWith(address, { body });
}

const CARD = `
  <span itemprop="name"> Robin Example </span>
  <span itemprop="additionalName">robin-example</span>
  <li itemprop="worksFor"><span class="p-org">Example Labs</span></li>
  <li itemprop="homeLocation"><span class="p-label">Oslo, Norway</span></li>
  <li itemprop="social">
    <svg><title>X</title></svg><a href="https://x.com/robin_ex">@robin_ex</a>
  </li>`;

describe('extractGithubUser', () => {
  it('reads the card of a user page and names the profile by its login', () => {
    const { document, url } = userPage('https://github.com/robin-example', CARD);

    const extraction = extractGithubUser(document, url);

    expect(extraction).toMatchObject({
      kind: 'person',
      source: 'github-user',
      profileUrl: 'https://github.com/robin-example',
      fields: {
        displayName: 'Robin Example',
        githubLogin: 'robin-example',
        positions: [{ employerName: 'Example Labs' }],
        location: 'Oslo, Norway',
        socialLinks: ['https://x.com/robin_ex'],
      },
    });
  });

  it('never takes the signed-in viewer avatar in the header for the profile avatar', () => {
    const { document, url } = userPage('https://github.com/robin-example', CARD);

    const extraction = extractGithubUser(document, url);

    expect(extraction.kind === 'person' && extraction.fields.avatarUrl).toBeUndefined();
  });

  it('reads an @org company mention as the organization login without the @', () => {
    const card = '<li itemprop="worksFor"><span class="p-org"><a>@example-org</a></span></li>';
    const { document, url } = userPage('https://github.com/robin-example', card);

    const extraction = extractGithubUser(document, url);

    expect(extraction.kind === 'person' && extraction.fields.positions).toEqual([
      { employerName: 'example-org' },
    ]);
  });

  it('writes the shown local time offset as a UTC offset', () => {
    const clock = '<li itemprop="localTime"><profile-timezone data-hours-ahead-of-utc="5.5">';
    const { document, url } = userPage('https://github.com/robin-example', clock);

    const extraction = extractGithubUser(document, url);

    expect(extraction.kind === 'person' && extraction.fields.timeZone).toBe('UTC+05:30');
  });

  it('takes the login from the address when the card has none', () => {
    const { document, url } = userPage('https://github.com/robin-example?tab=repositories', '');

    const extraction = extractGithubUser(document, url);

    expect(extraction.kind === 'person' && extraction.fields.githubLogin).toBe('robin-example');
  });

  it('returns none for a repository page even though it shows people', () => {
    const { document, url } = userPage('https://github.com/robin-example/servo-kit', CARD);

    expect(extractGithubUser(document, url).kind).toBe('none');
  });

  it('returns none for a one-segment page without a Person card, such as an organization', () => {
    const body = '<div itemscope itemtype="http://schema.org/Organization"><h1>Org</h1></div>';
    const { document, url } = pageWith('https://github.com/example-org', { body });

    expect(extractGithubUser(document, url).kind).toBe('none');
  });

  it('reads the login without the pronouns GitHub writes beside it', () => {
    const names = `
      <span itemprop="name">Robin Example</span>
      <span itemprop="additionalName">robin-example
        <span aria-hidden="true">·</span> <span itemprop="pronouns">they/them</span>
      </span>`;
    const { document, url } = userPage('https://github.com/Robin-Example', names);

    const extraction = extractGithubUser(document, url);

    expect(extraction).toMatchObject({
      profileUrl: 'https://github.com/robin-example',
      fields: { githubLogin: 'robin-example', displayName: 'Robin Example' },
    });
  });
});
