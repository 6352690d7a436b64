/**
 * What an extractor reads off a page, before normalization. Values are as the page writes
 * them (trimmed); normalization (`lib/normalize/`) turns them into Track API properties.
 */

/** Which extractor produced a result. */
export type ProfileSource = 'linkedin-public' | 'github-user' | 'schema-person';

/** Where a field's value came from, so the popup can tell the user what to check. */
export type FieldOrigin = 'structured-data' | 'page-text';

/** A position a person holds now. */
export interface Position {
  title?: string;
  employerName?: string;
  /** The employer's own website as the page shows it (never a LinkedIn company link). */
  employerWebsite?: string;
}

/** The raw fields of a person as a page shows them. Every field is optional. */
export interface RawPerson {
  /** The name as the page wrote it, decorations included. */
  displayName?: string;
  /** Given and family name from the page's own name fields (structured data, meta tags). */
  givenName?: string;
  familyName?: string;
  /** The primary current position first, then the others the page lists as current. */
  positions?: Position[];
  /** The location as one display string, e.g. `Valencia, Valencian Community, Spain`. */
  location?: string;
  /** Structured address parts, when the page has them. */
  locality?: string;
  region?: string;
  /** A country as the page writes it: an ISO code or a name. */
  country?: string;
  /** An IANA zone or UTC offset the page states for the person (GitHub's local time). */
  timeZone?: string;
  avatarUrl?: string;
  phones?: string[];
  emails?: string[];
  /** The person's own websites (shown to the user, not sent). */
  websites?: string[];
  /** Links to the person's other profiles (LinkedIn, GitHub, X, Facebook, Mastodon). */
  socialLinks?: string[];
  githubLogin?: string;
  bio?: string;
}

/** A person found on a page. */
export interface PersonExtraction {
  kind: 'person';
  source: ProfileSource;
  /** The profile's canonical URL; a stable `user_id` is derived from it. */
  profileUrl: string;
  fields: RawPerson;
  /** For each field that was found, where it came from. */
  origins: Partial<Record<keyof RawPerson, FieldOrigin>>;
}

/** Nothing to propose on this page; `reason` says why, for the popup. */
export interface NoExtraction {
  kind: 'none';
  reason: string;
}

export type Extraction = PersonExtraction | NoExtraction;
