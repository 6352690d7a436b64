import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdmin, type AdminRoute } from './admin-routes';
import { credentialFromHeaders, isSameToken } from './auth';
import { PAGE_CONTENT_SECURITY_POLICY, renderEventsPage } from './events-page';
import type { FaultInjector, TrackOutcome } from './fault-injector';
import { jsonReply, preflightReply, sendReply, type Reply } from './http-reply';
import { handleTrack, type TrackRouteContext } from './track-route';
import { trackReply } from './track-response';

/**
 * Wraps `POST /api/track`. It may answer instead of `next` (a chosen failure status), wait
 * before or after it (latency), or return `'drop'` to close the connection without an
 * answer. The receiver passes requests straight through unless one is given.
 */
export type TrackInterceptor = (
  request: IncomingMessage,
  next: () => Promise<Reply>,
) => Promise<Reply | 'drop'>;

/** Everything the routes need; `documentation` is known once the server listens. */
export interface RouteContext extends TrackRouteContext {
  interceptTrack?: TrackInterceptor;
  /** Runs outside `interceptTrack`, so an offline window or a reset wins over both. */
  faults: FaultInjector;
}

type RouteName = 'track' | 'events' | 'page' | 'health' | AdminRoute;
type Method = 'GET' | 'POST' | 'DELETE';

/** Each path's route by method. */
const ROUTES: Record<string, Partial<Record<Method, RouteName>>> = {
  '/api/track': { POST: 'track' },
  '/api/events': { GET: 'events' },
  '/': { GET: 'page' },
  '/health': { GET: 'health' },
  '/admin/faults': { POST: 'set-faults' },
  '/admin/stats': { GET: 'stats' },
  '/admin/offline': { POST: 'go-offline', DELETE: 'go-online' },
};

/** Creates the `node:http` request listener; errors become a 500 answer, logged once. */
export function createRequestListener(context: () => RouteContext) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const current = context();
    routeRequest(request, current)
      .then((outcome) => endRequest(request, response, outcome))
      .catch((error: unknown) => answerFailure(response, current, error));
  };
}

/** Sends the reply, or closes the connection without one as a fault asked. */
function endRequest(request: IncomingMessage, response: ServerResponse, outcome: TrackOutcome) {
  // A late answer may find its client gone (timed out) or the receiver closed.
  if (request.socket.destroyed) return;
  if (outcome === 'drop') request.socket.destroy();
  else if (outcome === 'reset') request.socket.resetAndDestroy();
  else sendReply(response, outcome);
}

/** Logs an unexpected failure once and answers 500, or cuts a half-sent answer short. */
function answerFailure(response: ServerResponse, context: RouteContext, error: unknown): void {
  context.log.error('request failed:', error);
  if (response.headersSent) {
    response.destroy();
    return;
  }

  const answer = { status: 500, message: 'internal error' } as const;
  sendReply(response, trackReply(answer, context.documentation));
}

async function routeRequest(
  request: IncomingMessage,
  context: RouteContext,
): Promise<TrackOutcome> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const routes = Object.hasOwn(ROUTES, url.pathname) ? ROUTES[url.pathname] : undefined;
  const fail = (status: 404 | 405, message: string, headers?: Record<string, string>) =>
    trackReply({ status, message, headers }, context.documentation);
  if (routes === undefined) return fail(404, `no route for ${url.pathname}`);
  if (request.method === 'OPTIONS') return preflightReply();
  const route = Object.hasOwn(routes, request.method ?? '')
    ? routes[request.method as Method]
    : undefined;
  if (route === undefined) {
    const allow = [...Object.keys(routes), 'OPTIONS'].join(', ');
    return fail(405, `${request.method} is not allowed here; use ${allow}`, { allow });
  }

  switch (route) {
    case 'track':
      return context.faults.handle(() => interceptTrack(request, context));
    case 'events':
      return listEvents(request, url, context);
    case 'page':
      return showPage(request, url, context);
    case 'health':
      return jsonReply(200, { ok: true });
    default:
      return handleAdmin(route, request, context);
  }
}

function interceptTrack(request: IncomingMessage, context: RouteContext) {
  const next = () => handleTrack(request, context);

  return context.interceptTrack ? context.interceptTrack(request, next) : next();
}

/**
 * The stored events hold personal data, so reading them takes the same token as sending;
 * `?token=` is accepted too, because a browser address bar cannot set a header.
 */
function isReader(request: IncomingMessage, url: URL, token: string): boolean {
  const presented = credentialFromHeaders(request.headers) ?? url.searchParams.get('token');

  return isSameToken(presented ?? undefined, token);
}

function listEvents(request: IncomingMessage, url: URL, context: RouteContext): Reply {
  if (!isReader(request, url, context.token)) {
    const message = 'the token is missing or invalid (send x-api-key, Bearer or ?token=)';
    return trackReply({ status: 401, message }, context.documentation);
  }

  return jsonReply(200, { events: context.store.storedEvents(), ...context.store.stats() });
}

function showPage(request: IncomingMessage, url: URL, context: RouteContext): Reply {
  const limits = { maxEvents: context.maxEvents, maxBytes: context.maxBytes };
  const authorized = isReader(request, url, context.token);
  const html = renderEventsPage(
    authorized
      ? {
          kind: 'events',
          records: context.store.storedRecords(),
          stats: context.store.stats(),
          limits,
        }
      : { kind: 'token-needed', limits },
  );

  return {
    status: authorized ? 200 : 401,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': PAGE_CONTENT_SECURITY_POLICY,
      // The token may sit in this page's address; keep it out of any Referer.
      'referrer-policy': 'no-referrer',
    },
    body: html,
  };
}
