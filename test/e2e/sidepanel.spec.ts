import { readFileSync } from 'node:fs';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { LOCATION_WATCH_PORT } from '../../lib/side-panel/location-watch';
import { expect, openSample, test } from './fixtures';

const LINKEDIN_URL = readFileSync('test/fixtures/linkedin-public-profile.url.txt', 'utf8').trim();
const LINKEDIN_HTML = readFileSync('test/fixtures/linkedin-public-profile.html', 'utf8');
const GITHUB_URL = readFileSync('test/fixtures/github-user-full.url.txt', 'utf8').trim();
const OTHER_GITHUB_URL = readFileSync('test/fixtures/github-user-minimal.url.txt', 'utf8').trim();
const LINKEDIN_SLUG = 'marisol-quintero-4b2a17';
const MOVED_TO_SLUG = 'ana-ejemplo-ruiz-77c1';

/** A second, invented LinkedIn profile with the first one's structure. */
const MOVED_TO_HTML = LINKEDIN_HTML.replaceAll(LINKEDIN_SLUG, MOVED_TO_SLUG)
  .replaceAll('Marisol Quintero Vega', 'Ana Ejemplo Ruiz')
  .replaceAll('"Marisol"', '"Ana"')
  .replaceAll('"Quintero Vega"', '"Ejemplo Ruiz"');

/** The `chrome.windows` call the tests make in the service worker. */
interface WindowsGlobal {
  chrome: { windows: { create(data: { url: string[] }): Promise<{ id: number }> } };
}

/** The port a panel opens to a tab's content script, in an extension page. */
interface PortsGlobal {
  chrome: {
    tabs: {
      connect(
        tabId: number,
        info: { name: string },
      ): { onMessage: { addListener(listener: (message: unknown) => void): void } };
    };
  };
  movesHeard?: unknown[];
}

/** The `chrome.runtime` call that lists the extension's open side panels (Chrome 116+). */
interface ContextsGlobal {
  chrome: {
    runtime: {
      getContexts(filter: { contextTypes: string[] }): Promise<Array<{ documentUrl?: string }>>;
    };
  };
}

test.setTimeout(60_000);

/**
 * Opens the side panel's page in a tab of its own, told to follow a new window that holds
 * the pages as tabs, as someone going through profiles has them. The panel's tab is made
 * first: Playwright opens pages in the focused window, which would then be the followed one.
 */
