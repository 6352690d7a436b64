import { describe, expect, it } from 'vitest';
import { deriveUserId } from '../../lib/profile-id';

describe('deriveUserId', () => {
  it.each([
    'https://www.linkedin.com/in/ada-lovelace',
    'https://linkedin.com/in/ada-lovelace',
    'https://es.linkedin.com/in/ada-lovelace/',
    'https://uk.linkedin.com/in/Ada-Lovelace?trk=public_profile',
    'https://www.linkedin.com/in/ada-lovelace/overlay/contact-info/',
    'https://www.linkedin.com/in/ada-lovelace/details/experience/#main',
  ])('derives linkedin:ada-lovelace from %s', (profileUrl) => {
    expect(deriveUserId(profileUrl)).toBe('linkedin:ada-lovelace');
  });

  it('decodes an encoded LinkedIn slug', () => {
    const userId = deriveUserId('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa');

    expect(userId).toBe('linkedin:josé-garcía');
  });

  it.each([
    'https://github.com/Octocat',
    'https://github.com/octocat/',
    'https://www.github.com/OCTOCAT?tab=repositories',
    'https://github.com/octocat/hello-world',
  ])('derives the lower-cased github:octocat from %s', (profileUrl) => {
    expect(deriveUserId(profileUrl)).toBe('github:octocat');
  });

  it('uses host and path on other sites, without query, fragment or trailing slash', () => {
    const userId = deriveUserId('https://www.example.com/people/Ada/?ref=home#bio');

    expect(userId).toBe('web:example.com/people/Ada');
  });

  it('uses the bare host for a site root', () => {
    expect(deriveUserId('https://ada.example.org/')).toBe('web:ada.example.org');
  });

  it('treats a LinkedIn page that is not a member profile as any other site', () => {
    const userId = deriveUserId('https://www.linkedin.com/company/acme/');

    expect(userId).toBe('web:linkedin.com/company/acme');
  });

  it('does not take a host that merely ends in linkedin.com for LinkedIn', () => {
    const userId = deriveUserId('https://notlinkedin.com/in/ada-lovelace');

    expect(userId).toBe('web:notlinkedin.com/in/ada-lovelace');
  });

  it('derives an id from a LinkedIn slug with a malformed escape', () => {
    const userId = deriveUserId('https://www.linkedin.com/in/ada%E0%A4%A');

    expect(userId).toBe('linkedin:ada%e0%a4%a');
  });
});
