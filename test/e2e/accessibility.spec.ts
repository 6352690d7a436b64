import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openPopup, openSample, test } from './fixtures';

const PROFILE_URL = readFileSync('test/fixtures/linkedin-public-profile.url.txt', 'utf8').trim();
const NOT_A_PROFILE_URL = readFileSync(
  'test/fixtures/not-a-profile-blog-post.url.txt',
  'utf8',
).trim();

/** The WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA that axe checks. */
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.setTimeout(60_000);

/** Axe's WCAG A/AA violations on the page as it is now, one line each for a readable failure. */
async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();

  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary}`,
    ),
  );
}

/** The popup on the sample profile, filled in. */
async function openFilledPopup(context: BrowserContext, extensionId: string) {
  const { tabId } = await openSample(context, extensionId, PROFILE_URL);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('#field-enrichment_full_name')).not.toHaveValue('', {
    timeout: 10_000,
  });

  return { popup, tabId };
}

test('the popup on a profile has no WCAG A/AA violations, new and seen again with a draft', async ({
  context,
  extensionId,
}) => {
  const { popup, tabId } = await openFilledPopup(context, extensionId);
  expect(await wcagViolations(popup)).toEqual([]);

  await popup.locator('#field-enrichment_employment_title').fill('Head of Data');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');
  await popup.locator('#field-enrichment_city').fill('Valencia');
  await expect(popup.locator('#capture')).toHaveAttribute('data-draft', 'kept', { timeout: 5_000 });
  await popup.close();
  const reopened = await openPopup(context, extensionId, tabId);
  await expect(reopened.locator('#draft-note')).toBeVisible({ timeout: 10_000 });
  await expect(reopened.locator('#changes')).toBeVisible();

  expect(await wcagViolations(reopened)).toEqual([]);
});

test('the popup on a page without a profile has no WCAG A/AA violations', async ({
  context,
  extensionId,
}) => {
  const { tabId } = await openSample(context, extensionId, NOT_A_PROFILE_URL);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('#notice')).toBeVisible({ timeout: 10_000 });

  expect(await wcagViolations(popup)).toEqual([]);
});

test('the options page has no WCAG A/AA violations, advanced settings and errors shown', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#form-body')).toBeEnabled({ timeout: 10_000 });
  expect(await wcagViolations(options)).toEqual([]);

  await options.getByText('Advanced').click();
  await options.getByLabel('Track API endpoint').fill('ftp://example.invalid');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.locator('#endpoint-error')).not.toBeEmpty();

  expect(await wcagViolations(options)).toEqual([]);
});

test('the keyboard reaches every field and Save, shows where it is, and Enter saves', async ({
  context,
  extensionId,
}) => {
  const { popup } = await openFilledPopup(context, extensionId);
  const controls = await popup
    .locator('#capture input:visible, #capture textarea:visible, #capture button:visible')
    .evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(controls).toContain('save');

  // The popup starts with the focus in the form; Tab goes on from there.
  const reached = [await popup.evaluate(() => document.activeElement?.id ?? '')];
  for (let step = 0; step < 60 && !reached.includes('save'); step += 1) {
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;

      return { id: active.id, visible: outline || style.boxShadow !== 'none' };
    });
    expect(focused.visible, `a visible focus indicator on #${focused.id}`).toBe(true);
    reached.push(focused.id);
  }
  expect(reached.filter((id) => controls.includes(id))).toEqual(controls);

  await popup.locator('#field-enrichment_employment_title').focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');
});

test('the popup opens with the focus in the form, so Enter alone saves', async ({
  context,
  extensionId,
}) => {
  const { popup } = await openFilledPopup(context, extensionId);
  await expect(popup.getByLabel('user_id')).toBeFocused();

  await popup.keyboard.press('Enter');

  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');
});
