import { z } from 'zod';
import {
  GROUP_ENRICHED_KEYS,
  groupEnrichedPropertiesSchema,
  USER_ENRICHED_KEYS,
  userEnrichedPropertiesSchema,
} from '../contract/event';
import type { CompanyProposal } from './propose-company';
import type { Proposal } from './propose';

/**
 * The shapes of the proposals the background computes for the popup (`capture.propose`),
 * so the popup validates that answer like any other. Each value is checked for the kind the
 * contract gives its key (text, a list of texts, a count), not for the contract's rules: a
 * proposal may hold a value the user must fix, which the popup flags and the contract's
 * schema would refuse.
 *
 * Only types are imported from the proposing modules: they carry the phone, country and
 * city tables that the popup leaves to the background.
 */
const text = z.string();

/** The contract's properties, each loosened to its kind of value. */
function proposedProperties(contract: z.ZodObject) {
  const kinds = Object.entries(contract.shape).map(([key, field]) => {
    const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
    if (inner instanceof z.ZodArray) return [key, z.array(text).optional()];
    if (inner instanceof z.ZodNumber) return [key, z.number().optional()];
    if (inner instanceof z.ZodRecord) return [key, z.record(text, z.unknown()).optional()];
    return [key, text.optional()];
  });

  return z.strictObject(Object.fromEntries(kinds) as Record<string, z.ZodOptional>);
}

const originSchema = z.enum(['structured-data', 'page-text', 'derived']);
const userKey = z.enum(USER_ENRICHED_KEYS);
const groupKey = z.enum(GROUP_ENRICHED_KEYS);

const personProposalSchema = z.object({
  kind: z.literal('person'),
  profileUrl: text,
  properties: proposedProperties(userEnrichedPropertiesSchema),
  nameAsWritten: text.optional(),
  extras: z.object({ websites: z.array(text), emails: z.array(text), bio: text.optional() }),
  otherPositions: z.array(
    z.object({
      title: text.optional(),
      employerName: text.optional(),
      employerWebsite: text.optional(),
    }),
  ),
  origins: z.partialRecord(userKey, originSchema),
  missing: z.array(userKey),
  needsReview: z.array(z.object({ key: userKey, value: text, reason: text })),
});

const companyProposalSchema = z.object({
  kind: z.literal('company'),
  profileUrl: text,
  properties: proposedProperties(groupEnrichedPropertiesSchema),
  origins: z.partialRecord(groupKey, originSchema),
  missing: z.array(groupKey),
  extras: z.object({
    websites: z.array(text),
    addresses: z.array(text),
    socialLinks: z.array(text),
    tagline: text.optional(),
  }),
  needsReview: z.array(z.object({ key: groupKey, value: text, reason: text })),
});

/**
 * A person's or a company's proposal. Typed as the proposing functions' results: the schema
 * checks every key and the kind of every value, and the background built the values with
 * those same functions, whose types are narrower (a timestamp's format, say).
 */
export const proposalSchema = z.discriminatedUnion('kind', [
  personProposalSchema,
  companyProposalSchema,
]) as unknown as z.ZodType<Proposal | CompanyProposal>;
