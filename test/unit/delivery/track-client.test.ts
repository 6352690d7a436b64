import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HttpError,
  NetworkError,
  RedirectError,
  ResponseSchemaError,
  TimeoutError,
} from '../../../lib/delivery/errors';
import { sendBatch, type FetchFunction } from '../../../lib/delivery/track-client';
import { makeEvent } from '../storage/make-event';

const ENDPOINT = 'http://127.0.0.1:9/api/track?debug=1';
const HEADERS = { 'x-api-key': 'the-secret' };

function apiBody(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    success: true,
    response_id: 'resp-1',
    message: 'ok',
    warnings: [],
    documentation: 'https://docs.example/track',
    ...overrides,
  });
}

function answer(status: number, body: string, headers: Record<string, string> = {}) {
  return vi.fn<FetchFunction>(async () => new Response(body, { status, headers }));
}

async function failureOf(fetch: FetchFunction, timeoutMs?: number): Promise<unknown> {
  const events = [makeEvent()];
  const now = () => Date.parse('2024-10-21T12:00:00Z');

  return sendBatch({ endpoint: ENDPOINT, headers: HEADERS, events, fetch, now, timeoutMs }).then(
    () => expect.fail('expected the request to fail'),
    (error: unknown) => error,
  );
}

describe('sendBatch', () => {
  it('posts the events as a JSON array with the credential header and no redirects', async () => {
    const fetch = answer(200, apiBody());
    const events = [makeEvent(), makeEvent()];

    const result = await sendBatch({ endpoint: ENDPOINT, headers: HEADERS, events, fetch });

    const [url, init] = fetch.mock.calls[0]!;
    expect(result).toEqual({ status: 200, response: JSON.parse(apiBody()) });
    expect(url).toBe(ENDPOINT);
    expect(init).toMatchObject({ method: 'POST', redirect: 'manual' });
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', 'x-api-key': 'the-secret' });
    expect(init.body).toBe(JSON.stringify(events));
  });

  it('resolves a 200 whose success is false, leaving the decision to the caller', async () => {
    const fetch = answer(200, apiBody({ success: false, message: 'rejected' }));

    const result = await sendBatch({ endpoint: ENDPOINT, headers: HEADERS, events: [], fetch });

    expect(result.response).toMatchObject({ success: false, message: 'rejected' });
  });

  it.each([400, 401, 404, 500])(
    'throws an HttpError with the API message on %i',
    async (status) => {
      const error = await failureOf(answer(status, apiBody({ success: false, message: 'why' })));

      expect(error).toBeInstanceOf(HttpError);
      expect(error).toMatchObject({ status, apiMessage: 'why', retryAfterMs: undefined });
    },
  );

  it('throws an HttpError without an API message when the error body is not its JSON', async () => {
    const error = await failureOf(answer(502, '<html>Bad gateway</html>'));

    expect(error).toMatchObject({ status: 502, apiMessage: undefined });
  });

  it('reads Retry-After in seconds on a 429', async () => {
    const error = await failureOf(answer(429, apiBody(), { 'Retry-After': '30' }));

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 30_000 });
  });

  it('reads Retry-After as an HTTP date on a 429', async () => {
    const headers = { 'Retry-After': 'Mon, 21 Oct 2024 12:02:00 GMT' };

    const error = await failureOf(answer(429, apiBody(), headers));

    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000 });
  });

  it('throws a ResponseSchemaError for an HTML page answered with 200', async () => {
    const error = await failureOf(answer(200, '<!doctype html><title>Login</title>'));

    expect(error).toBeInstanceOf(ResponseSchemaError);
    expect((error as Error).message).toContain('not JSON');
  });

  it('throws a ResponseSchemaError for JSON of the wrong shape', async () => {
    const error = await failureOf(answer(200, JSON.stringify({ ok: true })));

    expect(error).toBeInstanceOf(ResponseSchemaError);
    expect((error as Error).message).toContain('success');
  });

  it('throws a NetworkError keeping the cause when fetch fails', async () => {
    const cause = new TypeError('fetch failed');

    const error = await failureOf(async () => Promise.reject(cause));

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).cause).toBe(cause);
  });

  it('aborts and throws a TimeoutError when no answer comes in time', async () => {
    const stalled: FetchFunction = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });

    const error = await failureOf(stalled, 20);

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 20 });
  });

  it('throws a RedirectError on a 3xx', async () => {
    const error = await failureOf(answer(302, '', { Location: 'https://elsewhere.example/' }));

    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 302 });
  });

  it("throws a RedirectError on a browser's opaque redirect", async () => {
    const opaque = {
      type: 'opaqueredirect',
      status: 0,
      headers: new Headers(),
      text: async () => '',
    };

    const error = await failureOf(async () => opaque as Response);

    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toContain('misconfigured');
  });

  it('keeps the endpoint without its query and never the credential in an error', async () => {
    const error = await failureOf(answer(401, apiBody({ success: false })));

    expect(error).toMatchObject({ endpoint: 'http://127.0.0.1:9/api/track' });
    expect(JSON.stringify(error) + String(error)).not.toContain('the-secret');
  });
});

describe('sendBatch against a real local server', () => {
  let server: Server | undefined;

  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));

    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/track`;
  }

  it('delivers through the real fetch', { timeout: 5000 }, async () => {
    let received = '';
    const endpoint = await listen((request, response) => {
      request.on('data', (chunk: Buffer) => (received += chunk.toString()));
      request.on('end', () =>
        response.setHeader('content-type', 'application/json').end(apiBody()),
      );
    });
    const events = [makeEvent()];

    const result = await sendBatch({ endpoint, headers: HEADERS, events });

    expect(result.response.response_id).toBe('resp-1');
    expect(received).toBe(JSON.stringify(events));
  });

  it('does not follow a real redirect', { timeout: 5000 }, async () => {
    const endpoint = await listen((_request, response) => {
      response.writeHead(307, { Location: 'http://127.0.0.1:9/elsewhere' }).end();
    });

    const error = await sendBatch({ endpoint, headers: HEADERS, events: [] }).catch((e) => e);

    expect(error).toBeInstanceOf(RedirectError);
  });
});
