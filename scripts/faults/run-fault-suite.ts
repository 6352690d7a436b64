import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createReceiver, type Receiver } from '../../server/receiver';
import { CHECKPOINTS, startCheckpointServer, type CheckpointServer } from './checkpoint-server';
import {
  closeSession,
  crashAndRelaunch,
  nudgeWorker,
  openSession,
  readCounts,
  readOutbox,
  saveEvents,
  sendToWorker,
  stopWorker,
  type ExtensionSession,
} from './extension-session';
import type { FaultPlan } from './plans';
import { formatSummary, tallyOutcome, type Tally } from './tally';
import {
  eventIdOf,
  makeCaptures,
  REFUSAL_REASON,
  refuseMarkedEvent,
  SUITE_PROFILE_URL,
} from './test-events';

/** What a run found: the summary line, its counts, and every broken promise. */
export interface SuiteResult {
  line: string;
  tally: Tally;
  workerStops: number;
  restarts: number;
  /** Requests the refused events cost beyond the batch's own, in phase one. */
  extraRequests: number;
  problems: string[];
  elapsedMs: number;
}

/** How a run is launched and where its progress goes. */
export interface SuiteOptions {
  executablePath: string;
  /** One line of progress; default none. */
  say?: (line: string) => void;
}

const TOKEN = 'fault-suite-token-0123456789';
/** Saves in flight at once, and tries per save. */
const SAVE_PARALLEL = 20;
const SAVE_ATTEMPTS = 3;
/** How long a stop waits for a flush to reach the armed checkpoint. */
const CHECKPOINT_WAIT_MS = 10_000;
const POLL_MS = 500;
/** Polls between two progress lines while draining. */
const DRAIN_REPORT_EVERY = 10;

interface Run {
  plan: FaultPlan;
  options: SuiteOptions;
  say: (line: string) => void;
  startedAt: number;
  receiver: Receiver;
  endpoint: string;
  /** Track requests that reached the receiver's handler (faults answer before it). */
  trackRequests: number;
  checkpoints: CheckpointServer;
  session: ExtensionSession;
  queuedIds: string[];
  refusedIds: Set<string>;
  nextNumber: number;
  workerStops: number;
  stopAttempts: number;
  restarts: number;
  extraRequests: number;
  problems: string[];
}

/**
 * Drives the test build in Chromium through faults, worker stops and browser kills, then
 * checks that every queued event was stored once or held with its reason.
 */
export async function runFaultSuite(plan: FaultPlan, options: SuiteOptions): Promise<SuiteResult> {
  const run = await startRun(plan, options);
  try {
    await configure(run);
    await runRefusalPhase(run);
    await runFaultyPhase(run);
    await drainOutbox(run, 'the final drain');

    return await finish(run);
  } finally {
    await closeSession(run.session);
    await run.checkpoints.close();
    await run.receiver.close();
    rmSync(run.session.profileDir, { recursive: true, force: true });
  }
}

async function startRun(plan: FaultPlan, options: SuiteOptions): Promise<Run> {
  const say = options.say ?? (() => undefined);
  const receiver = createReceiver({
    token: TOKEN,
    refuseEvent: refuseMarkedEvent,
    interceptTrack: (_request, next) => {
      run.trackRequests += 1;
      return next();
    },
  });
  const { url } = await receiver.start();
  const checkpoints = await startCheckpointServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'capture-faults-'));
  say(`faults (${plan.name}): receiver ${url}, profile ${profileDir}`);
  const session = await openSession({ executablePath: options.executablePath, profileDir });
  const run: Run = {
    ...{ plan, options, say, startedAt: Date.now(), receiver, checkpoints, session },
    ...{ endpoint: `${url}/api/track`, trackRequests: 0, queuedIds: [], nextNumber: 0 },
    ...{ refusedIds: new Set(), workerStops: 0, stopAttempts: 0, restarts: 0 },
    ...{ extraRequests: 0, problems: [] },
  };

  return run;
}

/** The test knobs; delivery stays unconfigured until phase one has queued its batch. */
async function configure(run: Run): Promise<void> {
  const control = { controlUrl: run.checkpoints.url, ...run.plan.control };
  await sendToWorker(run.session, { type: 'test.control', control });
}

