import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chunkRates, enqueueCaptures } from './bench/enqueue';
import { contentScriptGzipKb } from './bench/content-size';
import { measureDelivery, type DeliveryRun } from './bench/delivery';
import { measureExtraction } from './bench/extract';
import { measurePopup } from './bench/popup';
import { printMetric, progress } from './bench/report';
import { withSession } from './bench/session';
import { median, percentile, round } from './bench/stats';
import { EXTENSION_DIR } from './extension-browser';

/**
 * `npm run bench`: the figures of issues 3, 4 and 5, one JSON line each on stdout. It never
 * fails on time: machines are shared and noisy, so it reports medians and compares ratios
 * measured within one run. It exits non-zero only when something is broken.
 *
 * Every part runs the production build (`.output/chrome-mv3/`), the one users install. It is
 * built first, with the build's output on stderr so that stdout holds only the figures.
 */
const EVENTS = 10_000;
/** Enqueue is timed on a fresh profile, one capture after the other, as the popup saves. */
const ENQUEUE_TIMED = 1_000;
const ENQUEUE_CHUNK = 100;
/** One request per event is timed on this many when all 10,000 would take too long. */
const PER_EVENT_CHECKPOINT = 1_000;
const PER_EVENT_BUDGET_MS = 3 * 60_000;

async function benchEnqueue(): Promise<void> {
  progress(`enqueue: ${ENQUEUE_TIMED} captures, one at a time, fresh profile`);
  const chunks = await withSession(EXTENSION_DIR, ({ extensionPage }) =>
    enqueueCaptures(extensionPage, { total: ENQUEUE_TIMED, chunkSize: ENQUEUE_CHUNK }),
  );
  const rates = chunkRates(chunks);
  progress(`enqueue: events/s per ${ENQUEUE_CHUNK}: ${rates.map((rate) => round(rate, 0))}`);
  printMetric({ name: 'enqueue_events_per_s', value: round(median(rates)), unit: 'events/s' });
}

async function benchDelivery(): Promise<void> {
  progress(`delivery: ${EVENTS} events, 1,000 per request`);
  const batched = await measureDelivery({
    extensionDir: EXTENSION_DIR,
    queued: EVENTS,
    maxEventsPerRequest: 1000,
  });
  progress(`delivery: batched ${describeRun(batched)}`);
  printMetric({ name: 'delivery_requests_for_10k', value: batched.requests, unit: 'requests' });
  printMetric({ name: 'delivery_batched_ms', value: round(batched.ms, 0), unit: 'ms' });

  const perEvent = await measurePerEvent();
  const perEventMs = (perEvent.ms * EVENTS) / perEvent.delivered;
  printMetric({ name: 'delivery_per_event_ms', value: round(perEventMs, 0), unit: 'ms' });
  printMetric({ name: 'delivery_per_event_measured', value: perEvent.delivered, unit: 'events' });
  printMetric({
    name: 'delivery_batched_vs_per_event_ratio',
    value: round(perEventMs / batched.ms),
    unit: 'ratio',
  });
}

/**
 * One request per event, on 1,000 queued events scaled linearly to 10,000: all of them would
 * take many minutes on a 2-core machine, and filling the queue alone takes minutes.
 */
async function measurePerEvent(): Promise<DeliveryRun> {
  progress(`delivery: ${PER_EVENT_CHECKPOINT} events, one request per event`);
  const run = await measureDelivery({
    extensionDir: EXTENSION_DIR,
    queued: PER_EVENT_CHECKPOINT,
    maxEventsPerRequest: 1,
    checkpoint: PER_EVENT_CHECKPOINT,
    shouldStopEarly: (ms) => (ms * EVENTS) / PER_EVENT_CHECKPOINT > PER_EVENT_BUDGET_MS,
  });
  progress(`delivery: per event ${describeRun(run)}`);
  if (run.delivered < EVENTS) {
    progress(
      `delivery: per event measured on ${run.delivered} events and scaled linearly to ` +
        `${EVENTS} (all of them would take over ${PER_EVENT_BUDGET_MS / 60_000} minutes)`,
    );
  }

  return run;
}

function describeRun(run: DeliveryRun): string {
  return `${run.delivered} stored in ${round(run.ms, 0)} ms with ${run.requests} requests`;
}

async function benchExtraction(): Promise<void> {
  const gzipKb = contentScriptGzipKb(EXTENSION_DIR);
  printMetric({ name: 'content_script_gzip_kb', value: round(gzipKb), unit: 'kB' });

  progress('extraction: sample pages, 20 extractions each');
  const samples = await withSession(EXTENSION_DIR, (session) => measureExtraction(session));
  if (samples.length === 0) throw new Error('no sample page could be extracted');
  progress(`extraction: ${samples.length} samples`);
  printMetric({ name: 'extract_median_ms', value: round(median(samples), 2), unit: 'ms' });
  printMetric({ name: 'extract_p95_ms', value: round(percentile(samples, 95), 2), unit: 'ms' });
}

async function benchPopup(): Promise<void> {
  progress('popup: 10 popups on a sample LinkedIn profile');
  const samples = await withSession(EXTENSION_DIR, (session) => measurePopup(session));
  progress(`popup: ms to a filled form: ${samples.map((ms) => round(ms, 0))}`);
  printMetric({ name: 'popup_interactive_ms', value: round(median(samples), 0), unit: 'ms' });
}

/** The parts of the benchmark, in the order a full run takes them. */
const PARTS = {
  extraction: benchExtraction,
  popup: benchPopup,
  enqueue: benchEnqueue,
  delivery: benchDelivery,
} as const;

type PartName = keyof typeof PARTS;

/**
 * The parts to run: all of them, or those named by `--only` (repeatable, or comma-separated:
 * `npm run bench -- --only popup`), to iterate on one figure without the five-minute run.
 */
function selectedParts(args: string[]): PartName[] {
  const { values } = parseArgs({ args, options: { only: { type: 'string', multiple: true } } });
  const names = values.only?.flatMap((value) => value.split(',')) ?? Object.keys(PARTS);
  const unknown = names.filter((name) => !(name in PARTS));
  if (unknown.length > 0) {
    throw new Error(`unknown part ${unknown.join(', ')}; expected ${Object.keys(PARTS)}`);
  }

  return names as PartName[];
}

async function main(): Promise<void> {
  const parts = selectedParts(process.argv.slice(2));
  const started = performance.now();
  progress('building the extension (wxt build)…');
  execFileSync(join('node_modules', '.bin', 'wxt'), ['build'], { stdio: ['ignore', 2, 2] });
  progress(`extension: ${resolve(EXTENSION_DIR)}`);
  // One browser at a time: each part closes its own before the next opens one.
  for (const part of parts) await PARTS[part]();
  progress(`done in ${round((performance.now() - started) / 1000, 0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
