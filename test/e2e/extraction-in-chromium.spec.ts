import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Extraction } from '../../lib/extract/types';
import { proposeProperties } from '../../lib/normalize/propose';
import { proposeCompanyProperties } from '../../lib/normalize/propose-company';
import { findTabId, loadSamplePages } from '../../scripts/extension-browser';
import { expect, test } from './fixtures';

interface Expected {
  kind: string;
  properties: Record<string, unknown>;
  absent: string[];
}

/** The samples on sites where the content script is declared, read in a real Chromium. */
const SAMPLES = loadSamplePages().filter((sample) =>
  /(^|\.)linkedin\.com$|^github\.com$/.test(new URL(sample.url).hostname),
);

function propose(extraction: Extraction): Record<string, unknown> {
  if (extraction.kind === 'person') return proposeProperties(extraction).properties;
  if (extraction.kind === 'company') return proposeCompanyProperties(extraction).properties;

  return {};
}

/** Asks the built content script of a tab for its extraction, as the popup does. */
async function extractInTab(context: BrowserContext, extensionId: string, tabId: number) {
  const asker = await context.newPage();
  await asker.goto(`chrome-extension://${extensionId}/options.html`);
  const extraction = await asker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'content.extract' }),
    tabId,
  );
  await asker.close();

  return extraction as Extraction;
}

test('the built content script gives every LinkedIn and GitHub sample its expected result', async ({
  context,
  extensionId,
}) => {
  expect(SAMPLES.length).toBeGreaterThanOrEqual(10);
  for (const sample of SAMPLES) {
    const expected = JSON.parse(
      readFileSync(`test/fixtures/${sample.name}.expected.json`, 'utf8'),
    ) as Expected;
    const page = await context.newPage();
    await page.goto(sample.url);
    const tabId = await findTabId(context, page);

    const extraction = await extractInTab(context, extensionId, tabId);
    const properties = propose(extraction);

    expect(extraction.kind, sample.name).toBe(expected.kind);
    for (const [key, value] of Object.entries(expected.properties)) {
      expect(properties[key], `${sample.name}: ${key}`).toEqual(value);
    }
    const absent = expected.absent.includes('*') ? Object.keys(properties) : expected.absent;
    for (const key of absent) expect(properties[key], `${sample.name}: ${key}`).toBeUndefined();
    await page.close();
  }
});
