import type { OutboxState } from '../storage/outbox-record';
import type { RefusedRecord } from './export-file';
import type { HistoryRecord } from './history-record';

/** Refused records named in an import's summary, and how much of each id is shown. */
const MAX_REFUSED_SHOWN = 20;
const MAX_ID_SHOWN = 64;

/** How the page names each state. */
export const STATE_LABELS: Record<OutboxState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  delivered: 'Delivered',
  held: 'Held back',
};

/** What a record's state means for it now, in one line. */
export function describeRecordState(record: HistoryRecord, now: number): string {
  switch (record.state) {
    case 'delivered':
      return `response_id ${record.responseId ?? '(none)'}`;
    case 'held': {
      const status = record.heldStatus === undefined ? '' : ` (HTTP ${record.heldStatus})`;
      return `Held back${status}: ${record.heldReason ?? 'no reason given'}`;
    }
    case 'sending':
      return `Being sent (attempt ${record.attempts})`;
    case 'queued':
      return describeQueued(record, now);
  }
}

function describeQueued(record: HistoryRecord, now: number): string {
  if (record.nextAttemptAt <= now) return 'Waiting to be sent';
  const seconds = Math.ceil((record.nextAttemptAt - now) / 1000);
  const wait = seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
  const error = record.lastError ? ` after: ${record.lastError}` : '';

  return `Next try in ${wait}${error}`;
}

/** What an import did, for the page: counts and each refused record's reason. */
export function describeImport(result: {
  restored: number;
  requeued: number;
  skipped: number;
  refused: readonly RefusedRecord[];
  /** Delivered captures older than the retention, and the retention in days. */
  expiring?: { count: number; retentionDays: number };
}): string {
  const imported = result.restored + result.requeued;
  const parts = [
    `Imported ${plural(imported, 'capture')}: ${result.restored} restored as history, ` +
      `${result.requeued} queued for delivery`,
    `${plural(result.skipped, 'capture')} already here, skipped`,
  ];
  if (result.expiring && result.expiring.count > 0) {
    const { count, retentionDays } = result.expiring;
    parts.push(
      `${plural(count, 'delivered capture')} ${count === 1 ? 'is' : 'are'} older than the ` +
        `${retentionDays}-day retention set in Settings and will leave the history at its ` +
        'next clean-up',
    );
  }
  if (result.refused.length > 0) {
    // A hostile file can refuse thousands, with ids of any length: the first few say enough.
    const reasons = result.refused.slice(0, MAX_REFUSED_SHOWN).map((entry) => {
      const id = entry.id ? ` (${entry.id.slice(0, MAX_ID_SHOWN)})` : '';
      return `record ${entry.index + 1}${id}: ${entry.reason}`;
    });
    const more = result.refused.length - reasons.length;
    if (more > 0) reasons.push(`and ${more} more`);
    parts.push(`${plural(result.refused.length, 'record')} refused: ${reasons.join('; ')}`);
  }

  return `${parts.join('. ')}.`;
}

/** `1 capture`, `2 captures`, with thousands separated. */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
