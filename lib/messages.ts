import { z } from 'zod';
import { accountSummarySchema } from './accounts/account';
import {
  groupEnrichedEventSchema,
  trackEventSchema,
  userEnrichedEventSchema,
} from './contract/event';
import { profileExtractionSchema } from './extract/extraction-schema';
import { exportedRecordSchema } from './history/export-file';
import { historyRecordSchema } from './history/history-record';
import { managedFieldSchema } from './managed-settings';
import { proposalSchema } from './normalize/proposal-schema';
import { MAX_GROUP_ID_LENGTH } from './settings';
import { outboxStateSchema } from './storage/outbox-record';

/** Longest history search. */
const MAX_HISTORY_QUERY = 500;
/** Most records in one history page, or deleted by one request. */
export const MAX_HISTORY_PAGE = 200;
/** Most imported records in one request; a file's records are sent in chunks of this. */
export const MAX_IMPORT_CHUNK = 500;

/** Longest text a draft keeps per field; far above any real property. */
const MAX_DRAFT_TEXT = 10_000;

/** A draft's form values by field key, as typed (phones one per line). */
export const draftValuesSchema = z.record(z.string().max(100), z.string().max(MAX_DRAFT_TEXT));

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
  /**
   * The properties to propose for a page's extraction. The background computes them: its
   * worker has the normalizers (phone, country, region and city tables) loaded already, which
   * the popup, a fresh page each time it opens, would have to load before showing its form.
   */
  z.object({ type: z.literal('capture.propose'), extraction: profileExtractionSchema }),
  z.object({ type: z.literal('status.get') }),
  z.object({ type: z.literal('profile.memory'), profileUrl: z.url() }),
  z.object({ type: z.literal('profile.history'), profileUrl: z.url() }),
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
    /** Omitted to keep the stored value; `''` for none. */
    defaultGroupId: z.string().trim().max(MAX_GROUP_ID_LENGTH).optional(),
  }),
  z.object({ type: z.literal('delivery.test') }),
  z.object({ type: z.literal('delivery.flush') }),
  z.object({
    type: z.literal('draft.save'),
    profileUrl: z.url(),
    values: draftValuesSchema,
    userId: z.string().max(MAX_DRAFT_TEXT),
    groupId: z.string().max(MAX_DRAFT_TEXT),
  }),
  z.object({ type: z.literal('draft.get'), profileUrl: z.url() }),
  z.object({ type: z.literal('draft.discard'), profileUrl: z.url() }),
  /** Deletes every local record and setting, as before the first use. */
  z.object({ type: z.literal('data.deleteAll') }),
  z.object({
    type: z.literal('account.save'),
    event: groupEnrichedEventSchema,
    /** The company page's canonical URL, kept with the account. */
    profileUrl: z.url(),
  }),
  z.object({ type: z.literal('accounts.list') }),
  /** A page of the history: the newest captures matching a search, in one state or all. */
  z.object({
    type: z.literal('history.page'),
    query: z.string().max(MAX_HISTORY_QUERY),
    state: outboxStateSchema.optional(),
    offset: z.int().min(0),
    limit: z.int().min(1).max(MAX_HISTORY_PAGE),
  }),
  /** Every capture matching a search, for an export. */
  z.object({
    type: z.literal('history.export'),
    query: z.string().max(MAX_HISTORY_QUERY),
    state: outboxStateSchema.optional(),
  }),
  /** Queued captures waiting for a retry become due now, and a flush starts. */
  z.object({ type: z.literal('history.retry') }),
  z.object({
    type: z.literal('history.delete'),
    ids: z.array(z.string().min(1)).min(1).max(MAX_HISTORY_PAGE),
  }),
  /** A held capture, corrected, queued again under its event id. */
  z.object({ type: z.literal('history.resend'), id: z.string().min(1), event: trackEventSchema }),
  /** Records of a JSON export, sent in chunks; already stored ones are skipped. */
  z.object({
    type: z.literal('history.import'),
    records: z.array(exportedRecordSchema).min(1).max(MAX_IMPORT_CHUNK),
  }),
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
  /** The `group_id` the settings propose when the profile has none remembered. */
  defaultGroupId: z.string().optional(),
});
export type ProfileMemory = z.infer<typeof profileMemorySchema>;

