import { z } from 'zod';
import { trackEventSchema, utcTimestampSchema, type TrackEvent } from '../contract/event';
import { createOutboxRecord, outboxStateSchema, type OutboxRecord } from '../storage/outbox-record';
import type { HistoryRecord } from './history-record';

/** What a JSON export says it is, so an import can tell it from any other JSON file. */
export const HISTORY_EXPORT_FORMAT = 'enrichment-capture-history';

/** The version of the file layout below; a new layout adds a reader for the old one. */
export const HISTORY_EXPORT_VERSION = 1;

/**
 * One capture in a JSON export: the event as it was queued and what became of it. Times are
 * ISO-8601 in UTC, for people and other tools reading the file.
 */
export const exportedRecordSchema = z
  .object({
    /** The event's `context.event_id`: what makes a second import of it a duplicate. */
    id: z.string().min(1),
    state: outboxStateSchema,
    event: trackEventSchema,
    capturedAt: utcTimestampSchema,
    attempts: z.int().nonnegative(),
    lastError: z.string().optional(),
    responseId: z.string().min(1).optional(),
    warnings: z.array(z.string()).optional(),
    deliveredAt: utcTimestampSchema.optional(),
    heldReason: z.string().optional(),
    heldStatus: z.int().optional(),
    heldAt: utcTimestampSchema.optional(),
  })
  .superRefine((record, ctx) => {
    if (record.event.context?.event_id !== record.id) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'is not the event’s event_id' });
    }
    if (record.state === 'delivered' && record.responseId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['responseId'], message: 'a delivered event has one' });
    }
    if (record.state === 'held' && record.heldReason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['heldReason'], message: 'a held event has one' });
    }
  });
export type ExportedRecord = z.infer<typeof exportedRecordSchema>;

/** A JSON export's top level. Records are read one by one, so one bad record refuses one. */
const historyFileSchema = z.object({
  format: z.literal(HISTORY_EXPORT_FORMAT),
  version: z.int().positive(),
  exportedAt: z.string(),
  records: z.array(z.unknown()),
});

/** The JSON export of some records. */
export interface HistoryExportFile {
  format: typeof HISTORY_EXPORT_FORMAT;
  version: typeof HISTORY_EXPORT_VERSION;
  exportedAt: string;
  records: ExportedRecord[];
}

/** The records as a JSON export; `exportedAt` comes from the caller, for reproducible tests. */
export function toHistoryExport(
  records: readonly HistoryRecord[],
  exportedAt: Date,
): HistoryExportFile {
  return {
    format: HISTORY_EXPORT_FORMAT,
    version: HISTORY_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    records: records.map(toExportedRecord),
  };
}

function toExportedRecord(record: HistoryRecord): ExportedRecord {
  const time = (value: number | undefined) =>
    value === undefined ? undefined : new Date(value).toISOString();
  const exported = {
    id: record.id,
    state: record.state,
    // Events are exported exactly as they were queued; the import checks them again.
    event: record.event as TrackEvent,
    capturedAt: new Date(record.createdAt).toISOString(),
    attempts: record.attempts,
    lastError: record.lastError,
    responseId: record.responseId,
    warnings: record.warnings,
    deliveredAt: time(record.deliveredAt),
    heldReason: record.heldReason,
    heldStatus: record.heldStatus,
    heldAt: time(record.heldAt),
  };

  return withoutUndefined(exported as ExportedRecord);
}

/** A record of an import file that cannot be imported, and why. */
export interface RefusedRecord {
  /** Its position in the file's `records`, from 0. */
  index: number;
  id?: string;
  reason: string;
}

/** What an import file holds: the records to import and the ones refused, or why none. */
export type ParsedHistoryFile =
  { ok: true; records: ExportedRecord[]; refused: RefusedRecord[] } | { ok: false; error: string };

/** Reads an import file's text; never throws, whatever the text. */
export function parseHistoryFile(text: string): ParsedHistoryFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `the file is not JSON (${(error as Error).message})` };
  }
  const file = historyFileSchema.safeParse(json);
  if (!file.success) {
    return {
      ok: false,
      error:
        `the file is not an Enrichment Capture history export (expected {"format": ` +
        `"${HISTORY_EXPORT_FORMAT}", "version": ${HISTORY_EXPORT_VERSION}, "records": [...]})`,
    };
  }
  if (file.data.version > HISTORY_EXPORT_VERSION) {
    return {
      ok: false,
      error:
        `the file is a version ${file.data.version} export; ` +
        `this version reads version ${HISTORY_EXPORT_VERSION}`,
    };
  }

  return readRecords(file.data.records);
}

function readRecords(values: readonly unknown[]): ParsedHistoryFile {
  const records: ExportedRecord[] = [];
  const refused: RefusedRecord[] = [];
  values.forEach((value, index) => {
    const parsed = exportedRecordSchema.safeParse(value);
    if (parsed.success) return records.push(parsed.data);
    const id = (value as { id?: unknown } | null)?.id;
    refused.push({
      index,
      ...(typeof id === 'string' ? { id } : {}),
      reason: describeIssues(parsed.error.issues),
    });
  });

  return { ok: true, records, refused };
}

/** `path: message` for each problem; zod's messages name the expected type, not the value. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
}

/**
 * The outbox record an imported capture becomes. A delivered one stays delivered with its
 * response id and a held one stays held with its reason: they are history. One that was
 * queued (or being sent when exported) is queued again, due now, its attempts counted anew.
 */
export function restoreRecord(exported: ExportedRecord, now: number): OutboxRecord {
  const createdAt = Date.parse(exported.capturedAt);
  const base = createOutboxRecord(exported.id, exported.event, createdAt);
  const time = (value: string | undefined) => (value === undefined ? undefined : Date.parse(value));

  if (exported.state === 'delivered') {
    return withoutUndefined({
      ...base,
      state: 'delivered',
      attempts: exported.attempts,
      responseId: exported.responseId,
      warnings: exported.warnings,
      deliveredAt: time(exported.deliveredAt),
    });
  }
  if (exported.state === 'held') {
    return withoutUndefined({
      ...base,
      state: 'held',
      attempts: exported.attempts,
      lastError: exported.lastError,
      heldReason: exported.heldReason,
      heldStatus: exported.heldStatus,
      heldAt: time(exported.heldAt),
    });
  }

  return { ...base, nextAttemptAt: now };
}

/** The object without its `undefined` fields, so an export or a stored record carries none. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
