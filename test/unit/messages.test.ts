import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../lib/extract';
import { extractionSchema } from '../../lib/extract/extraction-schema';
import { backgroundRequestSchema } from '../../lib/messages';
import { loadFixture } from './extract/load-page';
import { makeEvent, makeGroupEvent } from './storage/make-event';

const PROFILE_URL = 'https://www.linkedin.com/in/ada-lovelace';

/** A person extraction as the content script would answer, before any tampering. */
function personExtraction(fields: Record<string, unknown> = { displayName: 'Ada' }) {
  return {
    kind: 'person',
    source: 'linkedin-public',
    profileUrl: PROFILE_URL,
    fields,
    origins: { displayName: 'structured-data' },
  };
}

describe('backgroundRequestSchema', () => {
  it.each([
    { type: 'capture.save', event: makeEvent(), profileUrl: PROFILE_URL },
    { type: 'status.get' },
    { type: 'profile.memory', profileUrl: PROFILE_URL },
    { type: 'settings.get' },
    { type: 'settings.save', endpoint: 'https://api.example.com/track', credentialKind: 'bearer' },
    { type: 'delivery.test' },
    { type: 'delivery.flush' },
  ])('accepts a well-formed $type request', (request) => {
    expect(backgroundRequestSchema.safeParse(request).success).toBe(true);
  });

  it.each(['capture.delete', 'outbox.clear', '', undefined])(
    'rejects the unknown request type %j',
    (type) => {
      const result = backgroundRequestSchema.safeParse({ type });

      expect(result.error?.issues[0]?.path).toEqual(['type']);
    },
  );

  it('rejects a value that is not an object', () => {
    expect(backgroundRequestSchema.safeParse('status.get').success).toBe(false);
  });

  it('rejects a capture whose event breaks the contract', () => {
    const event = { ...makeEvent(), timestamp: '2024-10-21T14:30:08+02:00' };
    const request = { type: 'capture.save', event, profileUrl: PROFILE_URL };

    const result = backgroundRequestSchema.safeParse(request);

    expect(result.error?.issues[0]?.path).toEqual(['event', 'timestamp']);
  });

  it('rejects a capture whose event carries an undocumented property', () => {
    const event = { ...makeEvent(), properties: { enrichment_password: 'hunter2' } };
    const request = { type: 'capture.save', event, profileUrl: PROFILE_URL };

    const result = backgroundRequestSchema.safeParse(request);

    expect(result.error?.issues[0]?.path).toEqual(['event', 'properties']);
  });

  it('rejects a capture of another event name', () => {
    const event = { ...makeEvent(), event_name: 'group_enriched' };
    const request = { type: 'capture.save', event, profileUrl: PROFILE_URL };

    const result = backgroundRequestSchema.safeParse(request);

    expect(result.error?.issues[0]?.path).toEqual(['event', 'event_name']);
  });

  it.each(['linkedin.com/in/ada', 'not a url', ''])(
    'rejects a capture whose profile URL is %j',
    (profileUrl) => {
      const request = { type: 'capture.save', event: makeEvent(), profileUrl };

      const result = backgroundRequestSchema.safeParse(request);

      expect(result.error?.issues[0]?.path).toEqual(['profileUrl']);
    },
  );

  it('rejects a settings save with an unknown credential kind', () => {
    const request = { type: 'settings.save', endpoint: '', credentialKind: 'basic' };

    const result = backgroundRequestSchema.safeParse(request);

    expect(result.error?.issues[0]?.path).toEqual(['credentialKind']);
  });

  it('trims the endpoint and secret of a settings save', () => {
    const request = {
      type: 'settings.save',
      endpoint: ' https://api.example.com/track ',
      credentialKind: 'x-api-key',
      secret: ' key ',
    };

    const parsed = backgroundRequestSchema.parse(request);

    expect(parsed).toMatchObject({ endpoint: 'https://api.example.com/track', secret: 'key' });
  });
});

describe('extractionSchema', () => {
  it('accepts what extractProfile reads off a real GitHub profile page', () => {
    const { document, url } = loadFixture('github-user-full');
    const extraction = extractProfile(document, url);

    const result = extractionSchema.safeParse(extraction);

    expect(extraction.kind).toBe('person');
    expect(url.href).toBe('https://github.com/ingridvaldes-dev');
    expect(result.success).toBe(true);
    expect(result.data).toEqual(extraction);
  });

  it('accepts a page without a profile', () => {
    const result = extractionSchema.safeParse({ kind: 'none', reason: 'Not a profile page.' });

    expect(result.success).toBe(true);
  });

  it('rejects a person without a profile URL', () => {
    const { profileUrl: _omitted, ...extraction } = personExtraction();

    const result = extractionSchema.safeParse(extraction);

    expect(result.error?.issues[0]?.path).toEqual(['profileUrl']);
  });

  it('rejects a person whose profile URL is not a URL', () => {
    const extraction = { ...personExtraction(), profileUrl: 'ada-lovelace' };

    const result = extractionSchema.safeParse(extraction);

    expect(result.error?.issues[0]?.path).toEqual(['profileUrl']);
  });

  it.each([
    ['displayName', { displayName: 42 }],
    ['phones', { phones: '+442079460000' }],
    ['positions', { positions: [{ title: { html: '<b>x</b>' } }] }],
  ])('rejects a person whose %s field has the wrong type', (field, fields) => {
    const result = extractionSchema.safeParse(personExtraction(fields));

    expect(result.error?.issues[0]?.path.slice(0, 2)).toEqual(['fields', field]);
  });

  it('rejects a field longer than 10,000 characters', () => {
    const extraction = personExtraction({ bio: 'x'.repeat(10_001) });

    const result = extractionSchema.safeParse(extraction);

    expect(result.error?.issues[0]?.path).toEqual(['fields', 'bio']);
  });

  it('rejects an unknown extraction kind or source', () => {
    const company = { ...personExtraction(), kind: 'company' };
    const otherSource = { ...personExtraction(), source: 'twitter' };

    const results = [company, otherSource].map((value) => extractionSchema.safeParse(value));

    expect(results.map((result) => result.success)).toEqual([false, false]);
  });
});

describe('account requests', () => {
  const COMPANY_URL = 'https://www.linkedin.com/company/kestrel-works';

  it('accepts an account.save with a group_enriched event and accounts.list', () => {
    const save = { type: 'account.save', event: makeGroupEvent(), profileUrl: COMPANY_URL };

    expect(backgroundRequestSchema.safeParse(save).success).toBe(true);
    expect(backgroundRequestSchema.safeParse({ type: 'accounts.list' }).success).toBe(true);
  });

  it('rejects an account.save whose event has no group_id', () => {
    const event = { ...makeGroupEvent(), context: { event_id: crypto.randomUUID() } };
    const request = { type: 'account.save', event, profileUrl: COMPANY_URL };

    const result = backgroundRequestSchema.safeParse(request);

    expect(result.error?.issues[0]?.path).toEqual(['event', 'context', 'group_id']);
  });

  it('rejects an account.save carrying a person event', () => {
    const request = { type: 'account.save', event: makeEvent(), profileUrl: COMPANY_URL };

    expect(backgroundRequestSchema.safeParse(request).success).toBe(false);
  });
});
