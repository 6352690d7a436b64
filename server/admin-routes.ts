import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Logger } from '../lib/logger';
import { credentialFromHeaders, isSameToken } from './auth';
import type { EventStore, StoreStats } from './event-store';
import { MAX_OFFLINE_SECONDS, type FaultInjector, type InjectedCounts } from './fault-injector';
import { parseFaultConfig, type FaultConfig } from './faults';
import { jsonReply, type Reply } from './http-reply';
import { readBodyWithLimit } from './read-body';
import { trackReply, type TrackStatus } from './track-response';

/** The administration endpoints a fault-tolerance test drives the receiver with. */
export type AdminRoute = 'set-faults' | 'stats' | 'go-offline' | 'go-online';

/** What the admin routes need from the receiver. */
export interface AdminRouteContext {
  token: string;
  store: EventStore;
  faults: FaultInjector;
  documentation: string;
  log: Logger;
}

/** What `GET /admin/stats` answers: the store's counts and the faults injected so far. */
export interface ReceiverStats extends StoreStats {
  injected: InjectedCounts;
  /** The faults in force, or `null`. */
  faults: FaultConfig | null;
  /** When the offline window ends (ISO-8601), or `null` when online. */
  offlineUntil: string | null;
}

// A fault configuration is a few rules; anything larger is a mistake, not a config.
const MAX_ADMIN_BODY_BYTES = 64 * 1024;

const offlineRequestSchema = z.strictObject({
  seconds: z
    .number({ error: 'seconds: expected a number' })
    .positive({ error: 'seconds: expected more than 0' })
    .max(MAX_OFFLINE_SECONDS, { error: `seconds: expected at most ${MAX_OFFLINE_SECONDS}` }),
});

/** The receiver's statistics, as `GET /admin/stats` shows them. */
export function receiverStats(store: EventStore, faults: FaultInjector): ReceiverStats {
  const offlineUntil = faults.offlineUntil();

  return {
    ...store.stats(),
    injected: faults.injected(),
    faults: faults.faults(),
    offlineUntil: offlineUntil === null ? null : new Date(offlineUntil).toISOString(),
  };
}

/**
 * Answers an admin route. Only the header credential is accepted (no `?token=`): these
 * endpoints are for test code, not for a browser's address bar.
 */
export async function handleAdmin(
  route: AdminRoute,
  request: IncomingMessage,
  context: AdminRouteContext,
): Promise<Reply> {
  if (!isSameToken(credentialFromHeaders(request.headers), context.token)) {
    return fail(401, 'the token is missing or invalid (send x-api-key or Bearer)', context);
  }

  switch (route) {
    case 'stats':
      return jsonReply(200, receiverStats(context.store, context.faults));
    case 'go-online':
      context.faults.goOnline();
      return jsonReply(200, { offlineUntil: null });
    case 'set-faults':
      return setFaults(request, context);
    case 'go-offline':
      return goOffline(request, context);
  }
}

async function setFaults(request: IncomingMessage, context: AdminRouteContext): Promise<Reply> {
  const body = await readJsonBody(request);
  if (!body.ok) return fail(400, body.message, context, body.headers);
  if (body.value === null) {
    context.faults.setFaults(null);
    return jsonReply(200, { faults: null });
  }

  const parsed = parseFaultConfig(body.value);
  if (!parsed.ok) return fail(400, `invalid fault configuration: ${parsed.message}`, context);
  context.faults.setFaults(parsed.config);

  return jsonReply(200, { faults: parsed.config });
}

async function goOffline(request: IncomingMessage, context: AdminRouteContext): Promise<Reply> {
  const body = await readJsonBody(request);
  if (!body.ok) return fail(400, body.message, context, body.headers);
  const parsed = offlineRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => issue.message).join('; ');
    return fail(400, `expected { "seconds": N }: ${message}`, context);
  }

  context.faults.goOffline(parsed.data.seconds);
  const until = context.faults.offlineUntil();

  return jsonReply(200, { offlineUntil: until === null ? null : new Date(until).toISOString() });
}

type JsonBody =
  { ok: true; value: unknown } | { ok: false; message: string; headers?: Record<string, string> };

async function readJsonBody(request: IncomingMessage): Promise<JsonBody> {
  const body = await readBodyWithLimit(request, MAX_ADMIN_BODY_BYTES);
  if (body.kind === 'too-large') {
    // The rest of the body stays unread, so this connection cannot carry another request.
    const headers = { connection: 'close' };
    return { ok: false, message: `the body is over ${MAX_ADMIN_BODY_BYTES} bytes`, headers };
  }

  try {
    return { ok: true, value: JSON.parse(body.bytes.toString('utf8')) as unknown };
  } catch (error) {
    return { ok: false, message: `the body is not JSON: ${(error as Error).message}` };
  }
}

function fail(
  status: TrackStatus,
  message: string,
  context: AdminRouteContext,
  headers?: Record<string, string>,
): Reply {
  return trackReply({ status, message, headers }, context.documentation);
}
