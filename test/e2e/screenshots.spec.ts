import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { configureEndpoint, expect, openPopup, openSample, test } from './fixtures';

/**
 * The README's screenshots, taken from the built extension on the invented sample profile.
 * Each has a fixed size: the popup at its own width (380 px) and the tallest a Chrome popup
 * gets (600 px), the options page as a small window.
 */
const SCREENSHOTS_DIR = join('docs', 'screenshots');
const POPUP_SIZE = { width: 380, height: 600 };
const OPTIONS_SIZE = { width: 720, height: 540 };
const PROFILE_URL = readFileSync('test/fixtures/linkedin-public-profile.url.txt', 'utf8').trim();

test.setTimeout(60_000);

/** Writes a screenshot of the page as it is, without a blinking caret or animations. */
async function takeScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });

  return page.screenshot({
    path: join(SCREENSHOTS_DIR, name),
    animations: 'disabled',
    caret: 'hide',
  });
}

/** A PNG's width and height, read from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('screenshot of the popup on a sample profile', async ({ context, extensionId, receiver }) => {
  // Configured, so the status line shows the queue rather than a setup hint.
  await configureEndpoint(context, extensionId, receiver);
  const { tabId } = await openSample(context, extensionId, PROFILE_URL);
  const popup = await openPopup(context, extensionId, tabId);
  await popup.setViewportSize(POPUP_SIZE);
  await expect(popup.locator('#field-enrichment_full_name')).toHaveValue('Marisol Quintero Vega', {
    timeout: 10_000,
  });
  await expect(popup.locator('#status')).toHaveText(/^Pending 0/);

  const png = await takeScreenshot(popup, 'popup.png');

  expect(pngSize(png)).toEqual(POPUP_SIZE);
});

test('screenshot of the options page', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.setViewportSize(OPTIONS_SIZE);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#form-body')).toBeEnabled({ timeout: 10_000 });
  // Typed, not saved: the local receiver's documented address and an invented key.
  await options.getByLabel('Track API endpoint').fill('http://127.0.0.1:8787/api/track');
  await options.getByLabel('API key or token').fill('invented-key-0000');
  await options.getByText('Advanced').click();
  await options.getByLabel('API key or token').blur();

  const png = await takeScreenshot(options, 'options.png');

  expect(pngSize(png)).toEqual(OPTIONS_SIZE);
});
