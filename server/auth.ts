import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The credential a request presents, from either header the contract documents. */
export function credentialFromHeaders(headers: IncomingHttpHeaders): string | undefined {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey !== '') return apiKey;

  const match = /^Bearer +(\S+) *$/i.exec(headers.authorization ?? '');

  return match?.[1];
}

/** Whether `presented` is the token, compared in constant time. */
export function isSameToken(presented: string | undefined, token: string): boolean {
  if (presented === undefined) return false;

  // Hashing first gives both sides one length, so neither the comparison nor an early
  // length check reveals how long the token is.
  return timingSafeEqual(digest(presented), digest(token));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
