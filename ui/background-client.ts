import {
  backgroundResponseSchemas,
  type BackgroundRequest,
  type BackgroundResponse,
} from '@/lib/messages';

/**
 * Sends a request to the background and validates its answer. A background that is being
 * restarted may not answer the first time; one retry covers that. An error the background's
 * handler threw is not retried: the request may have done part of its work (an erase).
 */
export async function askBackground<T extends BackgroundRequest>(
  request: T,
): Promise<BackgroundResponse<T['type']>> {
  const schema = backgroundResponseSchemas[request.type];
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(request);
  } catch (error) {
    if (!isNoReceiver(error)) throw error;
    answer = await browser.runtime.sendMessage(request);
  }

  return schema.parse(answer) as BackgroundResponse<T['type']>;
}

/** Chrome's and Firefox's words for a message no listener received or answered. */
const NO_RECEIVER = new RegExp(
  [
    'receiving end does not exist',
    'could not establish connection',
    '(message port|message channel) closed',
    'disconnected',
  ].join('|'),
  'i',
);

function isNoReceiver(error: unknown): boolean {
  return NO_RECEIVER.test(error instanceof Error ? error.message : String(error));
}
