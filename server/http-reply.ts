import type { ServerResponse } from 'node:http';

/** What a route answers, as data; only `sendReply` writes it to the socket. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Methods and headers a browser may use across origins; the extension needs no host permission. */
const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': 'content-type, x-api-key, authorization',
  // The extension reads Retry-After as a floor for its next try; CORS hides it otherwise.
  'access-control-expose-headers': 'retry-after',
  // Browsers cap this (Chromium at 7,200 s); a day keeps preflights rare everywhere else.
  'access-control-max-age': '86400',
};

/** A JSON reply with the given status. */
export function jsonReply(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/** The answer to a CORS preflight: no body, no credential needed. */
export function preflightReply(): Reply {
  return { status: 204, headers: {}, body: '' };
}

/** Writes a reply with the CORS headers every response carries. */
export function sendReply(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...reply.headers,
  };
  if (reply.body !== '') headers['content-length'] = String(Buffer.byteLength(reply.body));

  response.writeHead(reply.status, headers);
  response.end(reply.body);
}
