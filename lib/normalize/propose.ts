import {
  USER_ENRICHED_KEYS,
  type UserEnrichedKey,
  type UserEnrichedProperties,
} from '../contract/event';
import type { PersonExtraction, Position, RawPerson } from '../extract/types';
import { employerDomain } from './domain';
import { emailProvider } from './email-provider';
import { isSocialProfileLink, readSocialHandles } from './handles';
import { normalizeLocation } from './location';
import { normalizeName } from './name';
import { normalizePhones } from './phone';
import { ProposalBuilder, type ProposalOrigin } from './proposal-builder';
import { classifyTitle } from './title/classify-title';

export type { ProposalOrigin };

/** A proposed value the user should check before sending, and why. */
export interface ReviewNote {
  key: UserEnrichedKey;
  value: string;
  reason: string;
}

/** What the popup proposes for a `user_enriched` event from one extraction. */
export interface Proposal {
  kind: 'person';
  profileUrl: string;
  /**
   * enrichment_* values proposed for the event (no enrichment_active_at/inactive_at; the
   * popup adds those at save). Only keys with a value.
   */
  properties: Partial<UserEnrichedProperties>;
  /** The name exactly as the page wrote it. */
  nameAsWritten?: string;
  /** Shown to the user for copying, not sent: the contract has no property for them. */
  extras: { websites: string[]; emails: string[]; bio?: string };
  /** Other current positions the user may pick instead of the primary one. */
  otherPositions: Position[];
  /** Where each proposed property came from: 'structured-data' | 'page-text' | 'derived'. */
  origins: Partial<Record<UserEnrichedKey, ProposalOrigin>>;
  /** Contract keys the page did not give (the popup lists them as "not found"). */
  missing: UserEnrichedKey[];
  /** Proposed values kept as written that the user should check (an invalid phone). */
  needsReview: ReviewNote[];
}

/** Keys the popup sets itself at save time, never proposed from a page. */
const SAVE_TIME_KEYS: UserEnrichedKey[] = ['enrichment_active_at', 'enrichment_inactive_at'];

/** The builder of a person's proposal. */
type PersonBuilder = ProposalBuilder<UserEnrichedProperties, keyof RawPerson>;

/** Full, first and last name; a split of the display name is `derived`. */
function proposeName(builder: PersonBuilder, fields: RawPerson) {
  const name = normalizeName(fields);
  const hasOwnFields = Boolean(fields.givenName || fields.familyName);
  builder.set(
    'enrichment_full_name',
    name.fullName,
    fields.displayName ? 'displayName' : 'givenName',
  );
  builder.set('enrichment_first_name', name.firstName, hasOwnFields ? 'givenName' : 'derived');
  builder.set('enrichment_last_name', name.lastName, hasOwnFields ? 'familyName' : 'derived');
}

/** Title, employer and employer domain of the primary position. */
function proposeEmployment(builder: PersonBuilder, fields: RawPerson) {
  const primary = fields.positions?.[0];
  builder.set('enrichment_employment_title', primary?.title, 'positions');
  const { role, subRole, seniority } = classifyTitle(primary?.title ?? '');
  builder.set('enrichment_employment_role', role, 'derived');
  builder.set('enrichment_employment_sub_role', subRole, 'derived');
  builder.set('enrichment_employment_seniority', seniority, 'derived');
  builder.set('enrichment_employment_name', primary?.employerName, 'positions');
  const domain = employerDomain(primary, fields.websites);
  builder.set('enrichment_employment_domain', domain, 'derived');
}

/** Location properties, with each origin taken from the raw field it was read from. */
function proposeLocation(builder: PersonBuilder, fields: RawPerson) {
  const location = normalizeLocation(fields);
  for (const [key, value] of Object.entries(location.values)) {
    const typedKey = key as keyof typeof location.values;
    builder.set(typedKey, value, location.sources[typedKey] ?? 'derived');
  }
}

/** Handles; the profile's own address and login come first. */
function proposeHandles(builder: PersonBuilder, extraction: PersonExtraction) {
  const { fields, source, profileUrl } = extraction;
  const handles = readSocialHandles(fields.socialLinks ?? []);
  if (source === 'linkedin-public')
    builder.set('enrichment_linkedin_handle', profileUrl, 'derived');
  builder.set('enrichment_linkedin_handle', handles.linkedin, 'socialLinks');
  builder.set('enrichment_github_handle', fields.githubLogin, 'githubLogin');
  builder.set('enrichment_github_handle', handles.github, 'socialLinks');
  builder.set('enrichment_twitter_handle', handles.twitter, 'socialLinks');
  builder.set('enrichment_facebook_handle', handles.facebook, 'socialLinks');
}

/** The person's websites and other profile links the event has no property for. */
function collectWebsites(extraction: PersonExtraction): string[] {
  const { fields, profileUrl } = extraction;
  const others = (fields.socialLinks ?? []).filter((link) => !isSocialProfileLink(link));
  const websites = [...(fields.websites ?? []), ...others].filter((site) => site !== profileUrl);

  return [...new Set(websites)];
}

/** Turns a person's raw fields into the properties the popup proposes, with their origins. */
export function proposeProperties(extraction: PersonExtraction): Proposal {
  const { fields } = extraction;
  const builder: PersonBuilder = new ProposalBuilder(extraction.origins);

  proposeName(builder, fields);
  proposeEmployment(builder, fields);
  proposeLocation(builder, fields);
  const phones = normalizePhones(fields.phones ?? [], builder.properties.enrichment_country_code);
  builder.set('enrichment_phone', phones.phones, 'phones');
  const provider = (fields.emails ?? []).map(emailProvider).find(Boolean);
  builder.set('enrichment_email_provider', provider, 'derived');
  builder.set('enrichment_avatar', fields.avatarUrl, 'avatarUrl');
  proposeHandles(builder, extraction);

  return {
    kind: 'person',
    profileUrl: extraction.profileUrl,
    properties: builder.properties,
    nameAsWritten: fields.displayName,
    extras: { websites: collectWebsites(extraction), emails: fields.emails ?? [], bio: fields.bio },
    otherPositions: fields.positions?.slice(1) ?? [],
    origins: builder.origins,
    missing: USER_ENRICHED_KEYS.filter(
      (key) => !SAVE_TIME_KEYS.includes(key) && builder.properties[key] === undefined,
    ),
    needsReview: phones.needsReview.map((value) => ({
      key: 'enrichment_phone',
      value,
      reason: 'not a valid number for its country; kept as written',
    })),
  };
}
