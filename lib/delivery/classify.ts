import type { PauseReason } from './pause';
import {
  HttpError,
  NetworkError,
  RedirectError,
  ResponseSchemaError,
  TimeoutError,
} from './errors';

/** What a flush does about a failed request, decided from the error's type and status. */
export type FailureAction =
  /** The API refused the batch's content or size: split it to find the bad events. */
  | { kind: 'split'; status: number; reason: string }
  /** Nothing will work until the user changes the settings. */
  | { kind: 'pause'; reason: PauseReason; message: string; status?: number }
  /** A passing problem: try again after a backoff. */
  | { kind: 'retry'; error: string; retryAfterMs?: number };

/** Maps an error from `sendBatch` to the flush's next step. */
export function classifyFailure(error: unknown): FailureAction {
  if (error instanceof HttpError) return classifyHttp(error);
  if (error instanceof NetworkError || error instanceof TimeoutError) {
    return { kind: 'retry', error: error.message };
  }
  if (error instanceof RedirectError || error instanceof ResponseSchemaError) {
    return { kind: 'pause', reason: 'misconfigured', message: error.message, status: error.status };
  }

  // Not an error the client throws: a bug. Retrying later loses nothing while it is found.
  return { kind: 'retry', error: `unexpected error: ${String(error)}` };
}

function classifyHttp(error: HttpError): FailureAction {
  const { status } = error;
  const reason = error.apiMessage || `the Track API answered ${status}`;

  // A 400 the API did not write (a web server's or proxy's page) says nothing about the
  // events: splitting would hold every one of them. A 413 may come from a proxy's body limit,
  // where smaller requests are the cure, so it splits whoever wrote it.
  if ((status === 400 && error.isApiAnswer) || status === 413) {
    return { kind: 'split', status, reason };
  }
  if (status === 401 || status === 403) {
    const message = `the Track API refused the credential (${status}); check the API key`;
    return { kind: 'pause', reason: 'unauthorized', message, status };
  }
  if (status === 429 || status >= 500) {
    return { kind: 'retry', error: error.message, retryAfterMs: error.retryAfterMs };
  }

  const detail = error.apiMessage ? ` (${error.apiMessage})` : '';
  const message = `the endpoint answered ${status}${detail}; check the endpoint URL`;

  return { kind: 'pause', reason: 'misconfigured', message, status };
}
