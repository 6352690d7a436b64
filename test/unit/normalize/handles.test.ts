import { describe, expect, it } from 'vitest';
import {
  facebookHandle,
  githubHandle,
  linkedinHandle,
  readSocialHandles,
  twitterHandle,
} from '../../../lib/normalize/handles';

describe('handles', () => {
  it('gives the canonical LinkedIn profile address', () => {
    expect(linkedinHandle('https://uk.linkedin.com/in/Jo-Example/?trk=abc')).toBe(
      'https://www.linkedin.com/in/jo-example',
    );
    expect(linkedinHandle('https://www.linkedin.com/company/acme/')).toBeUndefined();
  });

  it('gives the GitHub login, not a repository or a feature page', () => {
    expect(githubHandle('https://github.com/jo-example?tab=repositories')).toBe('jo-example');
    expect(githubHandle('https://github.com/jo-example/repo')).toBeUndefined();
    expect(githubHandle('https://github.com/sponsors')).toBeUndefined();
  });

  it('gives an @handle from x.com and twitter.com, without tracking parameters', () => {
    expect(twitterHandle('https://x.com/jo_example?s=21&t=abc')).toBe('@jo_example');
    expect(twitterHandle('https://mobile.twitter.com/jo_example')).toBe('@jo_example');
  });

  it('ignores X/Twitter links that are not profiles', () => {
    expect(twitterHandle('https://twitter.com/intent/tweet?text=hi')).toBeUndefined();
    expect(twitterHandle('https://x.com/share')).toBeUndefined();
    expect(twitterHandle('https://x.com/jo_example/status/1')).toBeUndefined();
  });

  it('gives a Facebook handle and ignores share and page links', () => {
    expect(facebookHandle('https://www.facebook.com/jo.example.fb?ref=bookmarks')).toBe(
      'jo.example.fb',
    );
    expect(facebookHandle('https://www.facebook.com/sharer/sharer.php?u=x')).toBeUndefined();
    expect(facebookHandle('https://www.facebook.com/sharer.php')).toBeUndefined();
  });

  it('takes the first handle of each network from a list of links', () => {
    const handles = readSocialHandles([
      'https://fosstodon.example/@jo',
      'https://twitter.com/jo_first',
      'https://x.com/jo_second',
      'not a link',
    ]);

    expect(handles).toEqual({
      linkedin: undefined,
      github: undefined,
      twitter: '@jo_first',
      facebook: undefined,
    });
  });
});
