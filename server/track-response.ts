import { randomUUID } from 'node:crypto';
import type { TrackResponse } from '../lib/contract/event';
import { jsonReply, type Reply } from './http-reply';

/** Statuses a Track API answer may carry; 429 and 502-504 are for injected faults. */
export type TrackStatus = 200 | 400 | 401 | 404 | 405 | 415 | 429 | 500 | 502 | 503 | 504;

/** Everything a Track API answer needs besides the fixed fields. */
export interface TrackAnswer {
  status: TrackStatus;
  message: string;
  warnings?: readonly string[];
  /** Defaults to a fresh UUID; an accepted request passes the id it was stored under. */
  responseId?: string;
  headers?: Record<string, string>;
}

/** Builds the five-field body the contract gives every answer, errors included. */
export function trackResponseBody(answer: TrackAnswer, documentation: string): TrackResponse {
  return {
    success: answer.status === 200,
    response_id: answer.responseId ?? randomUUID(),
    message: answer.message,
    warnings: [...(answer.warnings ?? [])],
    documentation,
  };
}

/** A Track API answer as a JSON reply. */
export function trackReply(answer: TrackAnswer, documentation: string): Reply {
  return jsonReply(answer.status, trackResponseBody(answer, documentation), answer.headers);
}

/** The warning for an event a client cannot have de-duplicated. */
export function missingIdWarning(index: number): string {
  return `event ${index} has no context.event_id; it cannot be de-duplicated`;
}

/** The warning for an event whose id the store already held. */
export function duplicateWarning(index: number, eventId: string): string {
  return `event ${index} (id ${eventId}) was already stored; kept the first copy`;
}
