import { readFileSync } from 'node:fs';
import { sendFromExtensionPage } from '../../scripts/extension-browser';
import { captureSample, openExtensionPage, outboxCounts, readBadge } from './extension-state';
import { expect, openPopup, openSample, test } from './fixtures';

const GITHUB_URL = readFileSync('test/fixtures/github-user-full.url.txt', 'utf8').trim();
const LINKEDIN_URL = readFileSync('test/fixtures/linkedin-public-profile.url.txt', 'utf8').trim();
const EMPTY_OUTBOX = { queued: 0, sending: 0, delivered: 0, held: 0 };

test.setTimeout(60_000);

test('the popup proposes the default group_id unless the profile has its own', async ({
  context,
  extensionId,
}) => {
  const options = await openExtensionPage(context, extensionId);
  await options.getByLabel('Default group_id (account)').fill('northwind-accounts');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.locator('#result')).toHaveText('Saved.');
  await captureSample(context, extensionId, LINKEDIN_URL, 'lumen-harbor');

  const { tabId } = await openSample(context, extensionId, GITHUB_URL);
  const fresh = await openPopup(context, extensionId, tabId);
  await expect(fresh.getByLabel('group_id (account)')).toHaveValue('northwind-accounts');

  const seen = await openSample(context, extensionId, LINKEDIN_URL);
  const remembered = await openPopup(context, extensionId, seen.tabId);
  await expect(remembered.getByLabel('group_id (account)')).toHaveValue('lumen-harbor');
});

test('delete all local data warns of what would be lost and leaves a fresh install', async ({
  context,
  extensionId,
}) => {
  const options = await openExtensionPage(context, extensionId);
  await options.getByLabel('Default group_id (account)').fill('northwind-accounts');
  await options.getByLabel('API key or token').fill('local-key-123');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.locator('#result')).toHaveText('Saved.');
  await captureSample(context, extensionId, GITHUB_URL, 'acme');
  await captureSample(context, extensionId, LINKEDIN_URL);
  await expect.poll(() => readBadge(options).then((badge) => badge.text)).toBe('2');

  await options.getByRole('button', { name: 'Delete all local data…' }).click();
  const dialog = options.getByRole('dialog', { name: 'Delete all local data?' });
  await expect(dialog).toContainText('2 events that were not delivered would be lost');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await outboxCounts(options)).queued).toBe(2);

  await options.getByRole('button', { name: 'Delete all local data…' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(options.locator('#delete-result')).toContainText('All local data was deleted');
  await expect(options.locator('#delete-result')).toContainText('2 undelivered events');

  expect(await outboxCounts(options)).toEqual(EMPTY_OUTBOX);
  await expect.poll(() => readBadge(options).then((badge) => badge.text)).toBe('');
  await expect(options.getByLabel('Default group_id (account)')).toHaveValue('');
  const settings = await sendFromExtensionPage(options, { type: 'settings.get' });
  expect(settings).toMatchObject({ endpoint: '', hasSecret: false, defaultGroupId: '' });
  const { tabId } = await openSample(context, extensionId, GITHUB_URL);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByLabel('user_id')).not.toHaveValue('');
  await expect(popup.getByLabel('group_id (account)')).toHaveValue('');
  await expect(popup.locator('#seen-before')).toBeHidden();
});
