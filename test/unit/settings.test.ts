import { describe, expect, it } from 'vitest';
import {
  credentialHeaders,
  DEFAULT_SETTINGS,
  endpointNeedsHostPermission,
  isConfigured,
  retentionCutoff,
  settingsSchema,
  validateEndpoint,
  validateSecret,
} from '../../lib/settings';

describe('validateEndpoint', () => {
  it.each([
    'https://api.app.thrivestack.ai/api/track',
    'https://collector.example.com:8443/track',
    'http://127.0.0.1:8787/api/track',
    'http://127.5.6.7/api/track',
    'http://localhost:3000/api/track',
    'http://[::1]:8787/api/track',
    '  https://example.com/track  ',
  ])('accepts %s', (input) => {
    expect(validateEndpoint(input).ok).toBe(true);
  });

  it.each([
    ['http://example.com/track', 'use https for example.com'],
    ['http://192.168.1.10/track', 'http is only allowed on loopback'],
    ['http://128.0.0.1/track', 'http is only allowed on loopback'],
    ['http://localhost.example.com/track', 'http is only allowed on loopback'],
    ['ftp://example.com/track', 'not ftp:'],
    ['not a url', 'not a URL'],
    ['', 'not a URL'],
    ['https://user:pass@example.com/track', 'credentials in the URL are not allowed'],
  ])('rejects %s with a message naming the problem', (input, message) => {
    const result = validateEndpoint(input);

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('returns the parsed URL of an accepted endpoint', () => {
    const result = validateEndpoint('http://127.1:8787/api/track');

    expect(result.ok && result.url.hostname).toBe('127.0.0.1');
  });
});

describe('settings', () => {
  it('defaults to an unconfigured x-api-key setup without debug, full batches, 30 days', () => {
    expect(settingsSchema.parse({})).toEqual({
      endpoint: '',
      credentialKind: 'x-api-key',
      secret: '',
      debug: false,
      maxEventsPerRequest: 1000,
      retentionDays: 30,
      defaultGroupId: '',
    });
  });

  it('counts as configured only with a valid endpoint and a secret', () => {
    const endpoint = 'https://api.app.thrivestack.ai/api/track';

    expect(isConfigured(DEFAULT_SETTINGS)).toBe(false);
    expect(isConfigured({ ...DEFAULT_SETTINGS, endpoint })).toBe(false);
    expect(isConfigured({ ...DEFAULT_SETTINGS, secret: 'k' })).toBe(false);
    expect(isConfigured({ ...DEFAULT_SETTINGS, endpoint: 'http://example.com', secret: 'k' })).toBe(
      false,
    );
    expect(isConfigured({ ...DEFAULT_SETTINGS, endpoint, secret: 'k' })).toBe(true);
  });

  it('asks for a host permission only for https hosts other than production', () => {
    expect(endpointNeedsHostPermission('https://api.app.thrivestack.ai/api/track')).toBe(false);
    expect(endpointNeedsHostPermission('https://collector.example.com/track')).toBe(true);
    expect(endpointNeedsHostPermission(new URL('http://127.0.0.1:8787/api/track'))).toBe(false);
  });

  it('puts the secret in the header the user chose', () => {
    const settings = { ...DEFAULT_SETTINGS, secret: 's3cret' };

    expect(credentialHeaders(settings)).toEqual({ 'x-api-key': 's3cret' });
    expect(credentialHeaders({ ...settings, credentialKind: 'bearer' })).toEqual({
      Authorization: 'Bearer s3cret',
    });
  });
});

describe('validateSecret', () => {
  it('accepts keys of visible ASCII characters', () => {
    expect(validateSecret('tk_live-0123456789.ABC~+/=')).toBeUndefined();
  });

  it.each(['tok\u2011123', 'tok 123', 'tøk', 'tok\n123'])(
    'flags %j, which no header can carry',
    (secret) => {
      expect(validateSecret(secret)).toMatch(/visible ASCII/);
    },
  );
});

describe('retentionCutoff', () => {
  it('is the moment that many whole days before now', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');

    expect(retentionCutoff(30, now)).toBe(Date.parse('2026-11-04T12:00:00Z'));
  });
});