async function saveSettings(run: Run, endpoint: string, maxEventsPerRequest: number) {
  const answer = await sendToWorker<{ ok: boolean; error?: string }>(run.session, {
    type: 'settings.save',
    endpoint,
    credentialKind: 'x-api-key',
    secret: TOKEN,
    maxEventsPerRequest,
  });
  if (!answer.ok) throw new Error(`settings.save refused: ${answer.error}`);
}

/**
 * One full request's worth of events with refused ones among them, and no other fault, so
 * the requests the split costs are counted cleanly. They are queued before an endpoint is
 * set, so that one flush finds them all.
 */
async function runRefusalPhase(run: Run): Promise<void> {
  const { events, refusedAt, maxExtraRequests } = run.plan.refusal;
  await queueChunk(run, events, refusedAt);
  const before = run.trackRequests;
  await saveSettings(run, run.endpoint, 1000);
  await drainOutbox(run, 'phase one');

  const requests = run.trackRequests - before;
  run.extraRequests = requests - Math.ceil(events / 1000);
  const stored = run.receiver.store.countStored();
  run.say(`phase one: ${stored} stored, ${requests} requests (${run.extraRequests} extra)`);
  if (run.extraRequests > maxExtraRequests) {
    run.problems.push(`the refused events cost ${run.extraRequests} extra requests`);
  }
  if (stored !== events - refusedAt.length) {
    run.problems.push(`phase one stored ${stored} of ${events - refusedAt.length} valid events`);
  }
}

/** Chunks of captures under faults, each followed by a worker stop or a browser kill. */
async function runFaultyPhase(run: Run): Promise<void> {
  const { faulty } = run.plan;
  await saveSettings(run, run.endpoint, faulty.eventsPerRequest);
  run.receiver.setFaults(run.plan.faults);
  let offlineUntil = 0;

  for (let chunk = 0; chunk * faulty.chunkSize < faulty.events; chunk += 1) {
    const size = Math.min(faulty.chunkSize, faulty.events - chunk * faulty.chunkSize);
    await queueChunk(run, size);
    if (chunk === faulty.offlineAfterChunk) offlineUntil = goOffline(run);
    if (faulty.killAfterChunks.includes(chunk)) await crashBrowser(run);
    else await stopAtCheckpoint(run);
  }
  await stopUntilEnough(run);
  await waitUntil(run, offlineUntil, 'the offline window to end');
}

function goOffline(run: Run): number {
  const { offlineSeconds } = run.plan.faulty;
  run.receiver.goOffline(offlineSeconds);
  run.say(`endpoint unreachable for ${offlineSeconds} s`);

  return Date.now() + offlineSeconds * 1000;
}

/** More stops while events wait, until the plan's count is reached. */
async function stopUntilEnough(run: Run): Promise<void> {
  while (run.workerStops < run.plan.faulty.minWorkerStops) {
    checkTime(run, 'stopping the worker');
    const counts = await readCounts(run.session);
    if (counts.queued + counts.sending === 0) {
      run.problems.push(`only ${run.workerStops} worker stops before the outbox emptied`);
      return;
    }
    await stopAtCheckpoint(run);
  }
}

/** Saves `count` new captures; every one must be answered `queued`. */
async function queueChunk(run: Run, count: number, refusedAt: number[] = []): Promise<void> {
  checkTime(run, 'queueing');
  const events = makeCaptures(run.nextNumber, count, refusedAt);
  run.nextNumber += count;
  const outcomes = await saveEvents(run.session, events, {
    profileUrl: SUITE_PROFILE_URL,
    parallel: SAVE_PARALLEL,
    attempts: SAVE_ATTEMPTS,
  });

  events.forEach((event, index) => {
    const outcome = outcomes[index];
    if (outcome === 'queued' || outcome === 'duplicate') run.queuedIds.push(eventIdOf(event));
    else run.problems.push(`capture ${eventIdOf(event)} was not saved: ${outcome}`);
  });
  for (const offset of refusedAt) run.refusedIds.add(eventIdOf(events[offset]!));
  run.say(`queued ${run.queuedIds.length} (${describeProgress(run)})`);
}

/**
 * Pauses the next flush at a risky checkpoint (in turn: leased, sending, answered) and stops
 * the worker there. Any message wakes a stopped worker; `delivery.flush` also starts a flush.
 */