/** The last save of a profile, to show what changed since; null if it was never saved. */
export const profileHistorySchema = z
  .object({
    /** When the profile was last saved (ISO-8601). */
    lastCapturedAt: z.string(),
    /** The properties of that save, without the capture and inactive times. */
    lastProperties: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  })
  .nullable();
export type ProfileHistory = z.infer<typeof profileHistorySchema>;

/** Settings as pages see them: the secret itself never leaves the background. */
export const publicSettingsSchema = z.object({
  endpoint: z.string(),
  credentialKind: z.enum(['x-api-key', 'bearer']),
  hasSecret: z.boolean(),
  maxEventsPerRequest: z.int(),
  retentionDays: z.int(),
  defaultGroupId: z.string(),
  /** Settings an administrator set (managed storage): shown read-only, saves keep them. */
  managed: z.array(managedFieldSchema),
  /** Managed values that were refused, and why; the user's value applies for each. */
  managedProblems: z.array(z.string()),
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

/** Unsaved edits of one profile's capture form, kept while the popup is closed. */
export const draftSchema = z.object({
  values: draftValuesSchema,
  userId: z.string(),
  groupId: z.string(),
  /** When the draft was last written (epoch ms). */
  updatedAt: z.number(),
});
export type Draft = z.infer<typeof draftSchema>;

/** The answer to `draft.save` and `draft.discard`: they only fail by throwing. */
export const doneSchema = z.object({ ok: z.literal(true) });

/** The answer to `data.deleteAll`: how many never delivered events went with the rest. */
export const deleteAllResultSchema = z.object({ ok: z.literal(true), undelivered: z.number() });
/** The captured accounts (latest first) and the `user_id` proposed for an account capture. */
export const accountListSchema = z.object({
  accounts: z.array(accountSummarySchema),
  capturerId: z.string(),
});
export type AccountList = z.infer<typeof accountListSchema>;
/** A page of the history, how many captures match in all, and the outbox's counts. */
export const historyPageSchema = z.object({
  total: z.int().nonnegative(),
  offset: z.int().nonnegative(),
  records: z.array(historyRecordSchema),
  counts: outboxCountsSchema,
});
export type HistoryPage = z.infer<typeof historyPageSchema>;

/** The answer to `history.resend`: queued again, or why not. */
export const resendResultSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** What an import did: restored as history (delivered, held), queued again, or skipped. */
export const historyImportResultSchema = z.object({
  restored: z.int().nonnegative(),
  requeued: z.int().nonnegative(),
  skipped: z.int().nonnegative(),
  /** Delivered captures restored that are older than the retention: the next clean-up goes. */
  expiring: z.int().nonnegative(),
  retentionDays: z.int().positive(),
});
export type HistoryImportResult = z.infer<typeof historyImportResultSchema>;

/** Each request's answer schema, so pages validate what the background says too. */
export const backgroundResponseSchemas = {
  'capture.save': saveResultSchema,
  'capture.propose': proposalSchema,
  'status.get': statusSchema,
  'profile.memory': profileMemorySchema,
  'profile.history': profileHistorySchema,
  'settings.get': publicSettingsSchema,
  'settings.save': settingsSaveResultSchema,
  'delivery.test': testResultSchema,
  'delivery.flush': statusSchema,
  'draft.save': doneSchema,
  'draft.get': draftSchema.nullable(),
  'draft.discard': doneSchema,
  'data.deleteAll': deleteAllResultSchema,
  'account.save': saveResultSchema,
  'accounts.list': accountListSchema,
  'history.page': historyPageSchema,
  'history.export': z.object({ records: z.array(historyRecordSchema) }),
  'history.retry': z.object({ madeDue: z.int().nonnegative() }),
  'history.delete': z.object({
    deleted: z.int().nonnegative(),
    sending: z.int().nonnegative(),
    missing: z.int().nonnegative(),
  }),
  'history.resend': resendResultSchema,
  'history.import': historyImportResultSchema,
} satisfies Record<BackgroundRequestType, z.ZodType>;

export type BackgroundResponse<T extends BackgroundRequestType> = z.infer<
  (typeof backgroundResponseSchemas)[T]
>;
