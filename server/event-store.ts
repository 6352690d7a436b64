import Database from 'better-sqlite3';
import type { TrackEvent } from '../lib/contract/event';

/** The layout this code writes; a file with a newer one is refused, not misread. */
const SCHEMA_VERSION = 1;

const CREATE_TABLES = `
  CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT UNIQUE,
    request_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    event_json TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS arrivals (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT,
    request_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    stored INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS arrivals_by_event_id ON arrivals (event_id);
`;

/** Raised when a database file was written by a newer receiver. */
export class EventStoreVersionError extends Error {
  override name = 'EventStoreVersionError';

  constructor(
    readonly path: string,
    readonly found: number,
  ) {
    super(`${path} has schema version ${found}; this receiver reads up to ${SCHEMA_VERSION}`);
  }
}

/** One accepted request's events, in the order they were sent. */
export interface Batch {
  requestId: string;
  receivedAt: string;
  events: readonly TrackEvent[];
}

/** What recording a batch did: how many rows it added and which events were repeats. */
export interface BatchOutcome {
  stored: number;
  duplicates: Array<{ index: number; eventId: string }>;
}

/** A stored event with where and when it came from. */
export interface StoredRecord {
  event: TrackEvent;
  eventId: string | null;
  requestId: string;
  receivedAt: string;
}

/** Counts that tell "sent twice" (two arrivals) from "stored twice" (two rows). */
export interface StoreStats {
  stored: number;
  arrivals: number;
  duplicates: number;
}

/** Accepted events and every arrival, de-duplicated by `context.event_id`. */
export interface EventStore {
  /** Records a batch in one transaction: every event is an arrival, new ids are stored. */
  recordBatch(batch: Batch): BatchOutcome;
  /** Stored events with their origin, in arrival order. */
  storedRecords(): StoredRecord[];
  /** Stored events, in arrival order. */
  storedEvents(): TrackEvent[];
  countStored(): number;
  countArrivals(): number;
  /** How many times an event with this id arrived, the first copy included. */
  countArrivalsById(eventId: string): number;
  stats(): StoreStats;
  close(): void;
}

interface EventRow {
  event_id: string | null;
  request_id: string;
  received_at: string;
  event_json: string;
}

/** Opens (creating if needed) a store at `path`; `':memory:'` keeps it in this process. */
export function openEventStore(path: string): EventStore {
  const db = new Database(path);
  // WAL lets a reader (a test, the page) look while a batch is being written.
  db.pragma('journal_mode = WAL');
  migrate(db, path);

  const insertEvent = db.prepare(
    `INSERT OR IGNORE INTO events (event_id, request_id, received_at, event_json)
     VALUES (?, ?, ?, ?)`,
  );
  const insertArrival = db.prepare(
    'INSERT INTO arrivals (event_id, request_id, received_at, stored) VALUES (?, ?, ?, ?)',
  );
  const selectEvents = db.prepare<[], EventRow>(
    'SELECT event_id, request_id, received_at, event_json FROM events ORDER BY seq',
  );
  const count = (sql: string, ...params: unknown[]) =>
    (db
      .prepare(sql)
      .pluck()
      .get(...params) as number | undefined) ?? 0;

  const recordBatch = db.transaction((batch: Batch): BatchOutcome => {
    const outcome: BatchOutcome = { stored: 0, duplicates: [] };
    batch.events.forEach((event, index) => {
      // UUIDs are case-insensitive: the same id in capitals is the same event.
      const eventId = event.context?.event_id?.toLowerCase() ?? null;
      const json = JSON.stringify(event);
      const { changes } = insertEvent.run(eventId, batch.requestId, batch.receivedAt, json);
      insertArrival.run(eventId, batch.requestId, batch.receivedAt, changes);
      if (changes > 0) outcome.stored += 1;
      else if (eventId !== null) outcome.duplicates.push({ index, eventId });
    });

    return outcome;
  });

  const storedRecords = () => selectEvents.all().map(toStoredRecord);
  const countStored = () => count('SELECT COUNT(*) FROM events');
  const countArrivals = () => count('SELECT COUNT(*) FROM arrivals');

  return {
    recordBatch,
    storedRecords,
    storedEvents: () => storedRecords().map((record) => record.event),
    countStored,
    countArrivals,
    countArrivalsById: (eventId) =>
      count('SELECT COUNT(*) FROM arrivals WHERE event_id = ?', eventId.toLowerCase()),
    stats: () => ({
      stored: countStored(),
      arrivals: countArrivals(),
      duplicates: count('SELECT COUNT(*) FROM arrivals WHERE stored = 0'),
    }),
    close: () => db.close(),
  };
}

/** Brings an empty or older file to `SCHEMA_VERSION`; refuses a newer one. */
function migrate(db: Database.Database, path: string): void {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > SCHEMA_VERSION) {
    db.close();
    throw new EventStoreVersionError(path, found);
  }
  if (found === SCHEMA_VERSION) return;

  db.transaction(() => {
    db.exec(CREATE_TABLES);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

function toStoredRecord(row: EventRow): StoredRecord {
  return {
    // Rows are written only from events the contract's schema accepted.
    event: JSON.parse(row.event_json) as TrackEvent,
    eventId: row.event_id,
    requestId: row.request_id,
    receivedAt: row.received_at,
  };
}
