import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { OutboxState } from './outbox-record';

/** The database name used by the extension. */
export const CAPTURE_DATABASE_NAME = 'enrichment-capture';

/** The schema version; each bump adds one step to `migrate` below. */
export const CAPTURE_DATABASE_VERSION = 5;

/**
 * The stored shape of the outbox and key-value stores. Values are typed `unknown` on purpose:
 * whatever is read back is checked with zod, because an older version may have written it.
 */
export interface CaptureSchema extends DBSchema {
  outbox: {
    key: string;
    value: unknown;
    indexes: {
      'by-state-next-attempt': [OutboxState, number];
      'by-state-created': [OutboxState, number];
    };
  };
  kv: { key: string; value: unknown };
  /** What the user chose per profile (`user_id`, `group_id`), keyed by canonical URL. */
  profiles: { key: string; value: unknown };
  /** Unsaved popup edits per profile, keyed by canonical URL. */
  drafts: { key: string; value: unknown };
  /** The last saved capture per profile (time and properties), keyed by canonical URL. */
  captures: { key: string; value: unknown };
  /** Captured accounts (name, domain, last capture time), keyed by `group_id`. */
  accounts: { key: string; value: unknown };
  /**
   * Deliveries the API accepted that the outbox does not show yet (`delivery-receipts.ts`),
   * one per request, keyed by a random id.
   */
  receipts: { key: string; value: unknown };
}

/** An open connection to the capture database. */
export type CaptureDatabase = IDBPDatabase<CaptureSchema>;

type UpgradeTransaction = IDBPTransaction<
  CaptureSchema,
  StoreNames<CaptureSchema>[],
  'versionchange'
>;

/** Options of `openCaptureDatabase`. */
export interface OpenCaptureDatabaseOptions {
  /** The IndexedDB factory; default `globalThis.indexedDB`. Tests pass a fresh one. */
  factory?: IDBFactory;
  /** The database name; default `CAPTURE_DATABASE_NAME`. */
  name?: string;
}

/** Opens (creating or migrating as needed) the capture database. */
export async function openCaptureDatabase(
  options: OpenCaptureDatabaseOptions = {},
): Promise<CaptureDatabase> {
  const factory = options.factory ?? globalThis.indexedDB;
  const request = factory.open(options.name ?? CAPTURE_DATABASE_NAME, CAPTURE_DATABASE_VERSION);
  // idb's `openDB` always reads the global `indexedDB`; opening through `wrap` does the same
  // work while letting a test hand in its own factory.
  request.addEventListener('upgradeneeded', (event) => {
    const transaction = wrap(request.transaction!) as unknown as UpgradeTransaction;
    migrate(transaction, event.oldVersion);
  });
  const db = (await wrap(request)) as unknown as CaptureDatabase;

  // A newer version opened in another context (after an extension update) waits for this
  // connection to close; closing lets it migrate instead of staying blocked.
  db.addEventListener('versionchange', () => db.close());

  return db;
}

/** The migration ladder: each step runs once, in order, from the stored version up. */
function migrate(transaction: UpgradeTransaction, oldVersion: number): void {
  const db = transaction.db;

  if (oldVersion < 1) {
    const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
    outbox.createIndex('by-state-next-attempt', ['state', 'nextAttemptAt']);
    outbox.createIndex('by-state-created', ['state', 'createdAt']);
    db.createObjectStore('kv');
  }
  if (oldVersion < 2) {
    // Version 1 kept every profile's choice in one `user-ids.v1` value, rewritten whole at
    // each capture; a store of its own makes a capture's write independent of the history.
    db.createObjectStore('profiles');
    void moveProfileChoices(transaction);
  }
  if (oldVersion < 3) {
    db.createObjectStore('drafts');
    db.createObjectStore('captures');
  }
  if (oldVersion < 4) {
    // Accounts are listed whole for the person form's picker; no index is needed yet.
    db.createObjectStore('accounts');
  }
  if (oldVersion < 5) {
    // Its own store, so that writing a receipt never waits for the outbox's transactions.
    db.createObjectStore('receipts');
  }
}

/** Moves version 1's map of profile choices into the `profiles` store, in the upgrade. */
async function moveProfileChoices(transaction: UpgradeTransaction): Promise<void> {
  const kv = transaction.objectStore('kv');
  const stored = await kv.get(LEGACY_USER_IDS_KEY);
  if (stored && typeof stored === 'object') {
    const profiles = transaction.objectStore('profiles');
    await Promise.all(Object.entries(stored).map(([url, choice]) => profiles.put(choice, url)));
  }
  await kv.delete(LEGACY_USER_IDS_KEY);
}

/** Where version 1 kept the profile choices. */
const LEGACY_USER_IDS_KEY = 'user-ids.v1';
