import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setLogLevel } from '../lib/logger';
import { parseCliArguments, USAGE, type CliOptions } from './cli-options';
import { describeFaults } from './faults';
import { createReceiver } from './receiver';

/** One line of the command's own output, for the person at the terminal. */
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Exit status for a command line the receiver cannot run with. */
const USAGE_ERROR = 2;

async function main(): Promise<void> {
  const command = parseCliArguments(process.argv.slice(2), process.env);
  if (command.kind === 'help') {
    say(USAGE);
    return;
  }
  if (command.kind === 'error') {
    console.error(`receiver: ${command.message} (see --help)`);
    process.exitCode = USAGE_ERROR;
    return;
  }

  await run(command.options);
}

async function run(options: CliOptions): Promise<void> {
  if (options.verbose) setLogLevel('debug');
  if (options.dbPath !== ':memory:') mkdirSync(dirname(options.dbPath), { recursive: true });

  const receiver = createReceiver(options);
  const { url } = await receiver.start();
  say(`receiver: listening on ${url} (db: ${options.dbPath})`);
  if (options.faults) say(`receiver: injecting faults: ${describeFaults(options.faults)}`);

  const stop = () => {
    receiver.close().then(
      () => say('receiver: stopped'),
      (error: unknown) => {
        console.error(`receiver: could not stop cleanly: ${String(error)}`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`receiver: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
