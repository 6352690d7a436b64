/** The browser refused a write because the extension's storage quota is used up. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(
      'browser storage is full: the event was not saved. Free disk space or clear delivered ' +
        'events, then capture again.',
      { cause },
    );
    this.name = 'StorageFullError';
  }
}

/** An event handed to the outbox does not satisfy the Track API contract. */
export class InvalidEventError extends Error {
  /** Where the event is wrong, as paths (`context.event_id`); never the values. */
  readonly paths: string[];

  constructor(paths: string[]) {
    super(`the event is invalid at ${paths.join(', ')}`);
    this.name = 'InvalidEventError';
    this.paths = paths;
  }
}

/** True for the error IndexedDB raises when the origin is over its quota. */
export function isQuotaError(error: unknown): boolean {
  // Checked by name: a `DOMException` from another realm fails `instanceof`.
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError';
}
