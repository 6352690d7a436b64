/**
 * What an extractor reads off a page, before normalization. Values are as the page writes
 * them (trimmed); normalization (`lib/normalize/`) turns them into Track API properties.
 */

/** Which extractor produced a person. */
export type PersonSource = 'linkedin-public' | 'github-user' | 'schema-person';

/** Which extractor produced a company (an account). */
export type CompanySource = 'linkedin-company' | 'github-org';

/** Which extractor produced a result. */
export type ProfileSource = PersonSource | CompanySource;

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
  source: PersonSource;
  /** The profile's canonical URL; a stable `user_id` is derived from it. */
  profileUrl: string;
  fields: RawPerson;
  /** For each field that was found, where it came from. */
  origins: Partial<Record<keyof RawPerson, FieldOrigin>>;
}

/** The raw fields of a company or organization as its page shows them. Every field is optional. */
export interface RawCompany {
  name?: string;
  /** A legal name the page states apart from the display name (schema.org `legalName`). */
  legalName?: string;
  /** The company's websites as the page links them, LinkedIn's redirect wrapper removed. */
  websites?: string[];
  /** Domains the site verified the company controls (GitHub's "Verified" badge). */
  verifiedDomains?: string[];
  logoUrl?: string;
  /** The company's own description (LinkedIn's overview, GitHub's org description). */
  description?: string;
  /** LinkedIn's one-line slogan under the name; shown to the user, not sent. */
  tagline?: string;
  industry?: string;
  /** Company size as written, e.g. `51-200 employees` or `1,204 employees`. */
  size?: string;
  /** An exact head count the page states as a number (schema.org `numberOfEmployees`). */
  employeeCount?: string;
  /** Type as written, e.g. `Privately Held`. */
  companyType?: string;
  /** The founding year or date as written, e.g. `2016`. */
  founded?: string;
  /** Specialties as written: one string per item, or one comma-separated list. */
  specialties?: string[];
  /** The headquarters as one display string, e.g. `Rotterdam, South Holland`. */
  headquarters?: string;
  /** Office addresses as written, each as one line (`Street 1, City, Region 1234 AB, NL`). */
  addresses?: string[];
  /** Structured address parts of the headquarters, when the page has them. */
  streetAddress?: string;
  postalCode?: string;
  locality?: string;
  region?: string;
  /** A country as the page writes it: an ISO code or a name. */
  country?: string;
  phones?: string[];
  emails?: string[];
  /** Links to the company's other profiles (X, Facebook, Crunchbase, …). */
  socialLinks?: string[];
}

/** A company or organization found on a page: a `group_enriched` capture. */
export interface CompanyExtraction {
  kind: 'company';
  source: CompanySource;
  /** The company page's canonical URL, e.g. `https://www.linkedin.com/company/<slug>`. */
  profileUrl: string;
  fields: RawCompany;
  /** For each field that was found, where it came from. */
  origins: Partial<Record<keyof RawCompany, FieldOrigin>>;
}

/** Nothing to propose on this page; `reason` says why, for the popup. */
export interface NoExtraction {
  kind: 'none';
  reason: string;
}

/** What a page yields: a person, a company, or nothing. */
export type Extraction = PersonExtraction | CompanyExtraction | NoExtraction;
