import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from '@playwright/test';
import { isBrandedChrome } from './chromium';

/** The built Chrome extension. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** A sample page kept in the repo, served at its real address by request routing. */
export interface SamplePage {
  name: string;
  url: string;
  html: string;
}

/** The sample pages in `test/fixtures/`, each with the address it was saved from. */
export function loadSamplePages(dir = resolve('test/fixtures')): SamplePage[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      return {
        name,
        url: readFileSync(join(dir, `${name}.url.txt`), 'utf8').trim(),
        html: readFileSync(join(dir, file), 'utf8'),
      };
    });
}

export interface LaunchOptions {
  executablePath: string;
  headless: boolean;
  /** Profile folder; a fresh temporary one by default. */
  profileDir?: string;
  extensionDir?: string;
}

/**
 * Flags that keep the browser from reaching any outside host and let the extension load.
 * Playwright passes `--disable-extensions` by default, hence `--disable-extensions-except`.
 */
function browserArgs(extensionDir: string, branded: boolean): string[] {
  const quiet = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
  if (branded) return [...quiet, '--enable-unsafe-extension-debugging'];

  return [
    ...quiet,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/** Launches Chromium with the built extension loaded and returns the context and its id. */
export async function launchWithExtension(
  options: LaunchOptions,
): Promise<{ context: BrowserContext; extensionId: string }> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const branded = isBrandedChrome(options.executablePath);
  const context = await chromium.launchPersistentContext(
    options.profileDir ?? mkdtempSync(join(tmpdir(), 'capture-profile-')),
    {
      executablePath: options.executablePath,
      headless: options.headless,
      args: browserArgs(extensionDir, branded),
      ignoreDefaultArgs: branded ? ['--disable-extensions'] : undefined,
    },
  );
  if (branded) await loadUnpackedOverCdp(context, extensionDir);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

  return { context, extensionId: new URL(worker.url()).host };
}

/** Chrome 137+ ignores `--load-extension`; its DevTools protocol can still load one. */
async function loadUnpackedOverCdp(context: BrowserContext, extensionDir: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('cannot reach the browser to load the extension');
  const session = await browser.newBrowserCDPSession();
  await session.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never);
}

/**
 * Answers requests for the sample pages from their files, lets loopback through (the local
 * receiver) and refuses everything else, so nothing leaves the machine.
 */
export async function routeSamplePages(
  context: BrowserContext,
  pages: SamplePage[],
): Promise<void> {
  const byUrl = new Map(pages.map((page) => [normalizeUrl(page.url), page]));
  await context.route('**/*', (route: Route) => {
    const url = new URL(route.request().url());
    // The extension's own files (chrome-extension:) and loopback are this machine's.
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    if (!url.protocol.startsWith('http') || local) return route.continue();
    const page = byUrl.get(normalizeUrl(url.href));
    // Sites send their charset; without it Chromium would read the UTF-8 pages as Latin-1.
    const contentType = 'text/html; charset=utf-8';
    if (page) return route.fulfill({ status: 200, contentType, body: page.html });

    return route.abort('blockedbyclient');
  });
}

function normalizeUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';

  return url.href.replace(/\/$/, '');
}

/**
 * Stops the extension's service worker, as the browser does when it is idle. The next
 * extension event starts a new one.
 */
export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

/** The slice of the extension API that its pages and worker offer, as scripts use it. */
export interface ExtensionPageGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: {
      query(filter: object): Promise<Array<{ id?: number }>>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
}

/**
 * The browser's tab id of a page. Tab URLs are hidden from an extension without the `tabs`
 * permission, which this one does not ask for, so the page is brought to the front and the
 * service worker is asked for the active tab.
 */
export async function findTabId(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabId = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionPageGlobal;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (tabId === undefined) throw new Error(`no active tab found for ${page.url()}`);

  return tabId;
}

/**
 * The process id of the browser this process launched on `profileDir`, read from `/proc`
 * (Linux): Playwright offers no handle on the process of a persistent context. The browser
 * is the child of this process whose command line names the profile; its helpers
 * (renderers, the GPU process) are its own children.
 */
export function findBrowserPid(profileDir: string): number | undefined {
  const profileFlag = `--user-data-dir=${profileDir}`;

  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .find((pid) => parentOf(pid) === process.pid && commandLineOf(pid).includes(profileFlag));
}

function commandLineOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    // The process ended between the listing and the read.
    return [];
  }
}

function parentOf(pid: number): number | undefined {
  try {
    // `pid (name) state ppid …`: the name may hold spaces, so fields are read after `)`.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * Kills the browser with SIGKILL, as a crash or a power cut would end it: nothing is flushed
 * or closed cleanly. Resolves once Playwright saw the context close (within `timeoutMs`,
 * default 15 s); the profile can then be launched again.
 */
export async function killBrowser(
  context: BrowserContext,
  profileDir: string,
  timeoutMs = 15_000,
): Promise<void> {
  const pid = findBrowserPid(profileDir);
  if (pid === undefined) throw new Error(`no browser process found for ${profileDir}`);
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));

  process.kill(pid, 'SIGKILL');
  const outcome = await Promise.race([closed.then(() => 'closed'), sleep(timeoutMs)]);
  if (outcome !== 'closed') throw new Error(`the browser (pid ${pid}) did not go away`);
}

/** Sends a message to the background from an extension page, as the popup does. */
export function sendFromExtensionPage<T = unknown>(page: Page, message: object): Promise<T> {
  return page.evaluate(
    (request) => (globalThis as unknown as ExtensionPageGlobal).chrome.runtime.sendMessage(request),
    message,
  ) as Promise<T>;
}

/** Sets the endpoint and credential through the real options page, as a person would. */
export async function configureThroughOptionsPage(
  context: BrowserContext,
  extensionId: string,
  endpoint: string,
  token: string,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Track API endpoint').fill(endpoint);
  await page.getByLabel('API key or token').fill(token);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('#result', { hasText: 'Saved.' }).waitFor({ timeout: 10_000 });
  await page.close();
}
