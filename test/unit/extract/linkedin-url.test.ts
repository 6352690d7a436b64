import { describe, expect, it } from 'vitest';
import {
  canonicalLinkedinProfileUrl,
  readLinkedinProfileSlug,
  unwrapLinkedinRedirect,
} from '../../../lib/extract/linkedin-url';

describe('LinkedIn addresses', () => {
  it('reads the slug of regional, trailing-path and query-string profile addresses', () => {
    const addresses = [
      'https://es.linkedin.com/in/jane-roe-1a2b',
      'https://www.linkedin.com/in/jane-roe-1a2b/overlay/contact-info/',
      'https://linkedin.com/in/Jane-Roe-1a2b?trk=x',
    ];

    for (const address of addresses) {
      expect(readLinkedinProfileSlug(new URL(address))).toBe('jane-roe-1a2b');
    }
  });

  it('gives no slug for the feed, companies and other sites', () => {
    for (const address of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/company/acme/',
      'https://www.linkedin.com/in/',
      'https://example.com/in/jane',
    ]) {
      expect(readLinkedinProfileSlug(new URL(address))).toBeUndefined();
    }
  });

  it('builds the canonical address on www without a trailing slash', () => {
    expect(canonicalLinkedinProfileUrl('jane-roe')).toBe('https://www.linkedin.com/in/jane-roe');
  });

  it('unwraps the outbound redirect and leaves other links alone', () => {
    const wrapped =
      'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fa%2Eexample%2F&trk=x';

    expect(unwrapLinkedinRedirect(wrapped)).toBe('https://a.example/');
    expect(unwrapLinkedinRedirect('https://b.example/?url=x')).toBe('https://b.example/?url=x');
  });
});
