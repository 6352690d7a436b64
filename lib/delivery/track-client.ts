import { trackResponseSchema, type TrackEvent, type TrackResponse } from '../contract/event';
import {
  HttpError,
  NetworkError,
  RedirectError,
  ResponseSchemaError,
  TimeoutError,
} from './errors';
import { parseRetryAfter } from './retry-after';

/**
 * Default time limit of one request. A MV3 service worker may be stopped when a fetch takes
 * over 30 s, so the request gives up first and the events stay in the outbox.
 */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** The subset of `fetch` the client uses, so tests can inject one. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** One request to the Track API. */
export interface SendBatchOptions {
  endpoint: string;
  /** Credential headers (see `credentialHeaders`). */
  headers: Record<string, string>;
  events: readonly TrackEvent[];
  /** Default `DEFAULT_TIMEOUT_MS` (20 s). */
  timeoutMs?: number;
  /** Default `globalThis.fetch`. */
  fetch?: FetchFunction;
  /** Clock for `Retry-After` dates; default `Date.now`. */
  now?: () => number;
}

/** A 2xx answer carrying the API's JSON (its `success` may still be false). */
export interface SendBatchResult {
  status: number;
  response: TrackResponse;
}

/**
 * Posts events as one JSON array. Resolves on a 2xx with the API's JSON; otherwise throws an
 * `HttpError`, `NetworkError`, `TimeoutError`, `ResponseSchemaError` or `RedirectError`.
 */
export async function sendBatch(options: SendBatchOptions): Promise<SendBatchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const endpoint = describeEndpoint(options.endpoint);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);

  let response: Response;
  let body: string;
  try {
    response = await post(options, controller.signal);
    // The body is read under the same timer: a server that sends headers and then stalls is
    // as stuck as one that never answers.
    body = await response.text();
  } catch (error) {
    if (controller.signal.aborted) throw new TimeoutError(timeoutMs, { endpoint, cause: error });
    throw new NetworkError({ endpoint, cause: error });
  } finally {
    clearTimeout(timer);
  }

  return readAnswer(response, body, endpoint, options.now ?? Date.now);
}

function post(options: SendBatchOptions, signal: AbortSignal): Promise<Response> {
  const fetchFunction = options.fetch ?? globalThis.fetch;

  return fetchFunction(options.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options.headers },
    body: JSON.stringify(options.events),
    // The API never redirects; following one could replay the credential to another host.
    redirect: 'manual',
    credentials: 'omit',
    signal,
  });
}

function readAnswer(
  response: Response,
  body: string,
  endpoint: string,
  now: () => number,
): SendBatchResult {
  const { status } = response;
  // Browsers turn a manual redirect into an opaque response with status 0; Node keeps the 3xx.
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    throw new RedirectError(status, { endpoint });
  }

  const parsed = parseApiJson(body);
  if (status < 200 || status >= 300) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now());
    const apiMessage = parsed.ok ? parsed.response.message : undefined;
    throw new HttpError(status, { endpoint, apiMessage, retryAfterMs, isApiAnswer: parsed.ok });
  }
  if (!parsed.ok)
    throw new ResponseSchemaError(status, parsed.reason, { endpoint, cause: parsed.cause });

  return { status, response: parsed.response };
}

type ParsedBody =
  { ok: true; response: TrackResponse } | { ok: false; reason: string; cause?: unknown };

function parseApiJson(body: string): ParsedBody {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    return { ok: false, reason: 'the body is not JSON', cause };
  }

  const result = trackResponseSchema.safeParse(json);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => issue.path.join('.') || '(root)');
    return { ok: false, reason: `unexpected shape at ${fields.join(', ')}`, cause: result.error };
  }

  return { ok: true, response: result.data };
}

/** Origin and path only: a query string could carry a key, and errors end up in logs. */
export function describeEndpoint(endpoint: string): string {
  if (!URL.canParse(endpoint)) return '(invalid endpoint)';
  const url = new URL(endpoint);

  return `${url.origin}${url.pathname}`;
}
