import { extractionSchema } from '@/lib/extract/extraction-schema';
import type { Extraction } from '@/lib/extract/types';
import { EXTRACT_REQUEST_TYPE } from '@/lib/extract/extract-request';

/** The content script's bundle, injected on sites it is not declared for. */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Asks the tab's content script for the page's profile. On sites where it is not declared,
 * it is injected first through `activeTab` + `scripting`, so the extension keeps no
 * standing host permission for them.
 */
export async function extractTab(tabId: number): Promise<Extraction> {
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, { type: EXTRACT_REQUEST_TYPE });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    answer = await browser.tabs.sendMessage(tabId, { type: EXTRACT_REQUEST_TYPE });
  }

  return extractionSchema.parse(answer) as Extraction;
}
