import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { createReceiver, type Receiver } from '../../server/receiver';
import { enqueueCaptures } from './enqueue';
import { buildBenchCaptures } from './events';
import { progress } from './report';
import { sendFromExtensionPage } from '../extension-browser';
import { withSession } from './session';

const TOKEN = 'bench-token-0123456789';
/**
 * Flush wake-ups sent while waiting, as a safety net: the background schedules its own next
 * flush when one ends with events still due. Each wake-up also counts the whole outbox for
 * its answer, so frequent ones would slow the delivery being measured.
 */
const FLUSH_NUDGE_MS = 5000;
/** Events of the request that warms the receiver up before the clock starts. */
const WARM_UP_EVENTS = 1000;
/** Profiles the queued captures spread over (see `measureDelivery`). */
const FILL_PROFILES = 50;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** How one delivery mode went. */
export interface DeliveryRun {
  /** Events stored by the receiver when the clock stopped. */
  delivered: number;
  /** From saving the endpoint until the receiver had stored `delivered` events. */
  ms: number;
  /** `POST /api/track` requests the receiver answered until then. */
  requests: number;
}

/** Options of `measureDelivery`. */
export interface DeliveryOptions {
  extensionDir: string;
  queued: number;
  /** The `maxEventsPerRequest` setting: 1,000 batched, 1 for one request per event. */
  maxEventsPerRequest: number;
  /** Stop the clock once this many are stored, when `shouldStopEarly` says so. */
  checkpoint?: number;
  /** Asked once at `checkpoint` with the time so far; `true` stops the run there. */
  shouldStopEarly?: (msSoFar: number) => boolean;
  /** Gives up (and fails) after this long; default 10 minutes. */
  timeoutMs?: number;
}

/**
 * Queues events while no endpoint is set, then saves the endpoint of a fresh local receiver
 * and times until the receiver has stored them, through the real background, on a fresh
 * browser profile. The captures spread over a few profiles only: the background rewrites one
 * map of every profile seen at each capture, and queueing speed is not what is timed here.
 */
export async function measureDelivery(options: DeliveryOptions): Promise<DeliveryRun> {
  const watch = createStoredWatch();
  const receiver = createReceiver({
    port: 0,
    token: TOKEN,
    // In memory: the receiver stands in for the API, and its own disk is not ours to time.
    dbPath: ':memory:',
    interceptTrack: async (_request, next) => {
      const reply = await next();
      watch.onRequest(receiver);
      return reply;
    },
  });
  const { url } = await receiver.start();
  try {
    await warmUp(`${url}/api/track`);
    watch.startCounting(receiver);
    return await withSession(options.extensionDir, async ({ extensionPage }) => {
      await enqueueCaptures(extensionPage, {
        total: options.queued,
        inFlight: 4,
        profiles: FILL_PROFILES,
      });
      progress(`queued ${options.queued}; delivering ${options.maxEventsPerRequest} per request`);
      return await deliverQueued(extensionPage, `${url}/api/track`, watch, options);
    });
  } finally {
    await receiver.close();
  }
}

/**
 * One batch of throwaway events straight to the receiver, before anything is timed. It stands
 * in for the API, a server that is already running: its first requests (JIT compilation,
 * SQLite statements) would otherwise count against the first mode measured only.
 */
async function warmUp(endpoint: string): Promise<void> {
  const events = buildBenchCaptures(0, WARM_UP_EVENTS, 1).map((capture) => capture.event);
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': TOKEN },
    body: JSON.stringify(events),
  });
  if (!response.ok) throw new Error(`the receiver refused the warm-up batch: ${response.status}`);
}

/** The moment the receiver reached a stored count, and the requests it had answered. */
interface Reached {
  stored: number;
  at: number;
  requests: number;
}

/** Counts requests and wakes whoever waits for the receiver to reach a stored count. */
function createStoredWatch() {
  let requests = 0;
  let storedBefore = 0;
  let waiting: { target: number; resolve: (reached: Reached) => void }[] = [];

  return {
    /** From now on, requests and stored events are counted from zero. */
    startCounting(receiver: Receiver) {
      requests = 0;
      storedBefore = receiver.store.countStored();
    },
    onRequest(receiver: Receiver) {
      requests += 1;
      const stored = receiver.store.countStored() - storedBefore;
      const at = performance.now();
      const reached = waiting.filter((entry) => stored >= entry.target);
      waiting = waiting.filter((entry) => stored < entry.target);
      for (const entry of reached) entry.resolve({ stored, at, requests });
    },
    /** Resolves once the receiver holds `target` events, with the count and the moment. */
    reach(target: number) {
      return new Promise<Reached>((resolve) => {
        waiting.push({ target, resolve });
      });
    },
  };
}

type StoredWatch = ReturnType<typeof createStoredWatch>;

async function deliverQueued(
  page: Page,
  endpoint: string,
  watch: StoredWatch,
  options: DeliveryOptions,
): Promise<DeliveryRun> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const all = watch.reach(options.queued);
  const checkpoint = options.checkpoint ? watch.reach(options.checkpoint) : undefined;
  let done = false;
  void all.then(() => (done = true));

  const start = performance.now();
  await saveEndpoint(page, endpoint, options.maxEventsPerRequest);
  const nudging = nudgeFlushes(page, deadline, () => done);

  const finish = await firstFinish(start, all, checkpoint, options);
  done = true;
  await nudging;
  if (finish === undefined) throw new Error(`delivery did not finish before the timeout`);

  return { delivered: finish.stored, ms: finish.at - start, requests: finish.requests };
}

/** Settings as the options page saves them; `http:` is allowed on loopback. */
async function saveEndpoint(page: Page, endpoint: string, maxEventsPerRequest: number) {
  const answer = (await sendFromExtensionPage(page, {
    type: 'settings.save',
    endpoint,
    credentialKind: 'x-api-key',
    secret: TOKEN,
    maxEventsPerRequest,
  })) as { ok?: boolean; error?: string };
  if (!answer.ok) throw new Error(`settings.save was refused: ${answer.error}`);
}

/**
 * One flush sends at most 50 requests; the background then schedules the next itself. The
 * benchmark still sends `delivery.flush` now and then, as the fault suite does, in case a
 * flush is waiting for the 30 s alarm. The flush lock makes extra ones no-ops.
 */
async function nudgeFlushes(page: Page, deadline: number, finished: () => boolean) {
  const maxNudges = Math.ceil((deadline - Date.now()) / FLUSH_NUDGE_MS);
  for (let nudge = 0; nudge < maxNudges && !finished() && Date.now() < deadline; nudge += 1) {
    await sendFromExtensionPage(page, { type: 'delivery.flush' }).catch(() => undefined);
    await sleep(FLUSH_NUDGE_MS);
  }
}

async function firstFinish(
  start: number,
  all: Promise<Reached>,
  checkpoint: Promise<Reached> | undefined,
  options: DeliveryOptions,
) {
  // Unreferenced, so a run that finished does not keep the process waiting for it.
  const timeout = sleep(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, undefined, { ref: false });
  const early = checkpoint?.then((reached) =>
    options.shouldStopEarly?.(reached.at - start) ? reached : new Promise<never>(() => {}),
  );

  return Promise.race([all, timeout, ...(early ? [early] : [])]);
}
