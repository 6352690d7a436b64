import { createLogger } from '@/lib/logger';

const log = createLogger('popup');

/**
 * The panel APIs as they may be at run time: `sidePanel` in Chrome 116+ only (its type says
 * always), `sidebarAction` in Firefox only (not in the Chrome-based types of `browser`).
 */
interface PanelApis {
  sidePanel?: Pick<typeof browser.sidePanel, 'open'>;
  sidebarAction?: { open(): Promise<void> };
}

/** Whether the side panel frames this view: it asks for the popup page with `?view=panel`. */
function isInSidePanel(): boolean {
  return new URLSearchParams(location.search).get('view') === 'panel';
}

/**
 * Fits the view to where it is shown. Framed by the side panel it takes the panel's width;
 * in the popup it offers to open the side panel, which then follows the active tab.
 */
export async function fitViewToPlace(openButton: HTMLButtonElement): Promise<void> {
  if (isInSidePanel()) {
    document.documentElement.dataset.view = 'panel';
    return;
  }
  const openPanel = await findSidePanelOpener();
  if (!openPanel) return;
  // The popup page opened in a tab of its own (tests, people who keep it) stays open.
  const inTab = (await browser.tabs.getCurrent()) !== undefined;

  openButton.hidden = false;
  openButton.addEventListener('click', () => {
    // Both browsers open a panel only within the click's user gesture: nothing is awaited
    // before the call, which is why the window was looked up beforehand.
    openPanel().then(
      () => (inTab ? undefined : window.close()),
      (error: unknown) => log.warn('the side panel did not open', error),
    );
  });
}

/** How this browser opens the panel: Chrome's `sidePanel`, Firefox's `sidebarAction`. */
async function findSidePanelOpener(): Promise<(() => Promise<void>) | undefined> {
  const { sidePanel, sidebarAction } = browser as unknown as PanelApis;
  if (sidePanel) {
    const { id: windowId } = await browser.windows.getCurrent();
    return windowId === undefined ? undefined : () => sidePanel.open({ windowId });
  }

  return sidebarAction ? () => sidebarAction.open() : undefined;
}
