import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { UserEnrichedEvent } from '../../lib/contract/event';
import type { OutboxCounts } from '../../lib/storage/outbox';
import {
  killBrowser,
  launchWithExtension,
  sendFromExtensionPage,
  stopServiceWorkers,
  type ExtensionPageGlobal,
} from '../extension-browser';

/** The test build (`npm run build:testing`): it carries the flush checkpoints. */
export const TESTING_EXTENSION_DIR = resolve('.output/chrome-mv3-testing');

/** What the suite reads of each outbox record. */
export interface OutboxEntry {
  id: string;
  state: string;
  heldReason?: string;
  heldStatus?: number;
}

/** What became of one `capture.save`: the outbox's answer, or the error after retries. */
export type SaveOutcome = 'queued' | 'duplicate' | `error: ${string}`;

/** The browser with the test build, and an extension page to talk to its worker from. */
export interface ExtensionSession {
  context: BrowserContext;
  page: Page;
  profileDir: string;
}

/** Where and how to launch the browser. */
export interface SessionOptions {
  executablePath: string;
  profileDir: string;
}

/** How long a message to the worker may take before the suite gives up on it. */
const MESSAGE_TIMEOUT_MS = 30_000;

/** Launches the browser on `profileDir` (new or reused) and opens the options page. */
export async function openSession(options: SessionOptions): Promise<ExtensionSession> {
  const { context, extensionId } = await launchWithExtension({
    executablePath: options.executablePath,
    headless: true,
    profileDir: options.profileDir,
    extensionDir: TESTING_EXTENSION_DIR,
  });
  context.setDefaultTimeout(MESSAGE_TIMEOUT_MS);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);

  return { context, page, profileDir: options.profileDir };
}

/** Kills the browser (SIGKILL) and launches it again on the same profile. */
export async function crashAndRelaunch(
  session: ExtensionSession,
  executablePath: string,
): Promise<ExtensionSession> {
  await killBrowser(session.context, session.profileDir);

  return openSession({ executablePath, profileDir: session.profileDir });
}

/** Closes the browser; a browser already gone is fine. */
export async function closeSession(session: ExtensionSession): Promise<void> {
  await session.context.close().catch(() => undefined);
}

/** Stops the extension's service worker, as the browser does to an idle one. */
export function stopWorker(session: ExtensionSession): Promise<void> {
  return stopServiceWorkers(session.context);
}

/** Sends one message to the background, as an extension page does, and returns the answer. */
export function sendToWorker<T = unknown>(session: ExtensionSession, message: object) {
  return sendFromExtensionPage<T>(session.page, message);
}

/**
 * Sends a message and does not wait for its answer: `delivery.flush` answers when the flush
 * ends, which a flush paused at a checkpoint never does.
 */
export function nudgeWorker(session: ExtensionSession, message: object): void {
  sendToWorker(session, message).catch(() => undefined);
}

/** The outbox's counts, through `status.get`. */
export async function readCounts(session: ExtensionSession): Promise<OutboxCounts> {
  const status = await sendToWorker<{ counts: OutboxCounts }>(session, { type: 'status.get' });

  return status.counts;
}

/**
 * Saves events through the background's real entry point, `parallel` at a time, retrying an
 * unanswered one (`capture.save` is idempotent by event id: a repeat answers `duplicate`).
 * Runs in the page, so a chunk costs one round trip. The page function holds no named inner
 * functions: tsx wraps those in a `__name` helper the page does not have.
 */
export function saveEvents(
  session: ExtensionSession,
  events: readonly UserEnrichedEvent[],
  options: { profileUrl: string; parallel: number; attempts: number },
): Promise<SaveOutcome[]> {
  return session.page.evaluate(
    async ({ events, profileUrl, parallel, attempts }) => {
      const { runtime } = (globalThis as unknown as ExtensionPageGlobal).chrome;
      const outcomes: string[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: parallel }, async () => {
          while (next < events.length) {
            const index = next++;
            for (let attempt = 1; outcomes[index] === undefined; attempt += 1) {
              try {
                const message = { type: 'capture.save', event: events[index], profileUrl };
                const answer = (await runtime.sendMessage(message)) as SaveAnswer;
                outcomes[index] = answer.ok ? answer.state : `error: ${answer.error}`;
              } catch (error) {
                if (attempt >= attempts) outcomes[index] = `error: ${String(error)}`;
                else await new Promise((done) => setTimeout(done, 250 * attempt));
              }
            }
          }
        }),
      );

      return outcomes;
    },
    { events, ...options },
  ) as Promise<SaveOutcome[]>;
}

/**
 * Every outbox record, read straight from IndexedDB by the extension page: the shipped
 * build offers no message that lists records, and the suite adds none to it. A database the
 * worker has not created yet is left alone (the upgrade is aborted), not created empty.
 */
export function readOutbox(session: ExtensionSession): Promise<OutboxEntry[]> {
  return session.page.evaluate(async () => {
    const request = indexedDB.open('enrichment-capture');
    request.onupgradeneeded = () => request.transaction?.abort();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const read = db.transaction('outbox', 'readonly').objectStore('outbox').getAll();
      const records = await new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        read.onsuccess = () => resolve(read.result);
        read.onerror = () => reject(read.error);
      });

      return records.map((record) => ({
        id: String(record.id),
        state: String(record.state),
        heldReason: record.heldReason as string | undefined,
        heldStatus: record.heldStatus as number | undefined,
      }));
    } finally {
      db.close();
    }
  });
}

type SaveAnswer = { ok: true; state: 'queued' | 'duplicate' } | { ok: false; error: string };
