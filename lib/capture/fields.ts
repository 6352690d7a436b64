import type { UserEnrichedKey } from '../contract/event';

/** A field of the capture form: one `user_enriched` property the user can check and edit. */
export interface FieldSpec {
  key: EditableKey;
  label: string;
  /** Returns an error message for a value the API would reject or that looks wrong. */
  validate?: (value: string) => string | undefined;
  /** Shown in the empty input as an example of the expected form. */
  placeholder?: string;
}

/** The capture time and the inactive time are set at save, not typed by the user. */
export type EditableKey = Exclude<
  UserEnrichedKey,
  'enrichment_active_at' | 'enrichment_inactive_at'
>;

export interface FieldGroup {
  title: string;
  fields: FieldSpec[];
}

/** An http(s) address, else why not. */
export const isHttpUrl = (value: string): string | undefined => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : 'not a web URL';
  } catch {
    return 'not a URL';
  }
};

/** A validator of a pattern, naming the expected form. */
export const matches =
  (pattern: RegExp, expected: string) =>
  (value: string): string | undefined =>
    pattern.test(value) ? undefined : `expected ${expected}`;

/** An IANA time zone, else why not. */
export const isTimeZone = (value: string): string | undefined => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return undefined;
  } catch {
    return 'not an IANA time zone (e.g. Europe/Madrid)';
  }
};

/** Phones are one per line; each must be E.164 (the normalizer writes them that way). */
export const arePhones = (value: string): string | undefined => {
  const bad = splitPhones(value).filter((phone) => !/^\+[1-9]\d{6,14}$/.test(phone));
  return bad.length === 0 ? undefined : `not E.164 (e.g. +48125550123): ${bad.join(', ')}`;
};

/** Splits the phone input (one number per line or comma-separated) into numbers. */
export function splitPhones(value: string): string[] {
  return value
    .split(/[\n,;]/)
    .map((phone) => phone.trim())
    .filter(Boolean);
}

/** The capture form's groups, in the order the popup shows them. */
export const FIELD_GROUPS: FieldGroup[] = [
  {
    title: 'Person',
    fields: [
      { key: 'enrichment_full_name', label: 'Full name' },
      { key: 'enrichment_first_name', label: 'First name' },
      { key: 'enrichment_last_name', label: 'Last name' },
      { key: 'enrichment_avatar', label: 'Avatar URL', validate: isHttpUrl },
    ],
  },
  {
    title: 'Employment',
    fields: [
      { key: 'enrichment_employment_title', label: 'Title' },
      { key: 'enrichment_employment_name', label: 'Employer' },
      {
        key: 'enrichment_employment_domain',
        label: 'Employer domain',
        placeholder: 'example.com',
        validate: matches(
          /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i,
          'a domain such as example.com',
        ),
      },
      { key: 'enrichment_employment_role', label: 'Role' },
      { key: 'enrichment_employment_sub_role', label: 'Sub-role' },
      { key: 'enrichment_employment_seniority', label: 'Seniority' },
    ],
  },
  {
    title: 'Location',
    fields: [
      { key: 'enrichment_location', label: 'Location' },
      { key: 'enrichment_city', label: 'City' },
      { key: 'enrichment_state', label: 'State / region' },
      {
        key: 'enrichment_state_code',
        label: 'State code',
        placeholder: 'CA',
        validate: matches(/^[A-Z0-9]{1,3}$/, '1–3 capitals or digits, e.g. CA'),
      },
      { key: 'enrichment_country', label: 'Country' },
      {
        key: 'enrichment_country_code',
        label: 'Country code',
        placeholder: 'US',
        validate: matches(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. US'),
      },
      { key: 'enrichment_time_zone', label: 'Time zone', validate: isTimeZone },
    ],
  },
  {
    title: 'Contact',
    fields: [
      { key: 'enrichment_phone', label: 'Phones (one per line)', validate: arePhones },
      { key: 'enrichment_email_provider', label: 'Email provider' },
    ],
  },
  {
    title: 'Handles',
    fields: [
      {
        key: 'enrichment_linkedin_handle',
        label: 'LinkedIn',
        placeholder: 'https://www.linkedin.com/in/…',
        validate: matches(
          /^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+$/,
          'https://www.linkedin.com/in/<slug>',
        ),
      },
      {
        key: 'enrichment_github_handle',
        label: 'GitHub login',
        validate: matches(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'a GitHub login'),
      },
      {
        key: 'enrichment_twitter_handle',
        label: 'X / Twitter',
        placeholder: '@handle',
        validate: matches(/^@[A-Za-z0-9_]{1,15}$/, '@handle'),
      },
      {
        key: 'enrichment_facebook_handle',
        label: 'Facebook',
        validate: matches(/^[A-Za-z0-9.]{5,}$/, 'a Facebook username'),
      },
    ],
  },
];

/** Every editable key, in form order. */
export const EDITABLE_KEYS: EditableKey[] = FIELD_GROUPS.flatMap((group) =>
  group.fields.map((field) => field.key),
);
