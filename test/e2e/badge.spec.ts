import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { configureThroughOptionsPage } from '../../scripts/extension-browser';
import { BADGE_COLORS, captureSample, openExtensionPage, readBadge } from './extension-state';
import { configureEndpoint, expect, openPopup, openSample, test } from './fixtures';

const GITHUB_URL = readFileSync('test/fixtures/github-user-full.url.txt', 'utf8').trim();
const LINKEDIN_URL = readFileSync('test/fixtures/linkedin-public-profile.url.txt', 'utf8').trim();
/** The badge is refreshed once per burst of messages (500 ms) and after each flush. */
const BADGE_TIMEOUT = { timeout: 15_000 };

test.setTimeout(60_000);

/** A loopback address where nothing listens: every request to it fails at once. */
async function closedEndpoint(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));

  return `http://127.0.0.1:${port}/api/track`;
}

test('the badge counts the events waiting to be sent, in blue', async ({
  context,
  extensionId,
}) => {
  const page = await openExtensionPage(context, extensionId);
  expect((await readBadge(page)).text).toBe('');

  await captureSample(context, extensionId, GITHUB_URL);
  await expect
    .poll(() => readBadge(page), BADGE_TIMEOUT)
    .toEqual({
      text: '1',
      color: BADGE_COLORS.queued,
    });
  await captureSample(context, extensionId, LINKEDIN_URL);

  await expect
    .poll(() => readBadge(page), BADGE_TIMEOUT)
    .toEqual({
      text: '2',
      color: BADGE_COLORS.queued,
    });
});

test('a refused key pauses delivery with a red "!" until the key is fixed', async ({
  context,
  extensionId,
  receiver,
}) => {
  await configureThroughOptionsPage(context, extensionId, receiver.endpoint, 'wrong-token');
  const page = await openExtensionPage(context, extensionId);

  await captureSample(context, extensionId, GITHUB_URL);

  await expect
    .poll(() => readBadge(page), BADGE_TIMEOUT)
    .toEqual({
      text: '!',
      color: BADGE_COLORS.paused,
    });
  const { tabId } = await openSample(context, extensionId, GITHUB_URL);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('#status')).toContainText('refused the credential');
  expect((await receiver.events()).stored).toBe(0);

  await configureEndpoint(context, extensionId, receiver);
  await expect.poll(async () => (await receiver.events()).stored, BADGE_TIMEOUT).toBe(1);
  await expect
    .poll(() => readBadge(page), BADGE_TIMEOUT)
    .toEqual({
      text: '',
      color: BADGE_COLORS.queued,
    });
});

test('the badge turns grey while the browser is offline and blue when it is back', async ({
  context,
  extensionId,
}) => {
  // Offline emulation does not reliably stop the worker's own requests, so the endpoint is
  // unreachable as well: the event stays queued whatever the emulation lets through.
  await configureThroughOptionsPage(context, extensionId, await closedEndpoint(), 'any-key');
  const page = await openExtensionPage(context, extensionId);
  await captureSample(context, extensionId, GITHUB_URL);
  await expect
    .poll(() => readBadge(page), BADGE_TIMEOUT)
    .toEqual({
      text: '1',
      color: BADGE_COLORS.queued,
    });

  // Playwright applies the emulation to the service worker too: its `navigator.onLine`
  // turns false and it gets the `offline` event, which the badge follows.
  await context.setOffline(true);
  await expect
    .poll(() => readBadge(page), BADGE_TIMEOUT)
    .toEqual({
      text: '1',
      color: BADGE_COLORS.offline,
    });

  await context.setOffline(false);
  await expect
    .poll(() => readBadge(page), BADGE_TIMEOUT)
    .toEqual({
      text: '1',
      color: BADGE_COLORS.queued,
    });
});
