/** Options every Track API error takes. */
interface TrackApiErrorOptions {
  /** The endpoint of the request, without query or credentials. */
  endpoint: string;
  cause?: unknown;
}

/** Base of the errors `sendBatch` throws; the flush decides from the subclass, not the text. */
export class TrackApiError extends Error {
  /** The endpoint of the failed request (origin and path; never the credential). */
  readonly endpoint: string;

  constructor(message: string, options: TrackApiErrorOptions) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.endpoint = options.endpoint;
  }
}

/** The API answered with a status other than 2xx or 3xx. */
export class HttpError extends TrackApiError {
  readonly status: number;
  /** The API's `message`, when the body was the API's JSON. */
  readonly apiMessage: string | undefined;
  /** From `Retry-After` (seconds or an HTTP date), when present and readable. */
  readonly retryAfterMs: number | undefined;
  /** Whether the body was the Track API's JSON (not a proxy's or web server's page). */
  readonly isApiAnswer: boolean;

  constructor(
    status: number,
    options: TrackApiErrorOptions & {
      apiMessage?: string;
      retryAfterMs?: number;
      /** Default `false`. */
      isApiAnswer?: boolean;
    },
  ) {
    const detail = options.apiMessage ? `: ${options.apiMessage}` : '';
    super(`Track API answered ${status}${detail}`, options);
    this.status = status;
    this.apiMessage = options.apiMessage;
    this.retryAfterMs = options.retryAfterMs;
    this.isApiAnswer = options.isApiAnswer ?? false;
  }
}

/** The request never got an answer: DNS, refused connection, TLS, CORS, offline. */
export class NetworkError extends TrackApiError {
  constructor(options: TrackApiErrorOptions) {
    super('could not reach the Track API', options);
  }
}

/** No complete answer within the time limit; the request was aborted. */
export class TimeoutError extends TrackApiError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number, options: TrackApiErrorOptions) {
    super(`the Track API did not answer within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}

/** A success status whose body is not the API's JSON (an HTML page, a proxy, wrong shape). */
export class ResponseSchemaError extends TrackApiError {
  readonly status: number;

  constructor(status: number, reason: string, options: TrackApiErrorOptions) {
    super(`the answer (${status}) is not the Track API's JSON: ${reason}`, options);
    this.status = status;
  }
}

/** The endpoint redirected; the API never does, so the endpoint is misconfigured. */
export class RedirectError extends TrackApiError {
  /** The 3xx status, or 0 for a browser's opaque redirect. */
  readonly status: number;

  constructor(status: number, options: TrackApiErrorOptions) {
    super(`the endpoint redirected (${status || 'opaque'}); endpoint misconfigured`, options);
    this.status = status;
  }
}
