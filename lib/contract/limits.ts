/** Limits of one Track API request, from the contract (`track-api.md`). */
export const MAX_EVENTS_PER_REQUEST = 1000;

/** "2 MB" of request body, taken as 2,000,000 bytes of UTF-8 JSON. */
export const MAX_REQUEST_BYTES = 2_000_000;

/** The production endpoint; any other endpoint is the user's choice. */
export const PRODUCTION_ENDPOINT = 'https://api.app.thrivestack.ai/api/track';
