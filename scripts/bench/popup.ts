import { findTabId, loadSamplePages } from '../extension-browser';
import type { BenchSession } from './session';

/** A LinkedIn member profile among the sample pages, as a user would capture it. */
const PROFILE_SAMPLE = 'linkedin-member-several-positions';
const FILLED_FIELD = '#field-enrichment_full_name';

/** Options of `measurePopup`. */
export interface PopupOptions {
  /** Popups opened; default 10. */
  repetitions?: number;
  /** Per popup; default 15 s. */
  timeoutMs?: number;
}

/**
 * Opens `popup.html?tabId=N` on a sample LinkedIn profile, as the toolbar button would, and
 * times from the popup's navigation start to its form being filled and editable. Returns
 * one sample per popup, in milliseconds.
 */
export async function measurePopup(
  session: BenchSession,
  options: PopupOptions = {},
): Promise<number[]> {
  const sample = loadSamplePages().find((page) => page.name === PROFILE_SAMPLE);
  if (!sample) throw new Error(`the sample page ${PROFILE_SAMPLE} is missing from test/fixtures`);
  const page = await session.context.newPage();
  await page.goto(sample.url);
  const tabId = await findTabId(session.context, page);
  const samples: number[] = [];

  for (let repetition = 0; repetition < (options.repetitions ?? 10); repetition += 1) {
    samples.push(await timeOnePopup(session, tabId, options.timeoutMs ?? 15_000));
  }
  await page.close();

  return samples;
}

async function timeOnePopup(session: BenchSession, tabId: number, timeoutMs: number) {
  const popup = await session.context.newPage();
  try {
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    // `performance.now()` counts from the popup's navigation start, read once the field is
    // filled, enabled and shown (the form stays hidden until it is ready); 5 ms polling.
    const filledAt = await popup.waitForFunction(
      (selector) => {
        const field = document.querySelector<HTMLInputElement>(selector);
        const editable = field?.matches(':enabled') && !field.closest('[hidden]');
        return editable && field?.value !== '' ? performance.now() : false;
      },
      FILLED_FIELD,
      { polling: 5, timeout: timeoutMs },
    );

    return (await filledAt.jsonValue()) as number;
  } finally {
    await popup.close();
  }
}
