import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  isIanaTimeZone,
  timeZoneForCountry,
} from '../../../lib/normalize/time-zone';

describe('timeZoneForCountry', () => {
  it.each([
    ['GH', 'Africa/Accra'],
    ['NL', 'Europe/Amsterdam'],
    ['PL', 'Europe/Warsaw'],
    ['IS', 'Atlantic/Reykjavik'],
    ['IN', 'Asia/Kolkata'],
    ['gb', 'Europe/London'],
  ])('gives %s the zone the country itself uses, %s', (code, zone) => {
    expect(timeZoneForCountry(code)).toBe(zone);
  });

  it.each(['US', 'CA', 'ES', 'BR', 'MY', 'ZZ'])(
    'gives %s no zone, as it is not certain',
    (code) => {
      expect(timeZoneForCountry(code)).toBeUndefined();
    },
  );
});

describe('isIanaTimeZone', () => {
  it('accepts IANA zones and rejects offsets and legacy names', () => {
    expect(isIanaTimeZone('America/Toronto')).toBe(true);
    expect(isIanaTimeZone('UTC-04:00')).toBe(false);
    expect(isIanaTimeZone('US/Eastern')).toBe(false);
    expect(isIanaTimeZone('Europe/Atlantis')).toBe(false);
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['America/Montreal', 'America/Toronto'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Europe/Berlin', 'Europe/Berlin'],
  ])('gives the current name of %s: %s', (zone, current) => {
    expect(canonicalTimeZone(zone)).toBe(current);
  });

  it('keeps a zone linked to another country zone', () => {
    expect(canonicalTimeZone('Europe/Amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalTimeZone('Africa/Accra')).toBe('Africa/Accra');
  });
});
