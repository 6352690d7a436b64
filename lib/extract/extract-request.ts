/**
 * The one request a content script answers: extract the page as it is now. Kept apart from
 * `lib/messages.ts` so the content script does not bundle zod.
 */
export const EXTRACT_REQUEST_TYPE = 'content.extract';
