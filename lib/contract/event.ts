import { z } from 'zod';
import { MAX_EVENTS_PER_REQUEST } from './limits';

/** A string property as the API keeps it: surrounding white space removed. */
const text = z.string().trim();

/** ISO-8601 in UTC with a `Z` suffix, e.g. `2024-10-21T12:30:08.276Z`. */
export const utcTimestampSchema = z.iso.datetime({ offset: false });

/** The 25 documented properties of a `user_enriched` event, all optional. */
export const userEnrichedPropertiesSchema = z.strictObject({
  enrichment_active_at: utcTimestampSchema.optional(),
  // Empty while the enrichment is still active, as in the contract's example.
  enrichment_inactive_at: z.union([z.literal(''), utcTimestampSchema]).optional(),
  enrichment_avatar: text.optional(),
  enrichment_full_name: text.optional(),
  enrichment_first_name: text.optional(),
  enrichment_last_name: text.optional(),
  enrichment_employment_title: text.optional(),
  enrichment_employment_name: text.optional(),
  enrichment_employment_domain: text.optional(),
  enrichment_employment_role: text.optional(),
  enrichment_employment_sub_role: text.optional(),
  enrichment_employment_seniority: text.optional(),
  enrichment_city: text.optional(),
  enrichment_state: text.optional(),
  enrichment_state_code: text.optional(),
  enrichment_country: text.optional(),
  enrichment_country_code: text.optional(),
  enrichment_location: text.optional(),
  enrichment_time_zone: text.optional(),
  enrichment_phone: z.array(text).optional(),
  enrichment_email_provider: text.optional(),
  enrichment_linkedin_handle: text.optional(),
  enrichment_github_handle: text.optional(),
  enrichment_twitter_handle: text.optional(),
  enrichment_facebook_handle: text.optional(),
});
export type UserEnrichedProperties = z.infer<typeof userEnrichedPropertiesSchema>;
export type UserEnrichedKey = keyof UserEnrichedProperties;

/** Every key a `user_enriched` event may carry, in the contract's order. */
export const USER_ENRICHED_KEYS = Object.keys(
  userEnrichedPropertiesSchema.shape,
) as UserEnrichedKey[];

/**
 * `context` of an event. `event_id` is ours: a UUID made at capture so that a resend of the
 * same event can be recognised. Other keys are passed through as the API allows them.
 */
export const eventContextSchema = z.looseObject({
  group_id: text.optional(),
  device_id: text.optional(),
  session_id: text.optional(),
  source: text.optional(),
  event_id: z.uuid().optional(),
});

/** Fields every Track API event has, whatever its name. */
const baseEventShape = {
  event_name: text.min(1, 'event_name is required'),
  user_id: text.min(1, 'user_id is required'),
  timestamp: utcTimestampSchema,
  context: eventContextSchema.optional(),
};

/** A `user_enriched` event: a person's enrichment. */
export const userEnrichedEventSchema = z.object({
  ...baseEventShape,
  event_name: z.string().trim().pipe(z.literal('user_enriched')),
  properties: userEnrichedPropertiesSchema.optional(),
});
export type UserEnrichedEvent = z.infer<typeof userEnrichedEventSchema>;

