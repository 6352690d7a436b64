import { z } from 'zod';

/**
 * The content script's answer, validated where it arrives (the popup, then the background
 * when the popup asks it for a proposal): it is built from page text, and a compromised page
 * must not be able to smuggle other shapes through it.
 */
const text = z.string().max(10_000);
const texts = z.array(text).max(50);
const positionSchema = z.object({
  title: text.optional(),
  employerName: text.optional(),
  employerWebsite: text.optional(),
});

const originsSchema = z.record(z.string(), z.enum(['structured-data', 'page-text']));

const personExtractionSchema = z.object({
  kind: z.literal('person'),
  source: z.enum(['linkedin-public', 'github-user', 'schema-person']),
  profileUrl: z.url(),
  fields: z.object({
    displayName: text.optional(),
    givenName: text.optional(),
    familyName: text.optional(),
    positions: z.array(positionSchema).max(50).optional(),
    location: text.optional(),
    locality: text.optional(),
    region: text.optional(),
    country: text.optional(),
    timeZone: text.optional(),
    avatarUrl: text.optional(),
    phones: texts.optional(),
    emails: texts.optional(),
    websites: texts.optional(),
    socialLinks: texts.optional(),
    githubLogin: text.optional(),
    bio: text.optional(),
  }),
  origins: originsSchema,
});

const companyExtractionSchema = z.object({
  kind: z.literal('company'),
  source: z.enum(['linkedin-company', 'github-org']),
  profileUrl: z.url(),
  fields: z.object({
    name: text.optional(),
    legalName: text.optional(),
    websites: texts.optional(),
    verifiedDomains: texts.optional(),
    logoUrl: text.optional(),
    description: text.optional(),
    tagline: text.optional(),
    industry: text.optional(),
    size: text.optional(),
    employeeCount: text.optional(),
    companyType: text.optional(),
    founded: text.optional(),
    specialties: texts.optional(),
    headquarters: text.optional(),
    addresses: texts.optional(),
    streetAddress: text.optional(),
    postalCode: text.optional(),
    locality: text.optional(),
    region: text.optional(),
    country: text.optional(),
    phones: texts.optional(),
    emails: texts.optional(),
    socialLinks: texts.optional(),
  }),
  origins: originsSchema,
});

/** A person's or a company's extraction: what the background proposes properties for. */
export const profileExtractionSchema = z.discriminatedUnion('kind', [
  personExtractionSchema,
  companyExtractionSchema,
]);

export const extractionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none'), reason: text }),
  personExtractionSchema,
  companyExtractionSchema,
]);
