import { readFileSync } from 'node:fs';
import {
  configureEndpoint,
  expect,
  openPopup,
  openSample,
  test,
  type TestReceiver,
} from './fixtures';
import { stopServiceWorkers } from '../../scripts/extension-browser';

const LINKEDIN_URL = readFileSync('test/fixtures/linkedin-public-profile.url.txt', 'utf8').trim();
const GITHUB_URL = readFileSync('test/fixtures/github-user-full.url.txt', 'utf8').trim();

async function waitForStored(receiver: TestReceiver, count: number) {
  await expect.poll(async () => (await receiver.events()).stored, { timeout: 20_000 }).toBe(count);

  return receiver.events();
}

test('a LinkedIn profile edited in the popup arrives at the receiver as edited', async ({
  context,
  extensionId,
  receiver,
}) => {
  await configureEndpoint(context, extensionId, receiver);
  const { tabId } = await openSample(context, extensionId, LINKEDIN_URL);

  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('#field-enrichment_full_name')).toHaveValue('Marisol Quintero Vega');
  await expect(popup.locator('#field-enrichment_employment_name')).toHaveValue('Lumen Harbor');
  await expect(popup.getByLabel('user_id')).toHaveValue('linkedin:marisol-quintero-4b2a17');
  await popup.locator('#field-enrichment_employment_title').fill('Head of Data Platform and AI');
  await popup.getByLabel('group_id (account)').fill('lumen-harbor');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');

  const { events, arrivals } = await waitForStored(receiver, 1);
  const [event] = events;
  expect(arrivals).toBe(1);
  expect(event).toMatchObject({
    event_name: 'user_enriched',
    user_id: 'linkedin:marisol-quintero-4b2a17',
    context: { group_id: 'lumen-harbor' },
    properties: {
      enrichment_full_name: 'Marisol Quintero Vega',
      enrichment_employment_title: 'Head of Data Platform and AI',
      enrichment_employment_name: 'Lumen Harbor',
      enrichment_linkedin_handle: 'https://www.linkedin.com/in/marisol-quintero-4b2a17',
      enrichment_inactive_at: '',
    },
  });
  expect(event!.context.event_id).toMatch(/^[0-9a-f-]{36}$/);
});

test('an event saved just before the service worker stops still arrives exactly once', async ({
  context,
  extensionId,
  receiver,
}) => {
  await configureEndpoint(context, extensionId, receiver);
  const { tabId } = await openSample(context, extensionId, GITHUB_URL);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('#field-enrichment_github_handle')).toHaveValue('ingridvaldes-dev');

  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');
  await stopServiceWorkers(context);
  expect((await receiver.events()).arrivals).toBe(0);

  // Any extension event wakes the worker; the popup's status poll is one.
  const { events, arrivals } = await waitForStored(receiver, 1);
  expect(arrivals).toBe(1);
  expect(events[0]).toMatchObject({
    user_id: 'github:ingridvaldes-dev',
    properties: { enrichment_github_handle: 'ingridvaldes-dev' },
  });
});

test('without an endpoint the capture waits in the queue and the popup says why', async ({
  context,
  extensionId,
  receiver,
}) => {
  const { tabId } = await openSample(context, extensionId, GITHUB_URL);
  const popup = await openPopup(context, extensionId, tabId);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');

  await expect(popup.locator('#status')).toContainText('Pending 1');
  await expect(popup.locator('#status')).toContainText('Settings');

  await configureEndpoint(context, extensionId, receiver);
  await waitForStored(receiver, 1);
});

test('an invalid field is flagged inline and blocks saving', async ({ context, extensionId }) => {
  const { tabId } = await openSample(context, extensionId, GITHUB_URL);
  const popup = await openPopup(context, extensionId, tabId);
  const countryCode = popup.locator('#field-enrichment_country_code');

  await countryCode.fill('Canada');
  await expect(countryCode).toHaveAttribute('aria-invalid', 'true');
  await popup.getByRole('button', { name: 'Save' }).click();

  await expect(popup.locator('#save-result')).toHaveText('Fix the flagged fields first.');
  await expect(countryCode).toBeFocused();
});

test('a page that is not a profile proposes nothing', async ({ context, extensionId }) => {
  const url = readFileSync('test/fixtures/not-a-profile-github-repo.url.txt', 'utf8').trim();
  const { tabId } = await openSample(context, extensionId, url);
  const popup = await openPopup(context, extensionId, tabId);

  await expect(popup.locator('#notice')).toContainText('No profile here');
  await expect(popup.locator('#capture')).toBeHidden();
});
