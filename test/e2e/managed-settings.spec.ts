import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { findChromium, isBrandedChrome } from '../../scripts/chromium';
import {
  launchWithExtension,
  loadSamplePages,
  routeSamplePages,
  sendFromExtensionPage,
} from '../../scripts/extension-browser';
import { openExtensionPage } from './extension-state';
import { expect, openPopup, openSample, test } from './fixtures';

/**
 * Debian's Chromium reads its policies from /etc/chromium/policies/managed (checked on
 * Chromium 150: the path is in the binary and the policy below reaches the extension).
 * Other tests and other people's browsers on this machine read that folder too, so the
 * file lives only while a test needs it and is removed whatever happens.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'enrichment-capture-test.json');
/** Fixed by the manifest's `key` (wxt.config.ts). */
const EXTENSION_ID = 'hcmbihkilhieolfcldkcoijndikjgdgn';
const GITHUB_URL = readFileSync('test/fixtures/github-user-full.url.txt', 'utf8').trim();
const ADMIN_HINT = 'Set by your administrator.';

const executablePath = process.env.CHROME_PATH ?? findChromium() ?? '';

test.skip(process.getuid?.() !== 0, 'writing a browser policy under /etc/chromium needs root');
test.skip(
  isBrandedChrome(executablePath),
  'Google Chrome reads /etc/opt/chrome/policies; this test writes the Chromium policy only',
);
test.setTimeout(90_000);

/** The folders this run created, removed again when empty. */
const createdFolders: string[] = [];

function writePolicy(settings: Record<string, unknown>): void {
  for (const folder of ['/etc/chromium/policies', POLICY_DIR]) {
    if (existsSync(folder)) continue;
    mkdirSync(folder, { mode: 0o755 });
    createdFolders.unshift(folder);
  }
  const policy = { '3rdparty': { extensions: { [EXTENSION_ID]: settings } } };
  writeFileSync(POLICY_FILE, JSON.stringify(policy), { mode: 0o644 });
}

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  for (const folder of createdFolders.splice(0)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: someone else keeps a policy there; it is theirs to remove.
    }
  }
}

test.afterEach(removePolicy);
// A run stopped between a test's start and its end (Ctrl-C) still leaves no policy behind.
process.once('exit', removePolicy);

/** Launches the browser once the policy is written: Chromium reads policies at start. */
async function launchUnderPolicy(settings: Record<string, unknown>) {
  writePolicy(settings);
  const { context, extensionId } = await launchWithExtension({
    executablePath,
    headless: true,
    profileDir: mkdtempSync(join(tmpdir(), 'managed-e2e-')),
  });
  await routeSamplePages(context, loadSamplePages());

  return { context, extensionId };
}

/**
 * What our content script's isolated world reads from `storage.managed`, evaluated there
 * over the DevTools protocol (Playwright offers no handle on an extension's world).
 */
async function readManagedFromContentScript(context: BrowserContext, page: Page) {
  const session = await context.newCDPSession(page);
  const worlds: Array<{ id: number; name: string }> = [];
  session.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
  await session.send('Runtime.enable');
  const world = worlds.find((candidate) => candidate.name === 'Enrichment Capture');
  if (!world) throw new Error('the content script is not in the page');
  const { result } = await session.send('Runtime.evaluate', {
    contextId: world.id,
    expression: 'chrome.storage.managed.get().then(JSON.stringify, (error) => String(error))',
    awaitPromise: true,
  });

  return String(result.value);
}

test('managed settings are shown read-only and used for delivery', async ({ receiver }) => {
  const { context, extensionId } = await launchUnderPolicy({
    endpoint: receiver.endpoint,
    credentialKind: 'x-api-key',
    apiKey: receiver.token,
    defaultGroupId: 'fleet-accounts',
    retentionDays: 14,
    eventsPerRequest: 250,
  });
  try {
    expect(extensionId).toBe(EXTENSION_ID);
    const options = await openExtensionPage(context, extensionId);

    await expect(options.locator('#managed-note')).toBeVisible();
    await expect(options.getByText(ADMIN_HINT)).toHaveCount(6);
    await expect(options.getByLabel('Track API endpoint')).toHaveValue(receiver.endpoint);
    await expect(options.getByLabel('Track API endpoint')).not.toBeEditable();
    await expect(options.getByLabel('x-api-key')).toBeChecked();
    await expect(options.getByLabel('Authorization: Bearer')).toBeDisabled();
    await expect(options.getByLabel('API key or token')).toHaveAttribute(
      'placeholder',
      'set (hidden)',
    );
    await expect(options.getByLabel('API key or token')).not.toBeEditable();
    await expect(options.getByLabel('Default group_id (account)')).toHaveValue('fleet-accounts');
    await expect(options.getByLabel('Default group_id (account)')).not.toBeEditable();
    await expect(options.locator('#retention')).toHaveValue('14');
    await expect(options.locator('#retention')).not.toBeEditable();
    await expect(options.locator('#batch-size')).toHaveValue('250');
    await expect(options.locator('#batch-size')).not.toBeEditable();
    const shown = JSON.stringify(await sendFromExtensionPage(options, { type: 'settings.get' }));
    expect(shown).not.toContain(receiver.token);

    // The receiver accepts only its token: an arrival proves the background sent the
    // managed key, which the user never typed.
    await options.getByRole('button', { name: 'Send test event' }).click();
    await expect(options.locator('#result')).toHaveText('The API answered 200 (accepted).');

    const { page, tabId } = await openSample(context, extensionId, GITHUB_URL);
    const popup = await openPopup(context, extensionId, tabId);
    await expect(popup.getByLabel('group_id (account)')).toHaveValue('fleet-accounts');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');
    await expect.poll(async () => (await receiver.events()).stored, { timeout: 20_000 }).toBe(2);
    const { events } = await receiver.events();
    expect(events.map((event) => event.user_id).sort()).toEqual([
      'enrichment-capture-test',
      'github:ingridvaldes-dev',
    ]);
    expect(events.find((event) => event.user_id.startsWith('github:'))!.context).toMatchObject({
      group_id: 'fleet-accounts',
    });

    expect(await readManagedFromContentScript(context, page)).toContain(
      'Access to storage is not allowed from this context',
    );
  } finally {
    await context.close();
    removePolicy();
  }
});

test('a managed value breaking the rules is named on the options page, not applied', async () => {
  const { context, extensionId } = await launchUnderPolicy({
    endpoint: 'http://collector.example.com/track',
    apiKey: 'fleet\u2013key-with-a-typographic-dash',
    defaultGroupId: 'fleet-accounts',
  });
  try {
    const options = await openExtensionPage(context, extensionId);
    const problems = options.locator('#managed-problems li');

    // The browser hands the values over in an order of its own.
    await expect(problems).toHaveCount(2);
    await expect(problems.filter({ hasText: 'the managed endpoint was ignored' })).toContainText(
      'http is only allowed on loopback',
    );
    await expect(problems.filter({ hasText: 'the managed apiKey was ignored' })).toContainText(
      'visible ASCII',
    );
    await expect(options.locator('#managed-problems')).not.toContainText('typographic');
    await expect(options.getByLabel('Track API endpoint')).toBeEditable();
    await expect(options.getByLabel('API key or token')).toBeEditable();
    await expect(options.getByLabel('Default group_id (account)')).not.toBeEditable();
    await expect(options.getByText(ADMIN_HINT)).toHaveCount(1);
    const status = await sendFromExtensionPage(options, { type: 'status.get' });
    expect(status).toMatchObject({ blocked: { reason: 'not-configured' } });
  } finally {
    await context.close();
    removePolicy();
  }
});
