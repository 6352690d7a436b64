import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { buildUserEnrichedEvent } from '../../lib/capture/build-event';
import { findChromium } from '../../scripts/chromium';
import {
  configureThroughOptionsPage,
  EXTENSION_DIR,
  launchWithExtension,
  sendFromExtensionPage,
} from '../../scripts/extension-browser';
import { createReceiver } from '../../server/receiver';
import { expect, test } from './fixtures';

const TOKEN = 'update-token-0123456789';
const QUEUED = 25;

/** Queues events through the background's own message, as the popup's Save does. */
async function queueEvents(context: BrowserContext, extensionId: string, count: number) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const events = Array.from({ length: count }, (_, index) =>
    buildUserEnrichedEvent(
      { userId: `update-${index}`, groupId: '', values: { enrichment_full_name: 'Ada Example' } },
      crypto.randomUUID(),
      new Date(),
    ),
  );
  for (const event of events) {
    const answer = await sendFromExtensionPage(page, {
      type: 'capture.save',
      event,
      profileUrl: 'https://example.org/ada',
    });
    expect(answer).toMatchObject({ ok: true });
  }
  await page.close();
}

test('events queued before an extension update are all delivered by the new version', async () => {
  const extensionDir = mkdtempSync(join(tmpdir(), 'capture-update-ext-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'capture-update-profile-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const receiver = createReceiver({ port: 0, token: TOKEN, dbPath: ':memory:' });
  const { url } = await receiver.start();
  const launch = () =>
    launchWithExtension({
      executablePath: browserPath(),
      headless: true,
      profileDir,
      extensionDir,
    });
  const first = await launch();
  await queueEvents(first.context, first.extensionId, QUEUED);
  await first.context.close();

  // A newer build lands in the unpacked extension's folder; the next start loads it as an
  // update of the same extension (same id, same profile, same IndexedDB).
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '99.0.0' }));
  const { context, extensionId } = await launch();
  try {
    expect(extensionId).toBe(first.extensionId);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    expect(await options.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.0');
    await configureThroughOptionsPage(context, extensionId, `${url}/api/track`, TOKEN);

    await expect.poll(() => receiver.store.countStored(), { timeout: 30_000 }).toBe(QUEUED);
    expect(receiver.store.stats().duplicates).toBe(0);
  } finally {
    await context.close();
    await receiver.close();
  }
});

function browserPath(): string {
  const path = process.env.CHROME_PATH ?? findChromium();
  if (!path) throw new Error('no Chromium: run the tests through npm test');

  return path;
}
