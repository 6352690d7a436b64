import type { FaultConfig } from '../../server/faults';

/** How much a suite run does, and within what time. */
export interface FaultPlan {
  name: string;
  /** Phase one, without faults: one request's worth of events, some refused on purpose. */
  refusal: {
    events: number;
    /** Positions (0-based) of the refused events in that batch. */
    refusedAt: number[];
    /** Requests beyond the ones the batch needs anyway, for finding the refused events. */
    maxExtraRequests: number;
  };
  /** Phase two, under faults: events queued in chunks, with a stop or a kill after each. */
  faulty: {
    events: number;
    chunkSize: number;
    /** `maxEventsPerRequest` of this phase; smaller batches meet more faults and stops. */
    eventsPerRequest: number;
    /** After which chunks (0-based) the browser is killed instead of the worker stopped. */
    killAfterChunks: number[];
    /** After which chunk the endpoint becomes unreachable, and for how long. */
    offlineAfterChunk: number;
    offlineSeconds: number;
    /** Worker stops at checkpoints the run must reach; more are made while work remains. */
    minWorkerStops: number;
    /**
     * Fail unless every fault kind of the mix was injected at least once. Only a run with
     * enough requests can promise it: 5 % of 20 requests is often none.
     */
    requireEveryFault: boolean;
  };
  /** The receiver's faults in phase two. */
  faults: FaultConfig;
  /** The test build's knobs: short timeouts and backoff so that faults show quickly. */
  control: { timeoutMs: number; backoffBaseMs: number; backoffCapMs: number };
  /** The whole run, browser start to final count. */
  timeLimitMs: number;
}

const CONTROL = { timeoutMs: 2000, backoffBaseMs: 100, backoffCapMs: 2000 };

/** The issue's mix: 30 % 500, 5 % 429 with `Retry-After: 1`, 5 % resets, 5 % late answers. */
function issueFaults(timeoutMs: number): FaultConfig {
  return {
    rules: [
      { kind: 'status', status: 500, rate: 0.3 },
      { kind: 'status', status: 429, retryAfterSeconds: 1, rate: 0.05 },
      { kind: 'reset', rate: 0.05 },
      // Stored, then answered after the client gave up: the batch is sent again.
      { kind: 'late', rate: 0.05, delayMs: timeoutMs + 500 },
    ],
  };
}

/** `npm run test:faults`: 5,000 events, 30+ worker stops, 3 kills, 60 s offline. */
export const FULL_PLAN: FaultPlan = {
  name: 'full',
  refusal: { events: 1000, refusedAt: [617], maxExtraRequests: 21 },
  faulty: {
    events: 4000,
    chunkSize: 100,
    eventsPerRequest: 50,
    killAfterChunks: [7, 19, 31],
    offlineAfterChunk: 12,
    offlineSeconds: 60,
    minWorkerStops: 30,
    requireEveryFault: true,
  },
  faults: issueFaults(CONTROL.timeoutMs),
  control: CONTROL,
  timeLimitMs: 8 * 60_000,
};

/** The version inside `npm test`: 300 events, a few stops, one kill, 5 s offline. */
export const SMALL_PLAN: FaultPlan = {
  name: 'small',
  refusal: { events: 100, refusedAt: [37], maxExtraRequests: 21 },
  faulty: {
    events: 200,
    chunkSize: 50,
    eventsPerRequest: 25,
    killAfterChunks: [1],
    offlineAfterChunk: 2,
    offlineSeconds: 5,
    minWorkerStops: 3,
    requireEveryFault: false,
  },
  faults: issueFaults(CONTROL.timeoutMs),
  control: CONTROL,
  timeLimitMs: 80_000,
};
