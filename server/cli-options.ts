import { parseArgs } from 'node:util';

/** What the command line asks for, with defaults filled in. */
export interface CliOptions {
  port: number;
  token: string;
  dbPath: string;
  maxEvents?: number;
  maxBytes?: number;
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
  --help            show this text`;

const FLAGS = {
  port: { type: 'string' },
  token: { type: 'string' },
  db: { type: 'string' },
  'max-events': { type: 'string' },
  'max-bytes': { type: 'string' },
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
  const port = readInteger('--port', values.port, 0, 65_535) ?? DEFAULT_PORT;
  const maxEvents = readInteger('--max-events', values['max-events'], 1);
  const maxBytes = readInteger('--max-bytes', values['max-bytes'], 1);
  const problem = [port, maxEvents, maxBytes].find((value) => typeof value === 'string');
  if (typeof problem === 'string') return { kind: 'error', message: problem };

  return {
    kind: 'run',
    options: {
      port: port as number,
      token,
      dbPath: values.db ?? DEFAULT_DB_PATH,
      maxEvents: maxEvents as number | undefined,
      maxBytes: maxBytes as number | undefined,
      verbose: values.verbose,
    },
  };
}

/** The flag's integer, `undefined` when absent, or a message saying what was expected. */
function readInteger(
  flag: string,
  text: string | undefined,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | string | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value;

  return `${flag}: expected an integer from ${min} to ${max}, got "${text}"`;
}
