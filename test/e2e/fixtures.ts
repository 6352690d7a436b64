import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { createReceiver } from '../../server/receiver';
import { findChromium } from '../../scripts/chromium';
import {
  configureThroughOptionsPage,
  findTabId,
  launchWithExtension,
  loadSamplePages,
  routeSamplePages,
} from '../../scripts/extension-browser';

/** A running local receiver, as the tests see it. */
export interface TestReceiver {
  url: string;
  endpoint: string;
  token: string;
  events(): Promise<{ events: Array<Record<string, any>>; stored: number; arrivals: number }>;
}

interface Fixtures {
  receiver: TestReceiver;
  context: BrowserContext;
  extensionId: string;
}

const TOKEN = 'e2e-token-0123456789';

/** Each test gets its own receiver (fresh database) and its own browser profile. */
export const test = base.extend<Fixtures>({
  receiver: async ({}, use) => {
    const receiver = createReceiver({ port: 0, token: TOKEN, dbPath: ':memory:' });
    const { url } = await receiver.start();
    await use({
      url,
      endpoint: `${url}/api/track`,
      token: TOKEN,
      events: async () => {
        const answer = await fetch(`${url}/api/events`, { headers: { 'x-api-key': TOKEN } });
        return (await answer.json()) as Awaited<ReturnType<TestReceiver['events']>>;
      },
    });
    await receiver.close();
  },
  context: async ({}, use) => {
    const executablePath = process.env.CHROME_PATH ?? findChromium();
    if (!executablePath) throw new Error('no Chromium: run the tests through npm test');
    const { context, extensionId } = await launchWithExtension({
      executablePath,
      headless: true,
      profileDir: mkdtempSync(join(tmpdir(), 'capture-e2e-')),
    });
    await routeSamplePages(context, loadSamplePages());
    // Page errors and warnings of the extension's pages end up in the test's output.
    context.on('console', (message) => {
      // Requests to outside hosts (images on the sample pages) are refused on purpose.
      if (message.text().includes('ERR_BLOCKED_BY_CLIENT')) return;
      if (['error', 'warning'].includes(message.type())) {
        process.stderr.write(`[browser ${message.type()}] ${message.text()}\n`);
      }
    });
    (context as BrowserContext & { extensionId?: string }).extensionId = extensionId;
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use((context as BrowserContext & { extensionId?: string }).extensionId!);
  },
});

export const expect = test.expect;

/** Sets the endpoint and credential through the real options page. */
export async function configureEndpoint(
  context: BrowserContext,
  extensionId: string,
  receiver: TestReceiver,
): Promise<void> {
  await configureThroughOptionsPage(context, extensionId, receiver.endpoint, receiver.token);
}

/** Opens a sample page at its real address and returns it with its tab id. */
export async function openSample(
  context: BrowserContext,
  extensionId: string,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await findTabId(context, page);

  return { page, tabId };
}

/** Opens the popup page for a tab, as the toolbar button would (a click cannot be scripted). */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);

  return popup;
}
