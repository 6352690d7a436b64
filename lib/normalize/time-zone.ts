import { getCountry, getTimezone } from 'countries-and-timezones';

/** IANA names of places, as opposed to legacy aliases such as `Poland` or `US/Eastern`. */
const AREA_ZONE =
  /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//;

/** Whether a name is an IANA time zone this runtime knows (not an offset like `UTC-04:00`). */
export function isIanaTimeZone(name: string): boolean {
  if (!AREA_ZONE.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });

    return true;
  } catch {
    return false;
  }
}

/**
 * The current name of a renamed zone (`America/Montreal` → `America/Toronto`,
 * `Asia/Calcutta` → `Asia/Kolkata`); other zones as given. A link to another country's
 * zone is not a rename and is kept (`Europe/Amsterdam`, not `Europe/Brussels`).
 */
export function canonicalTimeZone(name: string): string {
  const zone = getTimezone(name);
  const target = zone?.aliasOf ? getTimezone(zone.aliasOf) : null;
  const isRename = target && target.countries[0] === zone?.countries[0];

  return isRename ? target.name : name;
}

/**
 * The time zone of a country that has exactly one, named as the country's own zone.
 * The tz database links many zones to another country's (`Africa/Accra` → `Africa/Abidjan`,
 * `Europe/Amsterdam` → `Europe/Brussels`): the zone whose first country is this one is
 * chosen, so Ghana gets `Africa/Accra`, never Côte d'Ivoire's. Several zones: `undefined`.
 */
export function timeZoneForCountry(countryCode: string): string | undefined {
  const code = countryCode.toUpperCase();
  if (getCountry(code)?.timezones.length !== 1) return undefined;

  const own = (getCountry(code, { deprecated: true })?.timezones ?? [])
    .filter((name) => AREA_ZONE.test(name))
    .map((name) => getTimezone(name))
    .filter((zone) => zone?.countries[0] === code);
  const current = own.filter((zone) => !zone?.deprecated);
  const chosen = current.length > 0 ? current : own;

  return chosen.length === 1 ? chosen[0]?.name : undefined;
}
