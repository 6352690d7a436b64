import type { IncomingMessage } from 'node:http';

/** A body read whole, or the news that it is over the limit (and was not read further). */
export type BodyResult = { kind: 'body'; bytes: Buffer } | { kind: 'too-large' };

/**
 * Reads a request body, keeping at most `maxBytes + 1` bytes. A declared `Content-Length`
 * over the limit is refused before any byte is read; a chunked body is cut off at the
 * first byte past the limit, so a large upload never sits in memory.
 */
export function readBodyWithLimit(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.resolve({ kind: 'too-large' });
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;

    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      stop();
      resolve({ kind: 'too-large' });
    };
    const onEnd = () => {
      stop();
      resolve({ kind: 'body', bytes: Buffer.concat(chunks, received) });
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const stop = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
      request.pause();
    };

    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
