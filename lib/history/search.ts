import { foldForMatch } from '../normalize/fold';
import { propertyText, type HistoryEvent } from './history-record';

/**
 * What a search looks at in a record. Loosely typed: the background searches records as
 * stored, before checking the few it answers with.
 */
export interface SearchableRecord {
  id: string;
  event?: unknown;
  responseId?: unknown;
  heldReason?: unknown;
}

/**
 * The words of a search, folded like the text they are looked for in (case, accents and
 * hyphens aside), so `jose` finds `José` and `marisol-quintero` finds `Marisol Quintero`.
 */
export function searchTerms(query: string): string[] {
  return foldForMatch(query).split(' ').filter(Boolean);
}

/**
 * True when every term occurs in the record: its event id, `user_id`, `group_id`, event
 * name, every property (name, employer, title, place, handles…), response id and held reason.
 */
export function matchesSearch(record: SearchableRecord, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = foldForMatch(searchableText(record));

  return terms.every((term) => text.includes(term));
}

function searchableText(record: SearchableRecord): string {
  const event = (record.event ?? {}) as Partial<HistoryEvent>;
  const context = Object.values(event.context ?? {}).map(propertyText);
  const properties = Object.values(event.properties ?? {}).map(propertyText);

  return [
    record.id,
    propertyText(event.event_name),
    propertyText(event.user_id),
    ...context,
    ...properties,
    propertyText(record.responseId),
    propertyText(record.heldReason),
  ].join('\n');
}

/** One page of the records that match a search, and how many match in all. */
export interface SearchPage<T> {
  total: number;
  offset: number;
  records: T[];
}

/** The records matching `query`, in the order given, cut to `limit` from `offset`. */
export function searchPage<T extends SearchableRecord>(
  records: readonly T[],
  options: { query: string; offset: number; limit: number },
): SearchPage<T> {
  const matching = searchAll(records, options.query);
  const offset = pageOffset(options.offset, matching.length, options.limit);

  return {
    total: matching.length,
    offset,
    records: matching.slice(offset, offset + options.limit),
  };
}

/** Every record matching `query`, in the order given. */
export function searchAll<T extends SearchableRecord>(records: readonly T[], query: string): T[] {
  const terms = searchTerms(query);

  return terms.length === 0
    ? [...records]
    : records.filter((record) => matchesSearch(record, terms));
}

/**
 * Where a page starts: `offset`, or the last page's start when `offset` is past the end
 * (captures were deleted meanwhile), so a page never comes back empty by mistake.
 */
export function pageOffset(offset: number, total: number, limit: number): number {
  const lastOffset = Math.max(0, Math.floor((total - 1) / limit)) * limit;

  return Math.min(offset, lastOffset);
}
