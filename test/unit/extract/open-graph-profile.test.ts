import { describe, expect, it } from 'vitest';
import { readOpenGraphProfile } from '../../../lib/extract/open-graph-profile';
import { pageWith } from './load-page';

const ADDRESS = 'https://forum.example/members/robin';

/** The profile-tag fields of a page with the given meta tags (`property` → `content`). */
function read(tags: Record<string, string>) {
  const head = Object.entries(tags)
    .map(([property, content]) => `<meta property="${property}" content="${content}">`)
    .join('');
  const { document, url } = pageWith(ADDRESS, { head });

  return readOpenGraphProfile(document, url);
}

const PROFILE = {
  'og:type': 'profile',
  'profile:first_name': 'Robin',
  'profile:last_name': 'Example',
  'profile:username': 'robin',
  'og:image': 'https://forum.example/share-card.png',
};

describe('readOpenGraphProfile', () => {
  it('reads first and last name of a profile object, and nothing else', () => {
    expect(read(PROFILE)).toEqual({ givenName: 'Robin', familyName: 'Example' });
  });

  it('reads nothing on a page of another Open Graph type', () => {
    expect(read({ ...PROFILE, 'og:type': 'article' })).toEqual({});
  });

  it('reads nothing when the profile object names another address', () => {
    expect(read({ ...PROFILE, 'og:url': 'https://forum.example/members/someone' })).toEqual({});
    expect(read({ ...PROFILE, 'og:url': `${ADDRESS}/` })).toMatchObject({ givenName: 'Robin' });
  });
});
