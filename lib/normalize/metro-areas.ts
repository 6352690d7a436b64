/** What a metropolitan area tells for certain about where a person is. */
export interface MetroArea {
  /** Set only where the area is the city itself and its suburbs within its limits. */
  city?: string;
  state?: string;
  /** The subdivision part of the ISO 3166-2 code. */
  stateCode?: string;
  countryCode: string;
  timeZone: string;
}

/**
 * Metropolitan areas profile sites write instead of a city (LinkedIn's `Greater Seattle
 * Area`), keyed by their folded name. An area spans many cities (Bellevue, Redmond), so
 * the city is left empty except where the area is one city; the state and zone are the
 * same everywhere in it. An area that crosses state lines (New York City Metropolitan
 * Area: NY, NJ, CT) carries no state. Add rows only when every field holds for the whole
 * area: nothing here is guessed at run time.
 */
export const METRO_AREAS: Record<string, MetroArea> = {
  'greater seattle area': {
    state: 'Washington',
    stateCode: 'WA',
    countryCode: 'US',
    timeZone: 'America/Los_Angeles',
  },
  'san francisco bay area': {
    state: 'California',
    stateCode: 'CA',
    countryCode: 'US',
    timeZone: 'America/Los_Angeles',
  },
  'los angeles metropolitan area': {
    state: 'California',
    stateCode: 'CA',
    countryCode: 'US',
    timeZone: 'America/Los_Angeles',
  },
  'greater san diego area': {
    state: 'California',
    stateCode: 'CA',
    countryCode: 'US',
    timeZone: 'America/Los_Angeles',
  },
  'new york city metropolitan area': { countryCode: 'US', timeZone: 'America/New_York' },
  'greater boston': { countryCode: 'US', timeZone: 'America/New_York' },
  'greater chicago area': { countryCode: 'US', timeZone: 'America/Chicago' },
  'atlanta metropolitan area': {
    state: 'Georgia',
    stateCode: 'GA',
    countryCode: 'US',
    timeZone: 'America/New_York',
  },
  'austin texas metropolitan area': {
    state: 'Texas',
    stateCode: 'TX',
    countryCode: 'US',
    timeZone: 'America/Chicago',
  },
  'dallas fort worth metroplex': {
    state: 'Texas',
    stateCode: 'TX',
    countryCode: 'US',
    timeZone: 'America/Chicago',
  },
  'denver metropolitan area': {
    state: 'Colorado',
    stateCode: 'CO',
    countryCode: 'US',
    timeZone: 'America/Denver',
  },
  'greater toronto area': {
    state: 'Ontario',
    stateCode: 'ON',
    countryCode: 'CA',
    timeZone: 'America/Toronto',
  },
  'greater vancouver': {
    state: 'British Columbia',
    stateCode: 'BC',
    countryCode: 'CA',
    timeZone: 'America/Vancouver',
  },
  'greater montreal': {
    state: 'Quebec',
    stateCode: 'QC',
    countryCode: 'CA',
    timeZone: 'America/Toronto',
  },
  'greater london': { city: 'London', countryCode: 'GB', timeZone: 'Europe/London' },
  'london area': { countryCode: 'GB', timeZone: 'Europe/London' },
  'greater manchester': { countryCode: 'GB', timeZone: 'Europe/London' },
  'greater paris metropolitan region': {
    state: 'Île-de-France',
    stateCode: 'IDF',
    countryCode: 'FR',
    timeZone: 'Europe/Paris',
  },
  'greater madrid metropolitan area': {
    state: 'Comunidad de Madrid',
    stateCode: 'MD',
    countryCode: 'ES',
    timeZone: 'Europe/Madrid',
  },
  'greater barcelona metropolitan area': {
    state: 'Catalunya',
    stateCode: 'CT',
    countryCode: 'ES',
    timeZone: 'Europe/Madrid',
  },
  'greater munich metropolitan area': {
    state: 'Bayern',
    stateCode: 'BY',
    countryCode: 'DE',
    timeZone: 'Europe/Berlin',
  },
  'berlin metropolitan area': { countryCode: 'DE', timeZone: 'Europe/Berlin' },
  randstad: { countryCode: 'NL', timeZone: 'Europe/Amsterdam' },
  'greater sydney area': {
    state: 'New South Wales',
    stateCode: 'NSW',
    countryCode: 'AU',
    timeZone: 'Australia/Sydney',
  },
  'greater melbourne area': {
    state: 'Victoria',
    stateCode: 'VIC',
    countryCode: 'AU',
    timeZone: 'Australia/Melbourne',
  },
  'greater sao paulo area': {
    state: 'São Paulo',
    stateCode: 'SP',
    countryCode: 'BR',
    timeZone: 'America/Sao_Paulo',
  },
  'mexico city metropolitan area': {
    countryCode: 'MX',
    timeZone: 'America/Mexico_City',
  },
  'greater tokyo area': { countryCode: 'JP', timeZone: 'Asia/Tokyo' },
  'greater bengaluru area': {
    state: 'Karnataka',
    stateCode: 'KA',
    countryCode: 'IN',
    timeZone: 'Asia/Kolkata',
  },
};
