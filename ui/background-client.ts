import {
  backgroundResponseSchemas,
  type BackgroundRequest,
  type BackgroundResponse,
} from '@/lib/messages';

/**
 * Sends a request to the background and validates its answer. A background that is being
 * restarted may not answer the first time; one retry covers that.
 */
export async function askBackground<T extends BackgroundRequest>(
  request: T,
): Promise<BackgroundResponse<T['type']>> {
  const schema = backgroundResponseSchemas[request.type];
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(request);
  } catch {
    answer = await browser.runtime.sendMessage(request);
  }

  return schema.parse(answer) as BackgroundResponse<T['type']>;
}