/** The documented properties of a `group_enriched` event (an account), all optional. */
export const groupEnrichedPropertiesSchema = z.strictObject({
  enrichment_name: text.optional(),
  enrichment_legal_name: text.optional(),
  enrichment_domain: text.optional(),
  enrichment_domain_aliases: z.record(z.string(), z.unknown()).optional(),
  enrichment_logo: text.optional(),
  enrichment_description: text.optional(),
  enrichment_type: text.optional(),
  enrichment_founder_year: z.int().optional(),
  enrichment_employees: z.int().nonnegative().optional(),
  enrichment_employees_range: text.optional(),
  enrichment_annual_revenue: text.optional(),
  enrichment_market_cap: text.optional(),
  enrichment_raised: text.optional(),
  enrichment_industry: text.optional(),
  enrichment_industry_group: text.optional(),
  enrichment_sub_industry: text.optional(),
  enrichment_sector: text.optional(),
  enrichment_tags: z.array(text).optional(),
  enrichment_tech: text.optional(),
  enrichment_tech_categories: z.array(text).optional(),
  enrichment_traffic_rank: text.optional(),
  enrichment_location: text.optional(),
  enrichment_street_address: text.optional(),
  enrichment_street_name: text.optional(),
  enrichment_street_number: text.optional(),
  enrichment_postal_code: text.optional(),
  enrichment_city: text.optional(),
  enrichment_state: text.optional(),
  enrichment_state_code: text.optional(),
  enrichment_country: text.optional(),
  enrichment_country_code: text.optional(),
  enrichment_time_zone: text.optional(),
  // A single string here, unlike `user_enriched`, as the contract documents.
  enrichment_phone: text.optional(),
  enrichment_phone_numbers: z.array(text).optional(),
  enrichment_email_addresses: z.array(text).optional(),
  enrichment_email_provider: text.optional(),
  enrichment_twitter_handle: text.optional(),
  enrichment_facebook_handle: text.optional(),
  enrichment_crunchbase_handle: text.optional(),
  group_type: text.optional(),
  name: text.optional(),
  planId: text.optional(),
  planName: text.optional(),
});
export type GroupEnrichedProperties = z.infer<typeof groupEnrichedPropertiesSchema>;
export type GroupEnrichedKey = keyof GroupEnrichedProperties;

/** Every key a `group_enriched` event may carry, in the contract's order. */
export const GROUP_ENRICHED_KEYS = Object.keys(
  groupEnrichedPropertiesSchema.shape,
) as GroupEnrichedKey[];

/**
 * A `group_enriched` event: an account's enrichment. `user_id` is the user who captured it;
 * `context.group_id` names the account, so it is required here.
 */
export const groupEnrichedEventSchema = z.object({
  ...baseEventShape,
  event_name: z.string().trim().pipe(z.literal('group_enriched')),
  properties: groupEnrichedPropertiesSchema.optional(),
  context: eventContextSchema.extend({
    group_id: text.min(1, 'context.group_id names the account and is required'),
  }),
});
export type GroupEnrichedEvent = z.infer<typeof groupEnrichedEventSchema>;

/** Any other event name: its properties are an object the API does not constrain here. */
const otherEventSchema = z.object({
  ...baseEventShape,
  properties: z.record(z.string(), z.unknown()).optional(),
});

/** The standard events held to their documented properties. */
const STANDARD_EVENT_SCHEMAS: Record<string, z.ZodType> = {
  user_enriched: userEnrichedEventSchema,
  group_enriched: groupEnrichedEventSchema,
};

/**
 * One Track API event. `user_enriched` and `group_enriched` are held to their documented
 * properties; other names only to the common fields.
 */
export const trackEventSchema = z.unknown().transform((value, ctx) => {
  const name = (value as { event_name?: unknown } | null)?.event_name;
  // Names are trimmed like every string, so a padded name gets the strict schema too.
  const standard = typeof name === 'string' ? STANDARD_EVENT_SCHEMAS[name.trim()] : undefined;
  const schema = standard ?? otherEventSchema;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as TrackEvent;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, input: undefined });
  return z.NEVER;
});
export type TrackEvent = z.infer<typeof otherEventSchema> | UserEnrichedEvent | GroupEnrichedEvent;

/** A request body: a JSON array of 1 to 1,000 events. The byte limit is checked on the body. */
export const trackRequestSchema = z
  .array(trackEventSchema)
  .min(1, 'the request holds no event')
  .max(MAX_EVENTS_PER_REQUEST, `at most ${MAX_EVENTS_PER_REQUEST} events per request`);

/** The API's answer, for 200 and error statuses alike. */
export const trackResponseSchema = z.object({
  success: z.boolean(),
  response_id: z.string(),
  message: z.string(),
  warnings: z.array(z.string()),
  documentation: z.string(),
});
export type TrackResponse = z.infer<typeof trackResponseSchema>;
