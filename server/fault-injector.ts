import type { Logger } from '../lib/logger';
import {
  chooseFault,
  describeFaults,
  FAULT_STATUSES,
  requireFaultConfig,
  type FaultConfig,
  type FaultRule,
  type FaultStatus,
} from './faults';
import type { Reply } from './http-reply';
import { createSeededRandom } from './seeded-random';
import { trackReply } from './track-response';

/**
 * How a track request ends: a reply, `'drop'` (close the connection after reading the
 * request, so the answer is lost) or `'reset'` (reset it, so the client sees a network error).
 */
export type TrackOutcome = Reply | 'drop' | 'reset';

/** How many faults of each kind were injected since the receiver started. */
export interface InjectedCounts {
  status: Record<FaultStatus, number>;
  reset: number;
  drop: number;
  late: number;
  /** Requests reset because the receiver was offline (`goOffline`). */
  offline: number;
}

/** Longest offline window (a day): long enough for any test, short enough to end. */
export const MAX_OFFLINE_SECONDS = 86_400;

/** The receiver's faults, switchable at run time. */
export interface FaultInjector {
  /** Runs one `POST /api/track` through the current faults; `next` is the real handler. */
  handle(next: () => Promise<TrackOutcome>): Promise<TrackOutcome>;
  /** Replaces the faults (validated; throws `FaultConfigError`); `null` turns them off. */
  setFaults(config: FaultConfig | null): void;
  /** The faults in force, or `null`. */
  faults(): FaultConfig | null;
  /** Resets every track request for `seconds`, as an unreachable endpoint would. */
  goOffline(seconds: number): void;
  /** Ends an offline window early. */
  goOnline(): void;
  /** When the offline window ends (epoch ms), or `null` when online. */
  offlineUntil(): number | null;
  injected(): InjectedCounts;
  /** Ends every pending delay, so a closing receiver does not wait for a late answer. */
  close(): void;
}

/** What a fault injector needs from the receiver. */
export interface FaultInjectorOptions {
  /** Default none. */
  faults?: FaultConfig | null;
  /** The `documentation` URL a status fault's answer carries. */
  documentation: () => string;
  log: Logger;
  /** Clock for the offline window; default `Date.now`. */
  now?: () => number;
}

/** Creates the injector; with no faults it passes every request straight through. */
export function createFaultInjector(options: FaultInjectorOptions): FaultInjector {
  const { documentation, log, now = Date.now } = options;
  const lifetime = new AbortController();
  const counts = emptyCounts();
  let config: FaultConfig | null = null;
  let random: () => number = Math.random;
  let offlineEnd: number | null = null;

  const setFaults = (next: FaultConfig | null) => {
    config = next === null ? null : requireFaultConfig(next);
    random = config?.seed === undefined ? Math.random : createSeededRandom(config.seed);
    log.info(`faults: ${config === null ? 'none' : describeFaults(config)}`);
  };
  const isOffline = () => offlineEnd !== null && now() < offlineEnd;
  setFaults(options.faults ?? null);

  return {
    handle: async (next) => {
      if (isOffline()) {
        counts.offline += 1;
        return 'reset';
      }
      // Taken once, so a switch in the middle of a request does not change its fate.
      const current = config;
      const fault = current === null ? null : chooseFault(current, random);
      if (fault !== null) countFault(counts, fault);

      return applyFault(fault, current?.latencyMs ?? 0, next, {
        documentation: documentation(),
        signal: lifetime.signal,
      });
    },
    setFaults,
    faults: () => config,
    goOffline: (seconds) => {
      requireOfflineSeconds(seconds);
      offlineEnd = now() + seconds * 1000;
      log.info(`offline for ${seconds} s`);
    },
    goOnline: () => {
      offlineEnd = null;
      log.info('online');
    },
    offlineUntil: () => (isOffline() ? offlineEnd : null),
    injected: () => ({ ...counts, status: { ...counts.status } }),
    close: () => lifetime.abort(),
  };
}

/** Throws `RangeError` unless `seconds` is a positive number up to `MAX_OFFLINE_SECONDS`. */
function requireOfflineSeconds(seconds: number): void {
  if (Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_OFFLINE_SECONDS) return;
  throw new RangeError(
    `seconds: expected more than 0, up to ${MAX_OFFLINE_SECONDS}, got ${seconds}`,
  );
}

async function applyFault(
  fault: FaultRule | null,
  latencyMs: number,
  next: () => Promise<TrackOutcome>,
  { documentation, signal }: { documentation: string; signal: AbortSignal },
): Promise<TrackOutcome> {
  // A reset is the connection failing, not an answer, so no latency comes before it.
  if (fault?.kind === 'reset') return 'reset';
  await wait(latencyMs, signal);

  switch (fault?.kind) {
    case undefined:
      return next();
    case 'status':
      return statusReply(fault, documentation);
    case 'drop': {
      // The events are read, validated and stored; only the answer is lost.
      const outcome = await next();
      return outcome === 'reset' ? outcome : 'drop';
    }
    case 'late': {
      const outcome = await next();
      await wait(fault.delayMs, signal);
      return outcome;
    }
  }
}

function statusReply(fault: Extract<FaultRule, { kind: 'status' }>, documentation: string) {
  const headers: Record<string, string> =
    fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
  const message = `injected fault: ${fault.status} (the receiver fails this request on purpose)`;

  return trackReply({ status: fault.status, message, headers }, documentation);
}

/** Waits `ms`, or less if `signal` aborts first; never rejects. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();

  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

function emptyCounts(): InjectedCounts {
  const status = Object.fromEntries(FAULT_STATUSES.map((code) => [code, 0]));

  return { status: status as Record<FaultStatus, number>, reset: 0, drop: 0, late: 0, offline: 0 };
}

function countFault(counts: InjectedCounts, fault: FaultRule): void {
  if (fault.kind === 'status') counts.status[fault.status] += 1;
  else counts[fault.kind] += 1;
}
