import type { OutboxEntry } from './extension-session';

/** What the suite knows at the end: its own list, the receiver's store and the outbox. */
export interface TallyInput {
  /** Ids of every event the background answered `queued` (or `duplicate`) for. */
  queuedIds: readonly string[];
  /** Ids of the events made invalid on purpose. */
  refusedIds: ReadonlySet<string>;
  /** The reason each refused event must be held with (a substring of `heldReason`). */
  refusalReason: string;
  /** `context.event_id` of every row the receiver stored, in order. */
  storedIds: readonly (string | null)[];
  /** How many times an id arrived at the receiver, stored or not. */
  arrivalsOf(id: string): number;
  outbox: readonly OutboxEntry[];
}

/** The counts of the summary line, and every broken promise found on the way. */
export interface Tally {
  queued: number;
  stored: number;
  lost: number;
  storedTwice: number;
  sentTwice: number;
  held: number;
  problems: string[];
}

/** How many ids a problem names before it only counts. */
const SHOWN_IDS = 3;

/** Checks that every queued event is stored once or held with its reason, and nothing else. */
export function tallyOutcome(input: TallyInput): Tally {
  const queued = new Set(input.queuedIds);
  const storedCounts = countOccurrences(input.storedIds);
  const stored = new Set(storedCounts.keys());
  const heldEntries = input.outbox.filter((entry) => entry.state === 'held');
  const held = new Set(heldEntries.map((entry) => entry.id));
  const lost = [...queued].filter((id) => !stored.has(id) && !held.has(id));
  const storedTwice = [...storedCounts].filter(([, count]) => count > 1).map(([id]) => id);
  const sentTwice = [...queued].filter((id) => input.arrivalsOf(id) > 1);

  const problems = [
    describe('lost', lost),
    describe('stored more than once', storedTwice),
    describe(
      'stored but never queued',
      [...stored].filter((id) => !queued.has(id)),
    ),
    describe(
      'both stored and held',
      [...held].filter((id) => stored.has(id)),
    ),
    ...checkHeld(heldEntries, input),
    describe('still pending in the outbox', pendingIds(input.outbox)),
  ];
  if (stored.size + held.size !== queued.size) {
    problems.push(`stored ${stored.size} + held ${held.size} != queued ${queued.size}`);
  }

  return {
    queued: queued.size,
    stored: stored.size,
    lost: lost.length,
    storedTwice: storedTwice.length,
    sentTwice: sentTwice.length,
    held: held.size,
    problems: problems.filter((problem) => problem !== ''),
  };
}

/** Held records are exactly the refused events, each with the receiver's reason. */
function checkHeld(heldEntries: readonly OutboxEntry[], input: TallyInput): string[] {
  const heldIds = new Set(heldEntries.map((entry) => entry.id));
  const withoutReason = heldEntries.filter(
    (entry) => !entry.heldReason?.includes(input.refusalReason),
  );

  return [
    describe(
      'held without the receiver reason',
      withoutReason.map((entry) => entry.id),
    ),
    describe(
      'held but valid',
      [...heldIds].filter((id) => !input.refusedIds.has(id)),
    ),
    describe(
      'refused but not held',
      [...input.refusedIds].filter((id) => !heldIds.has(id)),
    ),
  ];
}

function pendingIds(outbox: readonly OutboxEntry[]): string[] {
  return outbox
    .filter((entry) => entry.state === 'queued' || entry.state === 'sending')
    .map((entry) => entry.id);
}

function countOccurrences(ids: readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);

  return counts;
}

/** `3 events lost: a, b, c`, or `''` when there are none. */
function describe(what: string, ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const shown = ids.slice(0, SHOWN_IDS).join(', ');
  const more = ids.length > SHOWN_IDS ? ` and ${ids.length - SHOWN_IDS} more` : '';

  return `${ids.length} events ${what}: ${shown}${more}`;
}

/** The suite's one line of output. */
export function formatSummary(
  tally: Tally,
  counts: { workerStops: number; restarts: number },
): string {
  return (
    `faults: queued=${tally.queued} stored=${tally.stored} lost=${tally.lost} ` +
    `stored_twice=${tally.storedTwice} sent_twice=${tally.sentTwice} held=${tally.held} ` +
    `worker_stops=${counts.workerStops} restarts=${counts.restarts}`
  );
}
