import { z } from 'zod';
import { GROUP_ENRICHED_KEYS, USER_ENRICHED_KEYS } from '../contract/event';
import type { CompanyProposal } from './propose-company';
import type { Proposal } from './propose';

/**
 * The shapes of the proposals the background computes for the popup (`capture.propose`),
 * so the popup validates that answer like any other. The values are checked for their kind
 * only (text, a list of texts, or a count): a proposal may hold a value the user must fix,
 * which the popup flags and the contract's schema would refuse.
 *
 * Only types are imported from the proposing modules: they carry the phone, country and
 * city tables that the popup leaves to the background.
 */
const text = z.string();
const proposedValue = z.union([text, z.array(text), z.number()]);
const originSchema = z.enum(['structured-data', 'page-text', 'derived']);
const userKey = z.enum(USER_ENRICHED_KEYS);
const groupKey = z.enum(GROUP_ENRICHED_KEYS);

const personProposalSchema = z.object({
  kind: z.literal('person'),
  profileUrl: text,
  properties: z.partialRecord(userKey, proposedValue),
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
  properties: z.partialRecord(groupKey, proposedValue),
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
 * those same functions, whose types are narrower per key than "text, texts or a count".
 */
export const proposalSchema = z.discriminatedUnion('kind', [
  personProposalSchema,
  companyProposalSchema,
]) as unknown as z.ZodType<Proposal | CompanyProposal>;
