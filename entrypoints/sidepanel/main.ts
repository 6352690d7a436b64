import { extractTab } from '@/entrypoints/popup/extract-tab';
import { readFollowTarget, type FollowTarget } from '@/lib/side-panel/follow-target';
import { LOCATION_WATCH_PORT } from '@/lib/side-panel/location-watch';
import { createTabFollower, type TabFollower } from '@/lib/side-panel/tab-follower';
import { profileKeyOf, type FollowScope } from '@/lib/side-panel/tab-signals';
import { required } from '@/ui/dom';

const view = required<HTMLIFrameElement>('#view');
const notice = required<HTMLParagraphElement>('#panel-notice');

/** The popup's page, told which tab to read and that the panel frames it. */
function viewUrl(tabId: number): string {
  const query = new URLSearchParams({ tabId: String(tabId), view: 'panel' });

  return `${browser.runtime.getURL('/popup.html')}?${query}`;
}

/**
 * Puts a fresh capture view in the frame. The view it replaces gets `pagehide` on the way
 * out and keeps a pending edit as a draft of its own profile, as the popup does on closing;
 * the new view starts from the new profile's proposal (or its own draft). `replace` keeps
 * the frame's history at one entry.
 */
function showTab(tabId: number): void {
  notice.hidden = true;
  view.hidden = false;
  view.contentWindow?.location.replace(viewUrl(tabId));
}

/** The port to the shown tab's content script, which reports the page's in-page moves. */
let watch: { tabId: number; port: Browser.runtime.Port } | undefined;

/**
 * Asks the tab's content script to report moves within the page. A tab without it (another
 * site, a page still loading) refuses the port, so a load that completes asks again.
 */
function watchTab(tabId: number, follower: TabFollower): void {
  watch?.port.disconnect();
  const port = browser.tabs.connect(tabId, { name: LOCATION_WATCH_PORT });
  port.onMessage.addListener(() => follower.hear({ type: 'moved', tabId }));
  // Reading the error marks it as expected; Chrome would log it as unchecked otherwise.
  port.onDisconnect.addListener(() => void browser.runtime.lastError);
  watch = { tabId, port };
}

function showNotice(message: string): void {
  notice.textContent = message;
  notice.hidden = false;
  view.hidden = true;
}

/** Resolves the panel's own window; `tabs.getCurrent` names the panel's tab when it is one. */
async function resolveScope(target: FollowTarget): Promise<FollowScope | undefined> {
  if (target.kind === 'tab') return target;
  const ownTab = await browser.tabs.getCurrent();
  const windowId = target.windowId ?? (await browser.windows.getCurrent()).id;
  if (windowId === undefined) return undefined;

  return { kind: 'window', windowId, ownTabId: ownTab?.id };
}

async function firstTab(scope: FollowScope): Promise<number | undefined> {
  if (scope.kind === 'tab') return scope.tabId;
  const [tab] = await browser.tabs.query({ active: true, windowId: scope.windowId });

  return tab?.id === scope.ownTabId ? undefined : tab?.id;
}

async function start(): Promise<void> {
  const scope = await resolveScope(readFollowTarget(location.search));
  if (!scope) return showNotice('This panel has no window to follow.');
  const follower: TabFollower = createTabFollower(scope, {
    showTab: (tabId) => {
      showTab(tabId);
      watchTab(tabId, follower);
    },
    readProfileKey: async (tabId) => profileKeyOf(await extractTab(tabId)),
  });

  const tabId = await firstTab(scope);
  if (tabId === undefined) showNotice('Open a profile in this window to capture it here.');
  else follower.follow(tabId);
  browser.tabs.onActivated.addListener(({ tabId, windowId }) =>
    follower.hear({ type: 'activated', tabId, windowId }),
  );
  // LinkedIn and GitHub move between profiles without loading a page: Chrome reports such a
  // move as an update (an empty one without the `tabs` permission), the content script
  // reports it in every browser, and the follower reads the tab once for both.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === watch?.tabId && change.status === 'complete') watchTab(tabId, follower);
    follower.hear({ type: 'updated', tabId, change });
  });
}

void start();
