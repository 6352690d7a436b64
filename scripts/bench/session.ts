import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { findChromium } from '../chromium';
import { launchWithExtension, loadSamplePages, routeSamplePages } from '../extension-browser';
import { progress } from './report';

/** A headless browser with the extension loaded, on a fresh profile of its own. */
export interface BenchSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's options page: an extension page, so the background answers it. */
  extensionPage: Page;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Launches one browser on a fresh profile, serving the sample pages at their real addresses
 * and refusing every other non-loopback host. Callers close it before opening the next, so
 * the benchmark never runs two browsers at once.
 */
export async function openSession(extensionDir: string): Promise<BenchSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: install it or set CHROME_PATH');
  const profileDir = mkdtempSync(join(tmpdir(), 'capture-bench-'));
  const { context, extensionId } = await launchWithExtension({
    executablePath,
    headless: true,
    profileDir,
    extensionDir,
  });
  await routeSamplePages(context, loadSamplePages());
  forwardBrowserErrors(context);
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);

  return {
    context,
    extensionId,
    extensionPage,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

function forwardBrowserErrors(context: BrowserContext): void {
  context.on('console', (message) => {
    // Requests to outside hosts (images on the sample pages) are refused on purpose.
    if (message.text().includes('ERR_BLOCKED_BY_CLIENT')) return;
    if (message.type() === 'error') progress(`browser error: ${message.text()}`);
  });
}

/** Runs `work` in a fresh session and closes it whatever happens. */
export async function withSession<T>(
  extensionDir: string,
  work: (session: BenchSession) => Promise<T>,
): Promise<T> {
  const session = await openSession(extensionDir);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
