import type { Page } from '@playwright/test';
import { EXTRACT_REQUEST_TYPE } from '../../lib/extract/extract-request';
import {
  findTabId,
  loadSamplePages,
  type ExtensionPageGlobal,
  type SamplePage,
} from '../extension-browser';
import { progress } from './report';
import type { BenchSession } from './session';

/** A message no listener answers: its round trip is the messaging cost alone. */
const EMPTY_MESSAGE_TYPE = 'bench.empty';
/** Extractions averaged into one sample (see `timeInExtensionPage`). */
const MESSAGES_PER_SAMPLE = 10;

/** Options of `measureExtraction`. */
export interface ExtractionOptions {
  /** Timed extractions per page; default 20. */
  repetitions?: number;
}

/**
 * Times the built content script's extraction on each sample page, opened at its real
 * address. The content script runs in an isolated world the page cannot time, so a sample
 * is the round trip of `content.extract` from an extension page minus that of an empty
 * message to the same tab. Returns the samples in milliseconds.
 */
export async function measureExtraction(
  session: BenchSession,
  options: ExtractionOptions = {},
): Promise<number[]> {
  const samples: number[] = [];
  for (const sample of loadSamplePages()) {
    const timed = await timeSamplePage(session, sample, options.repetitions ?? 20);
    samples.push(...timed);
  }

  return samples;
}

async function timeSamplePage(
  session: BenchSession,
  sample: SamplePage,
  repetitions: number,
): Promise<number[]> {
  const page = await session.context.newPage();
  try {
    await page.goto(sample.url);
    const tabId = await findTabId(session.context, page);
    const skipped = await whySkipped(session.extensionPage, tabId);
    if (skipped) {
      progress(`extraction: skipping ${sample.name} (${skipped})`);
      return [];
    }

    return await timeInExtensionPage(session.extensionPage, tabId, repetitions);
  } finally {
    await page.close();
  }
}

/**
 * Pages without the content script (other sites) or without a profile are left out: on the
 * latter the script polls for up to 2 s for a profile still rendering, which is a wait, not
 * extraction work. This first call also warms the script up and is not counted.
 */
async function whySkipped(extensionPage: Page, tabId: number): Promise<string | undefined> {
  const answer = await extensionPage.evaluate(
    ({ tabId, type }) =>
      (globalThis as unknown as ExtensionPageGlobal).chrome.tabs
        .sendMessage(tabId, { type })
        .catch((error: Error) => ({ error: error.message })),
    { tabId, type: EXTRACT_REQUEST_TYPE },
  );
  const result = answer as { kind?: string; error?: string } | undefined;
  if (result?.error) return `no content script: ${result.error}`;
  if (result?.kind === undefined || result.kind === 'none') return 'no profile on the page';

  return undefined;
}

/**
 * One extraction costs well under the jitter of one message round trip, so each sample is
 * a block: `MESSAGES_PER_SAMPLE` extractions and as many empty messages, interleaved, and the
 * difference of their totals divided by the block size.
 */
function timeInExtensionPage(page: Page, tabId: number, repetitions: number): Promise<number[]> {
  return page.evaluate(
    async ({ tabId, repetitions, block, emptyType, extractType }) => {
      const { chrome } = globalThis as unknown as ExtensionPageGlobal;
      const samples: number[] = [];
      for (let repetition = 0; repetition < repetitions; repetition += 1) {
        let difference = 0;
        for (let message = 0; message < block; message += 1) {
          let start = performance.now();
          // Nobody answers it: Chrome rejects once the content script's listener declined.
          await chrome.tabs.sendMessage(tabId, { type: emptyType }).catch(() => undefined);
          difference -= performance.now() - start;
          start = performance.now();
          await chrome.tabs.sendMessage(tabId, { type: extractType });
          difference += performance.now() - start;
        }
        samples.push(difference / block);
      }

      return samples;
    },
    {
      tabId,
      repetitions,
      block: MESSAGES_PER_SAMPLE,
      emptyType: EMPTY_MESSAGE_TYPE,
      extractType: EXTRACT_REQUEST_TYPE,
    },
  );
}
