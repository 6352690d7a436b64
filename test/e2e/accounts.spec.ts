import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  configureEndpoint,
  expect,
  openPopup,
  openSample,
  test,
  type TestReceiver,
} from './fixtures';

const COMPANY_URL = readFileSync('test/fixtures/linkedin-company.url.txt', 'utf8').trim();
const EMPLOYEE_URL = readFileSync(
  'test/fixtures/linkedin-public-company-employee.url.txt',
  'utf8',
).trim();
const OTHER_PERSON_URL = readFileSync(
  'test/fixtures/linkedin-public-profile.url.txt',
  'utf8',
).trim();
const GROUP_ID = 'domain:kestrel-works.example';

test.setTimeout(90_000);

async function waitForStored(receiver: TestReceiver, count: number) {
  await expect.poll(async () => (await receiver.events()).stored, { timeout: 20_000 }).toBe(count);

  return (await receiver.events()).events;
}

/** WCAG 2 A and AA problems on a page, as axe names them. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();

  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

/** Captures the sample LinkedIn company page as an account through the popup. */
async function captureCompany(page: { context: Parameters<typeof openSample>[0]; id: string }) {
  const { tabId } = await openSample(page.context, page.id, COMPANY_URL);
  const popup = await openPopup(page.context, page.id, tabId);
  await expect(popup.locator('#account-field-enrichment_name')).toHaveValue('Kestrel Works');

  return popup;
}

test('a company page captured as an account is proposed for its employee', async ({
  context,
  extensionId,
  receiver,
}) => {
  await configureEndpoint(context, extensionId, receiver);

  const company = await captureCompany({ context, id: extensionId });
  await expect(company.getByRole('heading', { level: 1 })).toHaveText('Capture account');
  await expect(company.locator('#account-field-enrichment_domain')).toHaveValue(
    'kestrel-works.example',
  );
  await expect(company.locator('#account-field-enrichment_employees_range')).toHaveValue('51-200');
  await expect(company.getByRole('textbox', { name: 'group_id (account)' })).toHaveValue(GROUP_ID);
  await expect(company.getByLabel('user_id (who captures it)')).toHaveValue(/^capturer:/);
  expect(await accessibilityViolations(company)).toEqual([]);
  await company.getByLabel('user_id (who captures it)').fill('researcher@example.org');
  await company.locator('#account-field-enrichment_city').fill('Delft');
  await company.getByRole('button', { name: 'Save account' }).click();
  await expect(company.locator('#account-save-result')).toHaveText('Saved: queued for delivery.');

  const { tabId } = await openSample(context, extensionId, EMPLOYEE_URL);
  const popup = await openPopup(context, extensionId, tabId);
  const groupInput = popup.getByRole('combobox', { name: 'group_id (account)' });
  await expect(popup.locator('#field-enrichment_employment_name')).toHaveValue(
    'Kestrel Works B.V.',
  );
  await expect(groupInput).toHaveValue(GROUP_ID);
  await expect(popup.locator('#group-proposal')).toHaveText(
    'Account proposed: Kestrel Works (same employer name).',
  );
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');

  const events = await waitForStored(receiver, 2);
  const account = events.find((event) => event.event_name === 'group_enriched');
  const person = events.find((event) => event.event_name === 'user_enriched');
  expect(account).toMatchObject({
    user_id: 'researcher@example.org',
    context: { group_id: GROUP_ID },
    properties: {
      enrichment_name: 'Kestrel Works',
      enrichment_domain: 'kestrel-works.example',
      enrichment_city: 'Delft',
      enrichment_employees_range: '51-200',
      enrichment_industry: 'Renewable Energy Equipment Manufacturing',
    },
  });
  expect(person).toMatchObject({
    user_id: 'linkedin:femke-van-der-wiel-9c',
    context: { group_id: GROUP_ID },
    properties: { enrichment_employment_name: 'Kestrel Works B.V.' },
  });
});

