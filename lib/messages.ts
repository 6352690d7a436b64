import { z } from 'zod';
import { userEnrichedEventSchema } from './contract/event';

/**
 * Messages that extension pages (popup, options) send to the background, validated there.
 * Content scripts never send these: the background rejects any sender that is not an
 * extension page.
 */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('capture.save'),
    event: userEnrichedEventSchema,
    /** The canonical profile URL, to remember the chosen `user_id` for this profile. */
    profileUrl: z.url(),
  }),
  z.object({ type: z.literal('status.get') }),
  z.object({ type: z.literal('profile.memory'), profileUrl: z.url() }),
  z.object({ type: z.literal('settings.get') }),
  z.object({
    type: z.literal('settings.save'),
    endpoint: z.string().trim(),
    credentialKind: z.enum(['x-api-key', 'bearer']),
    /** A new secret; omitted to keep the stored one. */
    secret: z.string().trim().optional(),
    /** Omitted to keep the stored value. */
    maxEventsPerRequest: z.int().min(1).max(1000).optional(),
    /** Omitted to keep the stored value. */
    retentionDays: z.int().min(1).max(3650).optional(),
  }),
  z.object({ type: z.literal('delivery.test') }),
  z.object({ type: z.literal('delivery.flush') }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;
export type BackgroundRequestType = BackgroundRequest['type'];

/** Outbox counts as the popup shows them. */
export const outboxCountsSchema = z.object({
  queued: z.number(),
  sending: z.number(),
  delivered: z.number(),
  held: z.number(),
});

/** Why delivery is not happening right now, if it is not. */
export const deliveryBlockSchema = z
  .object({
    reason: z.enum(['not-configured', 'unauthorized', 'misconfigured', 'storage']),
    message: z.string(),
  })
  .nullable();

export const statusSchema = z.object({
  counts: outboxCountsSchema,
  blocked: deliveryBlockSchema,
  lastError: z.string().optional(),
});
export type DeliveryStatus = z.infer<typeof statusSchema>;

export const profileMemorySchema = z.object({
  userId: z.string().optional(),
  groupId: z.string().optional(),
  recentGroups: z.array(z.string()),
});
export type ProfileMemory = z.infer<typeof profileMemorySchema>;

/** Settings as pages see them: the secret itself never leaves the background. */
export const publicSettingsSchema = z.object({
  endpoint: z.string(),
  credentialKind: z.enum(['x-api-key', 'bearer']),
  hasSecret: z.boolean(),
  maxEventsPerRequest: z.int(),
  retentionDays: z.int(),
});
export type PublicSettings = z.infer<typeof publicSettingsSchema>;

export const saveResultSchema = z.union([
  z.object({ ok: z.literal(true), state: z.enum(['queued', 'duplicate']) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export const settingsSaveResultSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** The API's answer to a test event, shown verbatim on the options page. */
export const testResultSchema = z.object({
  ok: z.boolean(),
  status: z.number().optional(),
  body: z.string(),
});
export type TestResult = z.infer<typeof testResultSchema>;

/** Each request's answer schema, so pages validate what the background says too. */
export const backgroundResponseSchemas = {
  'capture.save': saveResultSchema,
  'status.get': statusSchema,
  'profile.memory': profileMemorySchema,
  'settings.get': publicSettingsSchema,
  'settings.save': settingsSaveResultSchema,
  'delivery.test': testResultSchema,
  'delivery.flush': statusSchema,
} satisfies Record<BackgroundRequestType, z.ZodType>;

export type BackgroundResponse<T extends BackgroundRequestType> = z.infer<
  (typeof backgroundResponseSchemas)[T]
>;
