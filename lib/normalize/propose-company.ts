import {
  GROUP_ENRICHED_KEYS,
  type GroupEnrichedKey,
  type GroupEnrichedProperties,
} from '../contract/event';
import { readLinkedinCompanySlugFromText } from '../extract/linkedin-company-url';
import type { CompanyExtraction, RawCompany } from '../extract/types';
import {
  companyDomain,
  crunchbaseHandle,
  readEmployeeCount,
  readEmployeeSize,
  readFoundedYear,
  splitSpecialties,
  withoutTracking,
} from './company-fields';
import { readCompanyPlace, type CompanyPlace } from './company-location';
import { emailProvider } from './email-provider';
import { facebookHandle, isSocialProfileLink, twitterHandle } from './handles';
import { normalizeLocation } from './location';
import { toE164 } from './phone';
import { ProposalBuilder, type ProposalOrigin } from './proposal-builder';

/** A proposed value the user should check before sending, and why. */
export interface CompanyReviewNote {
  key: GroupEnrichedKey;
  value: string;
  reason: string;
}

/** What the popup proposes for a `group_enriched` event from one extraction. */
export interface CompanyProposal {
  kind: 'company';
  /** The company page's canonical URL. */
  profileUrl: string;
  /** enrichment_* values proposed for the event; only keys with a value. */
  properties: Partial<GroupEnrichedProperties>;
  /** Where each proposed property came from: 'structured-data' | 'page-text' | 'derived'. */
  origins: Partial<Record<GroupEnrichedKey, ProposalOrigin>>;
  /** Contract keys the page did not give (product-side plan fields are never listed). */
  missing: GroupEnrichedKey[];
  /** Shown to the user for copying, not sent: the contract has no property for them. */
  extras: { websites: string[]; addresses: string[]; socialLinks: string[]; tagline?: string };
  /** Proposed values kept as written that the user should check (an invalid phone). */
  needsReview: CompanyReviewNote[];
}

/** Keys the product sets (plan, group type), never read from a company's page. */
const PRODUCT_KEYS: GroupEnrichedKey[] = ['group_type', 'name', 'planId', 'planName'];

/** The builder of a company's proposal. */
type CompanyBuilder = ProposalBuilder<GroupEnrichedProperties, keyof RawCompany>;

/** Name, domain, logo, description, type, founding year and market fields. */
function proposeIdentity(builder: CompanyBuilder, fields: RawCompany) {
  builder.set('enrichment_name', fields.name, 'name');
  builder.set('enrichment_legal_name', fields.legalName, 'legalName');
  const domain = companyDomain(fields.verifiedDomains, fields.websites);
  builder.set('enrichment_domain', domain?.domain, domain?.from ?? 'derived');
  builder.set('enrichment_logo', fields.logoUrl, 'logoUrl');
  builder.set('enrichment_description', fields.description, 'description');
  builder.set('enrichment_type', fields.companyType, 'companyType');
  builder.set('enrichment_founder_year', readFoundedYear(fields.founded), 'founded');
  builder.set('enrichment_industry', fields.industry, 'industry');
  builder.set('enrichment_tags', splitSpecialties(fields.specialties), 'specialties');
}

/** Employee range as written, and an exact count only where the page states one. */
function proposeSize(builder: CompanyBuilder, fields: RawCompany) {
  const size = readEmployeeSize(fields.size);
  builder.set('enrichment_employees', readEmployeeCount(fields.employeeCount), 'employeeCount');
  builder.set('enrichment_employees', size.count, 'size');
  builder.set('enrichment_employees_range', size.range, 'size');
}

/** Location properties: the headquarters as written first, then its normalized parts. */
function proposeLocation(builder: CompanyBuilder, fields: RawCompany) {
  const place = readCompanyPlace(fields);
  const location = normalizeLocation(place.fields);
  builder.set('enrichment_location', fields.headquarters, 'headquarters');
  for (const [key, value] of Object.entries(location.values)) {
    const typedKey = key as keyof typeof location.values;
    // `normalizeLocation` names a person's field; `place.from` maps it to the company's.
    const source = location.sources[typedKey] as keyof CompanyPlace['from'];
    builder.set(typedKey, value, place.from[source] ?? 'derived');
  }
  builder.set('enrichment_street_address', place.streetAddress, 'streetAddress');
  builder.set('enrichment_postal_code', place.postalCode, 'postalCode');
}

/** The first phone in E.164 when valid for the company's country, else as written. */
function proposePhones(builder: CompanyBuilder, fields: RawCompany): CompanyReviewNote[] {
  const written = [...new Set((fields.phones ?? []).map((phone) => phone.trim()))];
  const country = builder.properties.enrichment_country_code;
  const phones = written.map((phone) => toE164(phone, country) ?? phone);
  builder.set('enrichment_phone', phones[0], 'phones');
  if (phones.length > 1) builder.set('enrichment_phone_numbers', phones, 'phones');

  return written
    .filter((phone) => toE164(phone, country) === undefined)
    .map((value) => ({
      key: 'enrichment_phone',
      value,
      reason: 'not a valid number for its country; kept as written',
    }));
}

/** E-mail addresses, their provider, and the X, Facebook and Crunchbase handles. */
function proposeContact(builder: CompanyBuilder, fields: RawCompany) {
  const emails = [...new Set(fields.emails ?? [])];
  builder.set('enrichment_email_addresses', emails, 'emails');
  builder.set('enrichment_email_provider', emails.map(emailProvider).find(Boolean), 'derived');
  for (const from of ['socialLinks', 'websites'] as const) {
    const links = fields[from] ?? [];
    const first = (read: (link: string) => string | undefined) => links.map(read).find(Boolean);
    builder.set('enrichment_twitter_handle', first(twitterHandle), from);
    builder.set('enrichment_facebook_handle', first(facebookHandle), from);
    builder.set('enrichment_crunchbase_handle', first(crunchbaseHandle), from);
  }
}

/** Whether a link is a profile that has a property or is the company's LinkedIn page. */
function isProfileLink(link: string): boolean {
  return (
    isSocialProfileLink(link) ||
    crunchbaseHandle(link) !== undefined ||
    readLinkedinCompanySlugFromText(link) !== undefined
  );
}

/** Websites and other profile links, without tracking parameters, for the user to copy. */
function collectExtras(extraction: CompanyExtraction): CompanyProposal['extras'] {
  const { fields, profileUrl } = extraction;
  const clean = (links: string[] = []) =>
    [...new Set(links.map(withoutTracking))].filter((link) => link !== profileUrl);

  return {
    websites: clean(fields.websites).filter((link) => !isProfileLink(link)),
    addresses: fields.addresses ?? [],
    socialLinks: clean(fields.socialLinks).filter((link) => !isProfileLink(link)),
    tagline: fields.tagline,
  };
}

/** Turns a company's raw fields into the `group_enriched` properties the popup proposes. */
export function proposeCompanyProperties(extraction: CompanyExtraction): CompanyProposal {
  const { fields } = extraction;
  const builder: CompanyBuilder = new ProposalBuilder(extraction.origins);

  proposeIdentity(builder, fields);
  proposeSize(builder, fields);
  proposeLocation(builder, fields);
  const needsReview = proposePhones(builder, fields);
  proposeContact(builder, fields);

  return {
    kind: 'company',
    profileUrl: extraction.profileUrl,
    properties: builder.properties,
    origins: builder.origins,
    missing: GROUP_ENRICHED_KEYS.filter(
      (key) => !PRODUCT_KEYS.includes(key) && builder.properties[key] === undefined,
    ),
    extras: collectExtras(extraction),
    needsReview,
  };
}
