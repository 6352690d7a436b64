import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** Phone numbers for the event, and those the user should check before sending. */
export interface NormalizedPhones {
  /** E.164 numbers, and numbers kept as written when they could not be validated. */
  phones: string[];
  /** Numbers kept as written because they are not valid for their country. */
  needsReview: string[];
}

/** One number in E.164, or `undefined` when it is not a valid number. */
export function toE164(written: string, countryCode?: string): string | undefined {
  // Local numbers are read in the profile's country; international ones carry their own.
  const number = parsePhoneNumberFromString(written, countryCode?.toUpperCase() as CountryCode);

  return number?.isValid() ? number.number : undefined;
}

/**
 * Numbers in E.164 (`+48125550123`), read with the profile's country for local numbers.
 * A number that is not valid is kept as written and listed in `needsReview`.
 */
export function normalizePhones(written: string[], countryCode?: string): NormalizedPhones {
  const phones: string[] = [];
  const needsReview: string[] = [];

  for (const raw of written.map((value) => value.trim()).filter(Boolean)) {
    const phone = toE164(raw, countryCode);
    if (!phone) needsReview.push(raw);
    const value = phone ?? raw;
    if (!phones.includes(value)) phones.push(value);
  }

  return { phones, needsReview };
}