test('any person is tagged to a captured account with a few keystrokes', async ({
  context,
  extensionId,
  receiver,
}) => {
  await configureEndpoint(context, extensionId, receiver);
  const company = await captureCompany({ context, id: extensionId });
  await company.getByRole('button', { name: 'Save account' }).click();
  await expect(company.locator('#account-save-result')).toHaveText('Saved: queued for delivery.');

  const { tabId } = await openSample(context, extensionId, OTHER_PERSON_URL);
  const popup = await openPopup(context, extensionId, tabId);
  const groupInput = popup.getByRole('combobox', { name: 'group_id (account)' });
  await expect(popup.locator('#field-enrichment_employment_name')).toHaveValue('Lumen Harbor');
  await expect(groupInput).toHaveValue('');
  await groupInput.focus();
  await popup.keyboard.type('kes');
  const option = popup.getByRole('option', { name: /Kestrel Works/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(groupInput).toHaveAttribute('aria-expanded', 'true');
  expect(await accessibilityViolations(popup)).toEqual([]);
  await popup.keyboard.press('Enter');
  await expect(groupInput).toHaveValue(GROUP_ID);
  await expect(groupInput).toHaveAttribute('aria-expanded', 'false');
  await popup.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await popup.keyboard.press('Escape');
  await expect(groupInput).toHaveAttribute('aria-expanded', 'false');
  // With the list closed, Enter saves the capture.
  await popup.keyboard.press('Enter');
  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');

  const events = await waitForStored(receiver, 2);
  expect(events.find((event) => event.event_name === 'user_enriched')).toMatchObject({
    user_id: 'linkedin:marisol-quintero-4b2a17',
    context: { group_id: GROUP_ID },
  });
});

test('account edits survive the popup closing, and saving ends the draft', async ({
  context,
  extensionId,
}) => {
  const { tabId } = await openSample(context, extensionId, COMPANY_URL);
  const popup = await openPopup(context, extensionId, tabId);
  const industry = popup.locator('#account-field-enrichment_industry');
  await expect(industry).toHaveValue('Renewable Energy Equipment Manufacturing');

  await industry.fill('Drone Manufacturing');
  await expect(popup.locator('#account-capture')).toHaveAttribute('data-draft', 'kept', {
    timeout: 5_000,
  });
  await popup.close();
  const reopened = await openPopup(context, extensionId, tabId);

  await expect(reopened.locator('#account-field-enrichment_industry')).toHaveValue(
    'Drone Manufacturing',
  );
  await expect(reopened.locator('#account-draft-note')).toBeVisible();
  await reopened.getByRole('button', { name: 'Save account' }).click();
  await expect(reopened.locator('#account-save-result')).toHaveText('Saved: queued for delivery.');
  await expect(reopened.locator('#account-draft-note')).toBeHidden();
  await reopened.close();

  const afterSave = await openPopup(context, extensionId, tabId);
  await expect(afterSave.locator('#account-seen-before')).toContainText('captured before');
  await expect(afterSave.locator('#account-field-enrichment_industry')).toHaveValue(
    'Renewable Energy Equipment Manufacturing',
  );
  await expect(afterSave.locator('#account-draft-note')).toBeHidden();
});

test('a GitHub organization page is captured as an account named by its domain', async ({
  context,
  extensionId,
}) => {
  const url = readFileSync('test/fixtures/github-org.url.txt', 'utf8').trim();
  const { tabId } = await openSample(context, extensionId, url);
  const popup = await openPopup(context, extensionId, tabId);

  await expect(popup.locator('#account-field-enrichment_name')).toHaveValue('Lumen Harbor OSS');
  await expect(popup.locator('#account-field-enrichment_twitter_handle')).toHaveValue(
    '@lumenharbor_oss',
  );
  await expect(popup.getByRole('textbox', { name: 'group_id (account)' })).toHaveValue(
    'domain:lumenharbor.example',
  );
  await popup.locator('#account-field-enrichment_employees').fill('about 40');
  await popup.getByRole('button', { name: 'Save account' }).click();

  await expect(popup.locator('#account-save-result')).toHaveText('Fix the flagged fields first.');
  await expect(popup.locator('#account-field-enrichment_employees')).toBeFocused();
});
