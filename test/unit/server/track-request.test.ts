import { describe, expect, it } from 'vitest';
import { credentialFromHeaders, isSameToken } from '../../../server/auth';
import { escapeHtml } from '../../../server/events-page';
import { formatPath, parseTrackRequest } from '../../../server/track-request';
import { describeMediaTypeProblem } from '../../../server/track-route';

const valid = { event_name: 'user_enriched', user_id: 'u1', timestamp: '2024-10-21T12:30:08Z' };

describe('parseTrackRequest', () => {
  it('returns the events with surrounding white space trimmed', () => {
    const result = parseTrackRequest(JSON.stringify([{ ...valid, user_id: ' u1 ' }]), 10);

    expect(result).toEqual({ ok: true, events: [valid] });
  });

  it('names at most ten invalid events and counts the rest', () => {
    const text = JSON.stringify(Array.from({ length: 12 }, () => ({ ...valid, user_id: 1 })));

    const result = parseTrackRequest(text, 100);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^event 0: user_id: .*event 9: .*; and 2 more/);
  });

  it('refuses a body nested deeper than any event needs, as bad input', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = `[{"event_name":"x","user_id":"u","timestamp":"2024-10-21T12:30:08Z",
      "context":{"x":${deep}}}]`;

    expect(parseTrackRequest(text, 10)).toEqual({
      ok: false,
      message: 'the body is nested deeper than 64 levels',
    });
  });

  it('describes null as a body that is not an array', () => {
    expect(parseTrackRequest('null', 10)).toEqual({
      ok: false,
      message: 'the body must be a JSON array of events, got null',
    });
  });
});

describe('formatPath', () => {
  it('joins keys with dots and puts indexes in brackets', () => {
    expect(formatPath(['properties', 'enrichment_phone', 0])).toBe(
      'properties.enrichment_phone[0]',
    );
  });
});

describe('describeMediaTypeProblem', () => {
  it.each([
    ['application/json', undefined],
    ['Application/JSON; charset="utf-8"', undefined],
    [undefined, 'expected Content-Type: application/json, got none'],
    ['application/json; charset=latin1', 'expected JSON in UTF-8, got charset=latin1'],
  ])('answers %s with %s', (contentType, expected) => {
    expect(describeMediaTypeProblem(contentType)).toBe(expected);
  });
});

describe('credentials', () => {
  it('prefers x-api-key and otherwise reads a Bearer token', () => {
    expect(credentialFromHeaders({ 'x-api-key': 'k', authorization: 'Bearer t' })).toBe('k');
    expect(credentialFromHeaders({ authorization: 'bearer t' })).toBe('t');
    expect(credentialFromHeaders({ authorization: 'Basic dTpw' })).toBeUndefined();
  });

  it('compares tokens of different lengths without throwing', () => {
    expect(isSameToken('short', 'a much longer token')).toBe(false);
    expect(isSameToken(undefined, 'token')).toBe(false);
    expect(isSameToken('token', 'token')).toBe(true);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can break out of text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
