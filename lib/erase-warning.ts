/** The outbox counts the warning needs. */
export interface UndeliveredCounts {
  queued: number;
  sending: number;
  held: number;
}

/** How many events were never delivered: waiting, being sent, or held back. */
export function countUndelivered(counts: UndeliveredCounts): number {
  return counts.queued + counts.sending + counts.held;
}

/** What deleting all local data would lose, in the words of the confirmation. */
export function describeDataLoss(counts: UndeliveredCounts): string {
  const undelivered = countUndelivered(counts);
  const kept = 'Settings set by your administrator stay. This cannot be undone.';
  if (undelivered === 0) {
    return `No event is waiting to be sent: nothing unsent would be lost. ${kept}`;
  }
  const events =
    undelivered === 1
      ? '1 event that was not delivered'
      : `${undelivered} events that were not delivered`;

  return `${events} would be lost for good (queued, being sent or held back). ${kept}`;
}

/** What the page says once the data is gone. */
export function describeErased(undelivered: number): string {
  const lost =
    undelivered === 1 ? '1 undelivered event' : `${undelivered || 'no'} undelivered events`;

  return `All local data was deleted (${lost} with it). The extension starts over as new.`;
}
