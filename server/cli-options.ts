import { parseArgs } from 'node:util';
import { DEFAULT_RETRY_AFTER_SECONDS, faultConfigFromFlags } from './fault-flags';
import type { FaultConfig } from './faults';
import { readInteger } from './flag-values';

/** What the command line asks for, with defaults filled in. */
export interface CliOptions {
  port: number;
  token: string;
  dbPath: string;
  maxEvents?: number;
  maxBytes?: number;
  /** Absent unless a fault flag is given. */
  faults?: FaultConfig;
  verbose: boolean;
}

/** The outcome of reading the command line: run, show help, or a usage error to print. */
export type CliCommand =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

/** Port used when `--port` is not given. */
export const DEFAULT_PORT = 8787;

/** Database used when `--db` is not given; `.data/` is ignored by git. */
export const DEFAULT_DB_PATH = '.data/receiver.sqlite';

/** The text `--help` prints. */
export const USAGE = `Usage: npm run receiver -- [--port P] --token T [options]

Options:
  --port P          port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --token T         credential clients must send (or set RECEIVER_TOKEN, which keeps
                    it out of the process list)
  --db PATH         SQLite file (default ${DEFAULT_DB_PATH}; ':memory:' keeps nothing)
  --max-events N    events per request (default 1000)
  --max-bytes N     bytes of body per request (default 2000000)
  --verbose         log every request
  --help            show this text

Fault injection (POST /api/track only; at most one fault per request; rates add up to <= 1):
  --fail LIST       answer statuses at rates, e.g. 500:0.3,429:0.05 (429, 500, 502, 503, 504)
  --retry-after S   Retry-After of 429 and 503 (default ${DEFAULT_RETRY_AFTER_SECONDS} s)
  --reset-rate R    reset the connection before reading the body; nothing is stored
  --drop-rate R     store the events, then close the connection without answering
  --late-rate R     store the events, then answer 200 only after --late-ms MS
  --late-ms MS      the delay of a late answer; make it longer than the client's timeout
  --latency-ms MS   wait this long before every answer (default 0)
  --seed N          make the choice of faults reproducible (0 to 4294967295)
At run time (with the token): POST /admin/faults (JSON config or null), GET /admin/stats,
POST /admin/offline {"seconds": N} (reset every track request), DELETE /admin/offline.`;

const FLAGS = {
  port: { type: 'string' },
  token: { type: 'string' },
  db: { type: 'string' },
  'max-events': { type: 'string' },
  'max-bytes': { type: 'string' },
  fail: { type: 'string' },
  'retry-after': { type: 'string' },
  'reset-rate': { type: 'string' },
  'drop-rate': { type: 'string' },
  'late-rate': { type: 'string' },
  'late-ms': { type: 'string' },
  'latency-ms': { type: 'string' },
  seed: { type: 'string' },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/** Reads the receiver's command line; `RECEIVER_TOKEN` stands in for `--token`. */
export function parseCliArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: FLAGS, strict: true }));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };

  const token = values.token ?? env.RECEIVER_TOKEN ?? '';
  if (token === '') return { kind: 'error', message: '--token is required (or RECEIVER_TOKEN)' };
  const port = readInteger('--port', values.port, 0, 65_535);
  const maxEvents = readInteger('--max-events', values['max-events'], 1);
  const maxBytes = readInteger('--max-bytes', values['max-bytes'], 1);
  const faults = faultConfigFromFlags({
    fail: values.fail,
    retryAfter: values['retry-after'],
    resetRate: values['reset-rate'],
    dropRate: values['drop-rate'],
    lateRate: values['late-rate'],
    lateMs: values['late-ms'],
    latencyMs: values['latency-ms'],
    seed: values.seed,
  });
  // In the order of USAGE, so the first problem a reader would meet is the one reported.
  if (!port.ok) return usageError(port);
  if (!maxEvents.ok) return usageError(maxEvents);
  if (!maxBytes.ok) return usageError(maxBytes);
  if (!faults.ok) return usageError(faults);

  return {
    kind: 'run',
    options: {
      port: port.value ?? DEFAULT_PORT,
      token,
      dbPath: values.db ?? DEFAULT_DB_PATH,
      maxEvents: maxEvents.value,
      maxBytes: maxBytes.value,
      faults: faults.faults,
      verbose: values.verbose,
    },
  };
}

function usageError({ message }: { message: string }): CliCommand {
  return { kind: 'error', message };
}
