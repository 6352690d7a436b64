import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TrackEvent } from '../lib/contract/event';
import type { Logger } from '../lib/logger';
import { credentialFromHeaders, isSameToken } from './auth';
import type { EventStore } from './event-store';
import type { Reply } from './http-reply';
import { readBodyWithLimit } from './read-body';
import { parseTrackRequest } from './track-request';
import { duplicateWarning, missingIdWarning, trackReply, type TrackAnswer } from './track-response';

/** What `POST /api/track` needs from the receiver. */
export interface TrackRouteContext {
  token: string;
  store: EventStore;
  maxEvents: number;
  maxBytes: number;
  /** The `documentation` URL every answer carries. */
  documentation: string;
  log: Logger;
  /** Extra refusals beyond the contract's schema (see `ReceiverOptions`); default none. */
  refuseEvent?: EventRefusal;
}

/**
 * A rule the receiver applies to each valid event: a reason to refuse it, or `undefined`.
 * The real API refuses some events its schema accepts; this lets a test make one event bad
 * for the receiver only, where the extension's own validation cannot see it.
 */
export type EventRefusal = (event: TrackEvent) => string | undefined;

/** Answers `POST /api/track`: credential, media type, size, shape, then every event. */
export async function handleTrack(
  request: IncomingMessage,
  context: TrackRouteContext,
): Promise<Reply> {
  const answer = await answerTrack(request, context);
  context.log.debug(`track: ${answer.status} ${answer.message}`);

  return trackReply(answer, context.documentation);
}

async function answerTrack(
  request: IncomingMessage,
  context: TrackRouteContext,
): Promise<TrackAnswer> {
  if (!isSameToken(credentialFromHeaders(request.headers), context.token)) {
    return {
      status: 401,
      message: 'the API key is missing or invalid (send x-api-key or Authorization: Bearer)',
      headers: { 'www-authenticate': 'Bearer' },
    };
  }
  const mediaTypeProblem = describeMediaTypeProblem(request.headers['content-type']);
  if (mediaTypeProblem !== undefined) return { status: 415, message: mediaTypeProblem };

  const body = await readBodyWithLimit(request, context.maxBytes);
  if (body.kind === 'too-large') {
    return {
      status: 400,
      message: `the body is over the size limit of ${context.maxBytes} bytes`,
      // The rest of the body stays unread, so this connection cannot carry another request.
      headers: { connection: 'close' },
    };
  }

  return acceptBody(body.bytes, context);
}

function acceptBody(bytes: Buffer, context: TrackRouteContext): TrackAnswer {
  const text = decodeUtf8(bytes);
  if (text === undefined) return { status: 400, message: 'the body is not valid UTF-8' };
  const parsed = parseTrackRequest(text, context.maxEvents);
  if (!parsed.ok) return { status: 400, message: parsed.message };
  const refusal = describeRefusals(parsed.events, context.refuseEvent);
  if (refusal !== undefined) return { status: 400, message: refusal };

  const responseId = randomUUID();
  const outcome = context.store.recordBatch({
    requestId: responseId,
    receivedAt: new Date().toISOString(),
    events: parsed.events,
  });
  const warnings = [
    ...parsed.events.flatMap((event, index) =>
      event.context?.event_id === undefined ? [missingIdWarning(index)] : [],
    ),
    ...outcome.duplicates.map(({ index, eventId }) => duplicateWarning(index, eventId)),
  ];
  context.log.info(
    `track: request ${responseId} accepted ${parsed.events.length} events ` +
      `(${outcome.stored} stored, ${outcome.duplicates.length} duplicates)`,
  );

  return {
    status: 200,
    message: `${parsed.events.length} ${parsed.events.length === 1 ? 'event' : 'events'} accepted`,
    warnings,
    responseId,
  };
}

/** One request is refused for any refused event, as for a schema error: `event 3: reason`. */
function describeRefusals(
  events: readonly TrackEvent[],
  refuseEvent: EventRefusal | undefined,
): string | undefined {
  if (refuseEvent === undefined) return undefined;
  const problems = events.flatMap((event, index) => {
    const reason = refuseEvent(event);
    return reason === undefined ? [] : [`event ${index}: ${reason}`];
  });

  return problems.length === 0 ? undefined : problems.join('; ');
}

/** Why a `Content-Type` is not JSON in UTF-8, or `undefined` when it is. */
export function describeMediaTypeProblem(contentType: string | undefined): string | undefined {
  const expected = 'expected Content-Type: application/json';
  if (contentType === undefined) return `${expected}, got none`;

  const [mediaType = '', ...parameters] = contentType.split(';').map((part) => part.trim());
  if (mediaType.toLowerCase() !== 'application/json') return `${expected}, got ${mediaType}`;
  const charset = parameters
    .map((parameter) => /^charset=("?)([^"]*)\1$/i.exec(parameter)?.[2])
    .find((value) => value !== undefined);
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
    return `expected JSON in UTF-8, got charset=${charset}`;
  }

  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