async function stopAtCheckpoint(run: Run): Promise<void> {
  const point = CHECKPOINTS[run.stopAttempts % CHECKPOINTS.length]!;
  run.stopAttempts += 1;
  const held = run.checkpoints.holdNext(point, CHECKPOINT_WAIT_MS);
  nudgeWorker(run.session, { type: 'delivery.flush' });
  if (!(await held)) {
    run.say(`no flush reached "${point}" within ${CHECKPOINT_WAIT_MS / 1000} s; no stop`);
    return;
  }

  await stopWorker(run.session);
  run.workerStops += 1;
}

/** SIGKILLs the browser while events wait in the outbox, and relaunches it on the profile. */
async function crashBrowser(run: Run): Promise<void> {
  const counts = await readCounts(run.session);
  const waiting = counts.queued + counts.sending;
  if (waiting === 0) run.problems.push('a browser kill found no event waiting');

  run.session = await crashAndRelaunch(run.session, run.options.executablePath);
  run.restarts += 1;
  run.say(`killed the browser with ${waiting} events waiting; relaunched on the same profile`);
}

/** Waits until nothing is queued or sending; the worker's own retries do the work. */
async function drainOutbox(run: Run, what: string): Promise<void> {
  for (let polls = 1; ; polls += 1) {
    checkTime(run, `waiting for ${what}`);
    const counts = await readCounts(run.session);
    if (counts.queued + counts.sending === 0) return;
    if (polls % DRAIN_REPORT_EVERY === 0) {
      run.say(
        `${what}: ${counts.queued} queued, ${counts.sending} sending (${describeProgress(run)})`,
      );
    }
    await sleep(POLL_MS);
  }
}

async function waitUntil(run: Run, time: number, what: string): Promise<void> {
  while (Date.now() < time) {
    checkTime(run, `waiting for ${what}`);
    await sleep(Math.min(POLL_MS, time - Date.now()));
  }
}

async function finish(run: Run): Promise<SuiteResult> {
  const { store } = run.receiver;
  const tally = tallyOutcome({
    queuedIds: run.queuedIds,
    refusedIds: run.refusedIds,
    refusalReason: REFUSAL_REASON,
    storedIds: store.storedRecords().map((record) => record.eventId),
    arrivalsOf: (id) => store.countArrivalsById(id),
    outbox: await readOutbox(run.session),
  });
  const counts = { workerStops: run.workerStops, restarts: run.restarts };
  run.say(`receiver: ${JSON.stringify(run.receiver.stats().injected)}`);
  run.say(`checkpoints reached: ${JSON.stringify(run.checkpoints.reached())}`);

  return {
    line: formatSummary(tally, counts),
    tally,
    ...counts,
    extraRequests: run.extraRequests,
    problems: [...run.problems, ...tally.problems, ...countProblems(run)],
    elapsedMs: Date.now() - run.startedAt,
  };
}

function countProblems(run: Run): string[] {
  const { minWorkerStops, killAfterChunks } = run.plan.faulty;
  const problems: string[] = [];
  if (run.workerStops < minWorkerStops) {
    problems.push(`${run.workerStops} worker stops, fewer than ${minWorkerStops}`);
  }
  if (run.restarts < killAfterChunks.length) {
    problems.push(`${run.restarts} browser restarts, fewer than ${killAfterChunks.length}`);
  }
  if (run.plan.faulty.requireEveryFault) problems.push(...missingFaults(run));

  return problems;
}

/** Fault kinds of the mix the receiver never injected: the run did not test them. */
function missingFaults(run: Run): string[] {
  const { injected } = run.receiver.stats();
  const seen: Record<string, number> = {
    '500': injected.status[500],
    '429': injected.status[429],
    reset: injected.reset,
    'late answer': injected.late,
    offline: injected.offline,
  };

  return Object.entries(seen)
    .filter(([, count]) => count === 0)
    .map(([kind]) => `no ${kind} was injected; run again`);
}

function describeProgress(run: Run): string {
  const stats = run.receiver.stats();
  const elapsed = Math.round((Date.now() - run.startedAt) / 1000);

  return (
    `stored ${stats.stored}, arrivals ${stats.arrivals}, stops ${run.workerStops}, ` +
    `restarts ${run.restarts}, ${elapsed} s`
  );
}

function checkTime(run: Run, step: string): void {
  if (Date.now() - run.startedAt <= run.plan.timeLimitMs) return;
  throw new Error(`over the ${run.plan.timeLimitMs / 1000} s limit while ${step}`);
}
