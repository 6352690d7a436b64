import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { createReceiver } from '../server/receiver';
import { ensureChromium } from './chromium';
import {
  configureThroughOptionsPage,
  findTabId,
  launchWithExtension,
  loadSamplePages,
  routeSamplePages,
} from './extension-browser';

/**
 * The main job: build the extension, start the local receiver, open Chromium with the
 * extension and the sample profiles at their real addresses. With a display the person
 * drives it; without one (or with --headless) it captures the LinkedIn sample through the
 * real popup, prints the event the receiver stored, and exits.
 */
const HELP = `Usage: npm start -- [--headless] [--port P] [--token T]
  --headless   capture the sample LinkedIn profile by itself and print the stored event
  --port P     receiver port (default 8787; 0 picks a free one)
  --token T    receiver token (default: a random one, printed)`;

const say = (line: string) => process.stderr.write(`${line}\n`);
const CAPTURE_TIMEOUT_MS = 60_000;
/** The sample the headless run captures, and the pages opened for a person to try. */
const CAPTURE_SAMPLE = 'linkedin-public-profile';
const OPENED_SAMPLES = [CAPTURE_SAMPLE, 'github-user-full', 'not-a-profile-github-repo'];

function options() {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      port: { type: 'string', default: '8787' },
      token: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  }
  // A machine without a display cannot show a window: capture by ourselves instead.
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY;

  return {
    help: values.help,
    headless: values.headless || noDisplay,
    port,
    token: values.token ?? randomBytes(12).toString('hex'),
  };
}

/** Captures a tab through the real popup page, as a person would, and saves it. */
async function captureThroughPopup(context: BrowserContext, extensionId: string, page: Page) {
  const tabId = await findTabId(context, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const groupInput = popup.getByLabel('group_id (account)');
  await groupInput.waitFor({ timeout: 15_000 });
  await groupInput.fill('lumen-harbor');
  await popup.getByRole('button', { name: 'Save' }).click();
  await popup.locator('#save-result[data-state]').waitFor({ timeout: 10_000 });
  const result = await popup.locator('#save-result').textContent();
  if (!result?.startsWith('Saved')) throw new Error(`the popup did not save: ${result}`);
  say(`Popup: ${result}`);
}

async function waitForStoredEvent(eventsUrl: string, token: string): Promise<unknown> {
  const deadline = Date.now() + CAPTURE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const answer = await fetch(eventsUrl, { headers: { 'x-api-key': token } });
    const body = (await answer.json()) as { events: unknown[] };
    if (body.events.length > 0) return body.events[0];
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no event reached the receiver within ${CAPTURE_TIMEOUT_MS / 1000} s`);
}

async function main(): Promise<void> {
  const opts = options();
  if (opts.help) return void say(HELP);

  // The browser and the port are checked before the build, so a mistake shows at once.
  const executablePath = ensureChromium(say);
  const dataDir = mkdtempSync(join(tmpdir(), 'capture-start-'));
  const receiver = createReceiver({
    port: opts.port,
    token: opts.token,
    dbPath: join(dataDir, 'receiver.sqlite'),
  });
  const { url } = await receiver.start().catch((error: unknown) => {
    const inUse = (error as { code?: string }).code === 'EADDRINUSE';
    if (!inUse) throw error;
    throw new Error(`port ${opts.port} is in use; pick another with --port P (0: any free one)`);
  });
  say(`Receiver: ${url} (token ${opts.token})`);
  say('Building the extension (wxt build)…');
  execFileSync(join('node_modules', '.bin', 'wxt'), ['build'], { stdio: ['ignore', 2, 2] });

  const { context, extensionId } = await launchWithExtension({
    executablePath,
    headless: opts.headless,
    profileDir: join(dataDir, 'browser-profile'),
  });
  const samples = loadSamplePages();
  await routeSamplePages(context, samples);
  await configureThroughOptionsPage(context, extensionId, `${url}/api/track`, opts.token);
  const opened = samples.filter((sample) => OPENED_SAMPLES.includes(sample.name));
  const pages = new Map<string, Page>();
  for (const sample of opened) {
    const page = await context.newPage();
    await page.goto(sample.url);
    pages.set(sample.name, page);
  }
  say(`Browser: Chromium with the extension ${extensionId}; sample pages open.`);

  if (!opts.headless) {
    say("Open a profile tab and click the extension's toolbar button. Close the browser to stop.");
    await new Promise((resolve) => context.on('close', resolve));
    await receiver.close();
    return;
  }

  try {
    await captureThroughPopup(context, extensionId, pages.get(CAPTURE_SAMPLE)!);
    const event = await waitForStoredEvent(`${url}/api/events`, opts.token);
    say('The receiver stored this event:');
    process.stdout.write(`${JSON.stringify(event, null, 2)}\n`);
  } finally {
    await context.close();
    await receiver.close();
  }
}

main().catch((error: unknown) => {
  say(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  say('See `npm start -- --help`.');
  process.exit(1);
});
