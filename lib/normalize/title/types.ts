/** The languages the taxonomy has keywords for (ISO 639-1). */
export type Language = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'pl';

/**
 * Keyword patterns by language, as one comma-separated list per language (line breaks
 * free) so the taxonomy reads as a table. A pattern is matched on whole words of the
 * folded title (lower case, no diacritics, punctuation as spaces); its own syntax:
 * - `*` at the start: the word may begin with other letters (`*leiter` finds `Vertriebsleiter`);
 * - `*` at the end: the word may go on, and is matched to its end (`vertrieb*` finds
 *   `Vertriebsleiter`);
 * - `+` at the end: the word must go on, for a German compound head (`personal+`);
 * - `...` between words: one to three other words (`chief ... officer`).
 */
export type Keywords = Partial<Record<Language, string>>;

/** Seniority levels, highest first; the contract carries them as these strings. */
export const SENIORITY_ORDER = [
  'Executive',
  'Vice President',
  'Director',
  'Manager',
  'Lead',
  'Senior',
  'Mid-level',
  'Junior',
  'Intern',
] as const;

/** One seniority level as the contract writes it. */
export type Seniority = (typeof SENIORITY_ORDER)[number];

/** A seniority level and the words that mark it. */
export interface SeniorityLevel {
  level: Seniority;
  keywords: Keywords;
}

/** A narrower role inside a family. */
export interface SubRole {
  name: string;
  /** A catch-all sub-role, used only when no more specific one matched. Default `false`. */
  broad?: boolean;
  keywords: Keywords;
}

/** A role family, the words that name it and its sub-roles. */
export interface RoleFamily {
  name: string;
  /**
   * A family that names a way of working rather than a function (`Consultant`); it is
   * proposed only when the title names no other family. Default `false`.
   */
  fallback?: boolean;
  keywords: Keywords;
  subRoles: readonly SubRole[];
}

/** Role, sub-role and seniority read from a title; a part the title leaves open is absent. */
export interface TitleClassification {
  role?: string;
  subRole?: string;
  seniority?: Seniority;
}
