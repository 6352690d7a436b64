import { expect, test } from '@playwright/test';
import { findChromium } from '../../scripts/chromium';
import { SMALL_PLAN } from '../../scripts/faults/plans';
import { runFaultSuite } from '../../scripts/faults/run-fault-suite';

/**
 * The fault suite of `npm run test:faults` at a size that fits `npm test`: 300 events
 * through the test build, under the fault mix, with worker stops at the flush
 * checkpoints, one browser kill and a short offline window.
 */
test('under faults, stops and a browser kill, each event is stored once or held', async () => {
  // The plan limits itself; the margin lets it close the browser and report.
  test.setTimeout(SMALL_PLAN.timeLimitMs + 30_000);
  const executablePath = process.env.CHROME_PATH ?? findChromium();
  if (!executablePath) throw new Error('no Chromium: run the tests through npm test');
  const plan = SMALL_PLAN;

  const result = await runFaultSuite(plan, { executablePath });
  test.info().annotations.push({ type: 'faults', description: result.line });

  expect(result.problems).toEqual([]);
  expect(result.tally).toMatchObject({
    queued: plan.refusal.events + plan.faulty.events,
    lost: 0,
    storedTwice: 0,
    held: plan.refusal.refusedAt.length,
  });
  expect(result.tally.stored + result.tally.held).toBe(result.tally.queued);
  expect(result.extraRequests).toBeLessThanOrEqual(plan.refusal.maxExtraRequests);
  expect(result.workerStops).toBeGreaterThanOrEqual(plan.faulty.minWorkerStops);
  expect(result.restarts).toBe(plan.faulty.killAfterChunks.length);
});
