import { GROUP_ENRICHED_KEYS, USER_ENRICHED_KEYS } from '../contract/event';
import { toCsv } from './csv';
import { groupIdOf, propertyText, type HistoryRecord } from './history-record';

/** A column of the CSV export: its header and how a record fills it. */
interface Column {
  header: string;
  cell(record: HistoryRecord): string;
}

const isoTime = (time: number | undefined) =>
  time === undefined ? '' : new Date(time).toISOString();

/** The record's own columns, before the event's properties. */
const RECORD_COLUMNS: Column[] = [
  { header: 'state', cell: (record) => record.state },
  { header: 'event_id', cell: (record) => record.id },
  { header: 'event_name', cell: (record) => record.event.event_name },
  { header: 'user_id', cell: (record) => record.event.user_id },
  { header: 'group_id', cell: (record) => groupIdOf(record.event) ?? '' },
  { header: 'timestamp', cell: (record) => record.event.timestamp },
  { header: 'captured_at', cell: (record) => isoTime(record.createdAt) },
  { header: 'attempts', cell: (record) => String(record.attempts) },
  {
    header: 'next_attempt_at',
    cell: (record) => (record.state === 'queued' ? isoTime(record.nextAttemptAt) : ''),
  },
  { header: 'delivered_at', cell: (record) => isoTime(record.deliveredAt) },
  { header: 'response_id', cell: (record) => record.responseId ?? '' },
  { header: 'warnings', cell: (record) => propertyText(record.warnings) },
  { header: 'held_at', cell: (record) => isoTime(record.heldAt) },
  { header: 'held_status', cell: (record) => propertyText(record.heldStatus) },
  { header: 'held_reason', cell: (record) => record.heldReason ?? '' },
  { header: 'last_error', cell: (record) => record.lastError ?? '' },
];

/** Context keys with columns of their own above; the others get `context.<key>` columns. */
const CONTEXT_KEYS_SHOWN = new Set(['group_id', 'event_id']);

/** Every documented property, people's first, each once, in the contract's order. */
const CONTRACT_PROPERTY_KEYS = [
  ...new Set<string>([...USER_ENRICHED_KEYS, ...GROUP_ENRICHED_KEYS]),
];

/**
 * The columns of a CSV export: the record's, one per documented property, then one per
 * other property or context key the records carry, so no value is left out.
 */
export function historyColumns(records: readonly HistoryRecord[]): Column[] {
  const known = new Set(CONTRACT_PROPERTY_KEYS);
  const extraProperties = new Set<string>();
  const extraContext = new Set<string>();
  for (const { event } of records) {
    for (const key of Object.keys(event.properties ?? {})) {
      if (!known.has(key)) extraProperties.add(key);
    }
    for (const key of Object.keys(event.context ?? {})) {
      if (!CONTEXT_KEYS_SHOWN.has(key)) extraContext.add(key);
    }
  }
  const propertyColumn = (key: string): Column => ({
    header: key,
    cell: (record) => propertyText(record.event.properties?.[key]),
  });
  const contextColumn = (key: string): Column => ({
    header: `context.${key}`,
    cell: (record) => propertyText(record.event.context?.[key]),
  });

  return [
    ...RECORD_COLUMNS,
    ...CONTRACT_PROPERTY_KEYS.map(propertyColumn),
    ...[...extraProperties].sort().map(propertyColumn),
    ...[...extraContext].sort().map(contextColumn),
  ];
}

/** The header and one row per record, cells as text (lists joined with `; `). */
export function historyTable(records: readonly HistoryRecord[]): {
  header: string[];
  rows: string[][];
} {
  const columns = historyColumns(records);

  return {
    header: columns.map((column) => column.header),
    rows: records.map((record) => columns.map((column) => column.cell(record))),
  };
}

/**
 * The records as a CSV file's text: one row per capture, one column per field, lists joined
 * with `; `, UTF-8 BOM, RFC 4180 quoting and formula-injection guards (see `toCsv`).
 */
export function historyToCsv(records: readonly HistoryRecord[]): string {
  const { header, rows } = historyTable(records);

  return toCsv(header, rows);
}
