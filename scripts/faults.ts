import { ensureChromium } from './chromium';
import { FULL_PLAN, SMALL_PLAN } from './faults/plans';
import { runFaultSuite } from './faults/run-fault-suite';

/**
 * `npm run test:faults`: the fault suite against the test build (`--small` for the version
 * `npm test` runs). Progress goes to stderr; stdout gets the one summary line. Exits 1 unless
 * nothing was lost or stored twice and every queued event is stored or held with its reason.
 */
const say = (line: string) => process.stderr.write(`${line}\n`);

/** Past the plan's own limit, with room to close the browser, the run is cut short. */
const HARD_STOP_GRACE_MS = 30_000;

async function main(): Promise<number> {
  const plan = process.argv.includes('--small') ? SMALL_PLAN : FULL_PLAN;
  const hardStop = setTimeout(() => {
    say(`faults: no result within ${(plan.timeLimitMs + HARD_STOP_GRACE_MS) / 1000} s`);
    process.exit(1);
  }, plan.timeLimitMs + HARD_STOP_GRACE_MS);
  hardStop.unref();

  const result = await runFaultSuite(plan, { executablePath: ensureChromium(say), say });
  say(`faults: ${plan.name} run took ${Math.round(result.elapsedMs / 1000)} s`);
  process.stdout.write(`${result.line}\n`);
  for (const problem of result.problems) say(`faults: FAILED: ${problem}`);

  return result.problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`faults: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exit(1);
  },
);
