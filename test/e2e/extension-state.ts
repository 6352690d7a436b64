import type { BrowserContext, Page } from '@playwright/test';
import { sendFromExtensionPage } from '../../scripts/extension-browser';
import { expect, openPopup, openSample } from './fixtures';

/** The toolbar badge's colours, as `chrome.action.getBadgeBackgroundColor` gives them. */
export const BADGE_COLORS = {
  /** Events wait their turn (#0a58ca). */
  queued: [10, 88, 202, 255],
  /** Delivery is paused: a refused key or a wrong endpoint (#b42318). */
  paused: [180, 35, 24, 255],
  /** The browser is offline (#5a6270). */
  offline: [90, 98, 112, 255],
};

/** The toolbar badge: its text and background colour. */
export interface Badge {
  text: string;
  color: number[];
}

/** Reads the toolbar badge from an extension page, as the browser would draw it. */
export function readBadge(page: Page): Promise<Badge> {
  return page.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: [...(await chrome.action.getBadgeBackgroundColor({}))],
  }));
}

/** Opens an extension page (the options page) to read the badge or message the background. */
export async function openExtensionPage(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);

  return page;
}

/** Captures a sample profile through the popup, as a person would, and closes the popup. */
export async function captureSample(
  context: BrowserContext,
  extensionId: string,
  url: string,
  groupId?: string,
): Promise<void> {
  const { tabId } = await openSample(context, extensionId, url);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByLabel('user_id')).not.toHaveValue('', { timeout: 10_000 });
  if (groupId !== undefined) await popup.getByLabel('group_id (account)').fill(groupId);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');
  await popup.close();
}

/** The outbox counts, asked from an extension page. */
export async function outboxCounts(page: Page) {
  const status = await sendFromExtensionPage<{ counts: Record<string, number> }>(page, {
    type: 'status.get',
  });

  return status.counts;
}