async function openPanelFollowing(
  context: BrowserContext,
  extensionId: string,
  urls: string[],
): Promise<{ view: FrameLocator; tabs: Page[] }> {
  const panel = await context.newPage();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const { id: windowId } = await worker.evaluate(
    (url) => (globalThis as unknown as WindowsGlobal).chrome.windows.create({ url }),
    urls,
  );
  const tabs = await Promise.all(urls.map((url) => pageAt(context, url)));
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?windowId=${windowId}`);

  return { view: panel.frameLocator('#view'), tabs };
}

/** The page Playwright sees at a URL, once it appears and has loaded. */
async function pageAt(context: BrowserContext, url: string): Promise<Page> {
  let found: Page | undefined;
  await expect
    .poll(() => (found = context.pages().find((page) => page.url() === url)), { timeout: 10_000 })
    .toBeDefined();
  await found!.waitForLoadState('load');

  return found!;
}

test('the side panel follows the active tab of its window from profile to profile', async ({
  context,
  extensionId,
}) => {
  const { view, tabs } = await openPanelFollowing(context, extensionId, [LINKEDIN_URL, GITHUB_URL]);
  const [linkedin, github] = tabs as [Page, Page];

  await linkedin.bringToFront();
  await expect(view.locator('#field-enrichment_full_name')).toHaveValue('Marisol Quintero Vega');
  await expect(view.getByLabel('user_id')).toHaveValue(`linkedin:${LINKEDIN_SLUG}`);

  await github.bringToFront();
  await expect(view.locator('#field-enrichment_full_name')).toHaveValue('Ingrid Valdés');
  await expect(view.locator('#field-enrichment_github_handle')).toHaveValue('ingridvaldes-dev');
  await expect(view.getByLabel('user_id')).toHaveValue('github:ingridvaldes-dev');

  await linkedin.bringToFront();
  await expect(view.locator('#field-enrichment_full_name')).toHaveValue('Marisol Quintero Vega');
});

test('an edit in the panel is kept for its profile and does not follow to the next', async ({
  context,
  extensionId,
}) => {
  const { view, tabs } = await openPanelFollowing(context, extensionId, [LINKEDIN_URL, GITHUB_URL]);
  const [linkedin, github] = tabs as [Page, Page];
  await linkedin.bringToFront();
  const employer = view.locator('#field-enrichment_employment_name');
  await expect(employer).toHaveValue('Lumen Harbor');

  // No wait for the draft: the view being replaced keeps a pending edit on its way out.
  await employer.fill('Lumen Harbor Labs');
  await github.bringToFront();

  await expect(view.locator('#field-enrichment_full_name')).toHaveValue('Ingrid Valdés');
  await expect(employer).toHaveValue('acme-robotics');
  await expect(employer).not.toHaveAttribute('data-edited', 'true');
  await expect(view.locator('#draft-note')).toBeHidden();

  await linkedin.bringToFront();
  await expect(view.locator('#field-enrichment_full_name')).toHaveValue('Marisol Quintero Vega');
  await expect(employer).toHaveValue('Lumen Harbor Labs');
  await expect(employer).toHaveAttribute('data-edited', 'true');
  await expect(view.locator('#draft-note')).toContainText('Restored your unsaved edits');
});

test('a move to another profile within the followed tab shows the new profile', async ({
  context,
  extensionId,
}) => {
  const { view, tabs } = await openPanelFollowing(context, extensionId, [LINKEDIN_URL]);
  const [linkedin] = tabs as [Page];
  await expect(view.locator('#field-enrichment_full_name')).toHaveValue('Marisol Quintero Vega');

  // LinkedIn changes the address first and renders the new profile a moment later.
  await linkedin.evaluate(
    ({ slug, html }) => {
      history.pushState({}, '', `/in/${slug}`);
      setTimeout(() => {
        document.documentElement.innerHTML = new DOMParser().parseFromString(
          html,
          'text/html',
        ).documentElement.innerHTML;
      }, 700);
    },
    { slug: MOVED_TO_SLUG, html: MOVED_TO_HTML },
  );
  await expect(view.locator('#field-enrichment_full_name')).toHaveValue('Ana Ejemplo Ruiz');
  await expect(view.getByLabel('user_id')).toHaveValue(`linkedin:${MOVED_TO_SLUG}`);

  await linkedin.goto(OTHER_GITHUB_URL);
  await expect(view.locator('#field-enrichment_github_handle')).toHaveValue('zq-null');
  await expect(view.getByLabel('user_id')).toHaveValue('github:zq-null');
});

test('the popup opens the side panel for its window', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const worker = context.serviceWorkers()[0]!;
  const openPanels = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ContextsGlobal;
      const panels = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
      // A panel that is still loading may have no document address yet.
      return panels.map((panel) => panel.documentUrl ?? '');
    });
  expect(await openPanels()).toEqual([]);

  await popup.getByRole('button', { name: 'Open in side panel' }).click();

  // The panel's page, and the capture view it frames (the popup's page).
  await expect
    .poll(openPanels, { timeout: 10_000 })
    .toContain(`chrome-extension://${extensionId}/sidepanel.html`);
});

test('the content script tells the panel watching its tab of a move within the page', async ({
  context,
  extensionId,
}) => {
  const { page, tabId } = await openSample(context, extensionId, GITHUB_URL);
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
  await extensionPage.evaluate(
    ({ tabId, name }) => {
      const scope = globalThis as unknown as PortsGlobal;
      scope.movesHeard = [];
      const port = scope.chrome.tabs.connect(tabId, { name });
      port.onMessage.addListener((message) => scope.movesHeard!.push(message));
    },
    { tabId, name: LOCATION_WATCH_PORT },
  );
  const movesHeard = () =>
    extensionPage.evaluate(() => (globalThis as unknown as PortsGlobal).movesHeard!.length);

  // The port opens asynchronously: keep moving until the watch, once it runs, reports.
  let step = 0;
  await expect
    .poll(
      async () => {
        step += 1;
        await page.evaluate((n) => history.pushState({}, '', `/someone-${n}`), step);
        return movesHeard();
      },
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);
});
