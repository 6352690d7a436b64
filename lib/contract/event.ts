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

/** Any other event name: its properties are an object the API does not constrain here. */
const otherEventSchema = z.object({
  ...baseEventShape,
  properties: z.record(z.string(), z.unknown()).optional(),
});

/**
 * One Track API event. A `user_enriched` event is held to the documented properties; other
 * names (including `group_enriched`, deepened by a later issue) only to the common fields.
 */
export const trackEventSchema = z.unknown().transform((value, ctx) => {
  const name = (value as { event_name?: unknown } | null)?.event_name;
  // Names are trimmed like every string, so a padded name gets the strict schema too.
  const isUserEnriched = typeof name === 'string' && name.trim() === 'user_enriched';
  const schema = isUserEnriched ? userEnrichedEventSchema : otherEventSchema;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as TrackEvent;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, input: undefined });
  return z.NEVER;
});
export type TrackEvent = z.infer<typeof otherEventSchema> | UserEnrichedEvent;

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
