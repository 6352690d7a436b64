import type { GroupEnrichedKey } from '../contract/event';
import { arePhones, isHttpUrl, isTimeZone, matches } from './fields';

/**
 * How an account field is typed and sent: one line of text, a longer text, a whole number
 * (`enrichment_employees`, `enrichment_founder_year`), or a list, one item per line.
 */
export type AccountFieldKind = 'text' | 'long-text' | 'integer' | 'list';

/** The `group_enriched` properties a company page can give, which the account form edits. */
export type AccountEditableKey = Exclude<
  GroupEnrichedKey,
  | 'enrichment_domain_aliases'
  | 'enrichment_annual_revenue'
  | 'enrichment_market_cap'
  | 'enrichment_raised'
  | 'enrichment_industry_group'
  | 'enrichment_sub_industry'
  | 'enrichment_sector'
  | 'enrichment_tech'
  | 'enrichment_tech_categories'
  | 'enrichment_traffic_rank'
  | 'enrichment_street_name'
  | 'enrichment_street_number'
  | 'group_type'
  | 'name'
  | 'planId'
  | 'planName'
>;

/** A field of the account form. */
export interface AccountFieldSpec {
  key: AccountEditableKey;
  label: string;
  kind: AccountFieldKind;
  /** Returns an error message for a value the API would reject or that looks wrong. */
  validate?: (value: string) => string | undefined;
  /** Shown in the empty input as an example of the expected form. */
  placeholder?: string;
}

export interface AccountFieldGroup {
  title: string;
  fields: AccountFieldSpec[];
}

/** Splits a list input (one item per line, or separated by commas) into its items. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

const isWholeNumber = (value: string): string | undefined =>
  /^\d{1,9}$/.test(value) ? undefined : 'expected a whole number, e.g. 120';

const isYear = (value: string): string | undefined => {
  const year = Number(value);
  const valid = /^\d{4}$/.test(value) && year <= new Date().getUTCFullYear();

  return valid ? undefined : 'expected a four-digit year, e.g. 2016';
};

const areEmails = (value: string): string | undefined => {
  const bad = splitList(value).filter((email) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email));

  return bad.length === 0 ? undefined : `not an e-mail address: ${bad.join(', ')}`;
};

/** The account form's groups, in the order the popup shows them. */
export const ACCOUNT_FIELD_GROUPS: AccountFieldGroup[] = [
  {
    title: 'Account',
    fields: [
      { key: 'enrichment_name', label: 'Name', kind: 'text' },
      { key: 'enrichment_legal_name', label: 'Legal name', kind: 'text' },
      {
        key: 'enrichment_domain',
        label: 'Domain',
        kind: 'text',
        placeholder: 'example.com',
        validate: matches(DOMAIN, 'a domain such as example.com'),
      },
      { key: 'enrichment_logo', label: 'Logo URL', kind: 'text', validate: isHttpUrl },
      { key: 'enrichment_description', label: 'Description', kind: 'long-text' },
      { key: 'enrichment_type', label: 'Type', kind: 'text', placeholder: 'Privately Held' },
      {
        key: 'enrichment_founder_year',
        label: 'Founded (year)',
        kind: 'integer',
        validate: isYear,
      },
    ],
  },
  {
    title: 'Size and market',
    fields: [
      { key: 'enrichment_industry', label: 'Industry', kind: 'text' },
      { key: 'enrichment_tags', label: 'Tags (one per line)', kind: 'list' },
      {
        key: 'enrichment_employees',
        label: 'Employees (exact count)',
        kind: 'integer',
        validate: isWholeNumber,
      },
      {
        key: 'enrichment_employees_range',
        label: 'Employee range',
        kind: 'text',
        placeholder: '51-200',
        validate: matches(/^\d[\d,.]*\s*(?:[-–]\s*\d[\d,.]*|\+)$/, 'a range such as 51-200'),
      },
    ],
  },
  {
    title: 'Location',
    fields: [
      { key: 'enrichment_location', label: 'Headquarters', kind: 'text' },
      { key: 'enrichment_street_address', label: 'Street address', kind: 'text' },
      { key: 'enrichment_postal_code', label: 'Postal code', kind: 'text' },
      { key: 'enrichment_city', label: 'City', kind: 'text' },
      { key: 'enrichment_state', label: 'State / region', kind: 'text' },
      {
        key: 'enrichment_state_code',
        label: 'State code',
        kind: 'text',
        placeholder: 'CA',
        validate: matches(/^[A-Z0-9]{1,3}$/, '1–3 capitals or digits, e.g. CA'),
      },
      { key: 'enrichment_country', label: 'Country', kind: 'text' },
      {
        key: 'enrichment_country_code',
        label: 'Country code',
        kind: 'text',
        placeholder: 'US',
        validate: matches(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. US'),
      },
      { key: 'enrichment_time_zone', label: 'Time zone', kind: 'text', validate: isTimeZone },
    ],
  },
  {
    title: 'Contact',
    fields: [
      { key: 'enrichment_phone', label: 'Main phone', kind: 'text', validate: arePhones },
      {
        key: 'enrichment_phone_numbers',
        label: 'All phones (one per line)',
        kind: 'list',
        validate: arePhones,
      },
      {
        key: 'enrichment_email_addresses',
        label: 'E-mail addresses (one per line)',
        kind: 'list',
        validate: areEmails,
      },
      { key: 'enrichment_email_provider', label: 'Email provider', kind: 'text' },
    ],
  },
  {
    title: 'Handles',
    fields: [
      {
        key: 'enrichment_twitter_handle',
        label: 'X / Twitter',
        kind: 'text',
        placeholder: '@handle',
        validate: matches(/^@[A-Za-z0-9_]{1,15}$/, '@handle'),
      },
      {
        key: 'enrichment_facebook_handle',
        label: 'Facebook',
        kind: 'text',
        validate: matches(/^[A-Za-z0-9.]{5,}$/, 'a Facebook username'),
      },
      {
        key: 'enrichment_crunchbase_handle',
        label: 'Crunchbase',
        kind: 'text',
        placeholder: 'organization slug',
        validate: matches(/^[a-z0-9-]+$/i, 'the slug of crunchbase.com/organization/<slug>'),
      },
    ],
  },
];

/** Every account field, in form order. */
export const ACCOUNT_FIELDS: AccountFieldSpec[] = ACCOUNT_FIELD_GROUPS.flatMap(
  (group) => group.fields,
);
