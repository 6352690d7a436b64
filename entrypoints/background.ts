import { handleBackgroundRequest } from '@/lib/background/handle-request';
import { readDeliveryBlock } from '@/lib/background/delivery-block';
import { sendTestEvent } from '@/lib/background/test-event';
import { createFlushScheduler } from '@/lib/background/flush-scheduler';
import { flushOutbox, type FlushSummary } from '@/lib/delivery/flush';
import { clearPauseIfCredentialChanged } from '@/lib/delivery/pause';
import { createLogger, setLogLevel } from '@/lib/logger';
import { backgroundRequestSchema } from '@/lib/messages';
import { retentionCutoff } from '@/lib/settings';
import { openCaptureDatabase, type CaptureDatabase } from '@/lib/storage/database';
import { getValue, KV_KEYS, setValue } from '@/lib/storage/kv';
import { eraseCaptureDatabase } from '@/lib/storage/erase';
import { createOutbox } from '@/lib/storage/outbox';
import { loadSettings, setManagedStorageReader } from '@/lib/storage/settings-store';

/** Retries and wake-ups ride on this alarm; 30 s is the shortest period MV3 allows. */
const FLUSH_ALARM = 'flush-outbox';
const FLUSH_ALARM_PERIOD_MINUTES = 0.5;
/** A worker that starts may have been stopped mid-flush: look at the outbox soon. */
const FLUSH_AFTER_START_MS = 1000;
const FLUSH_LOCK = 'enrichment-capture-flush';
const BADGE_REFRESH_MS = 500;

const log = createLogger('background');

export default defineBackground({
  // Firefox's MV2 build gets an event page, which the browser may unload like a worker.
  persistent: false,
  main: startBackground,
});

function startBackground(): void {
  let database: Promise<CaptureDatabase> | undefined;
  const db = () => (database ??= openCaptureDatabase());
  readManagedStorageInBackgroundOnly();
  const { scheduleFlush, flushNow } = createFlushScheduler({
    flush: runFlush,
    afterFlush: () => updateBadge(),
    locks: navigator.locks,
    lockName: FLUSH_LOCK,
    // Later retries ride on the alarm, which also wakes a stopped worker.
    maxDelayMs: FLUSH_ALARM_PERIOD_MINUTES * 60_000,
    onError: (error) => log.error('flush failed', error),
  });

  /** One flush with the current settings; `exclusive` when the flush lock is held. */
  async function runFlush(exclusive: boolean): Promise<FlushSummary> {
    const database = await db();
    const settings = await loadSettings(database);
    const summary = await flushOutbox({
      db: database,
      settings,
      maxEvents: settings.maxEventsPerRequest,
      exclusive,
      ...(import.meta.env.MODE === 'testing' ? await testFlushOptions(database) : {}),
    });
    log.debug('flush', summary.outcome, summary.delivered, summary.held, summary.requests);

    return summary;
  }

  async function updateBadge(): Promise<void> {
    const outbox = createOutbox(await db());
    const counts = await outbox.counts();
    const block = await readDeliveryBlock(await db(), await loadSettings(await db()));
    const pending = counts.queued + counts.sending;
    const paused = block !== null && block.reason !== 'not-configured';
    // Firefox's MV2 build has `browserAction` where MV3 has `action`.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ text: paused ? '!' : pending > 0 ? String(pending) : '' });
    await action.setBadgeBackgroundColor({ color: badgeColor(paused, navigator.onLine) });
  }

  let badgeTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Captures come in bursts and the badge counts the whole outbox, so it is refreshed once
   * per burst rather than after every message.
   */
  function refreshBadgeSoon(): void {
    if (badgeTimer !== undefined) return;
    badgeTimer = setTimeout(() => {
      badgeTimer = undefined;
      updateBadge().catch((error: unknown) => log.warn('badge not updated', error));
    }, BADGE_REFRESH_MS);
  }

  /** Only the extension's own pages may talk to the background; content scripts may not. */
  function isExtensionPage(sender: { id?: string; url?: string }): boolean {
    return (
      sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'))
    );
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isExtensionPage(sender)) return undefined;
    if (import.meta.env.MODE === 'testing' && isTestControl(message)) {
      return db().then((database) => saveTestControl(database, message));
    }
    const parsed = backgroundRequestSchema.safeParse(message);
    if (!parsed.success) return Promise.reject(new Error('invalid request to the background'));

    return db().then(async (database) => {
      const answer = await handleBackgroundRequest(parsed.data, {
        db: database,
        outbox: createOutbox(database),
        scheduleFlush,
        flushNow,
        deliveryBlock: (settings) => readDeliveryBlock(database, settings),
        sendTestEvent: (settings) =>
          sendTestEvent(settings, { eventId: crypto.randomUUID(), now: new Date() }),
        settingsChanged: async (settings) => {
          setLogLevel(settings.debug ? 'debug' : 'warn');
          if (await clearPauseIfCredentialChanged(database, settings)) log.info('pause lifted');
        },
        eraseLocalData: () => eraseLocalData(database),
        underFlushLock: async <T>(work: () => Promise<T>) =>
          (await navigator.locks.request(FLUSH_LOCK, work)) as T,
      });
      refreshBadgeSoon();
      return answer;
    });
  });

  /**
   * Deletes all local data under the flush lock (waiting for a flush in progress), so no
   * batch settles back into the emptied outbox. `storage.local` is cleared too, for
   * anything kept there, so the extension starts over as after a fresh install.
   */
  async function eraseLocalData(database: CaptureDatabase) {
    const summary = await navigator.locks.request(FLUSH_LOCK, () => eraseCaptureDatabase(database));
    await browser.storage.local.clear();
    log.info(`all local data deleted (${summary.undelivered} undelivered events)`);

    return summary;
  }

  // A policy change arrives while the browser runs: a new managed key lifts a pause it
  // caused, and delivery tries again with it.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    void db()
      .then(async (database) => {
        if (await clearPauseIfCredentialChanged(database, await loadSettings(database))) {
          log.info('pause lifted by a managed settings change');
        }
        scheduleFlush(0);
        refreshBadgeSoon();
      })
      .catch((error: unknown) => log.warn('managed settings change not applied', error));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FLUSH_ALARM) return;
    void flushNow();
    purgeOldHistory().catch((error: unknown) => log.warn('history not purged', error));
  });

  /** Delivered events leave the local history once they are older than the retention. */
  async function purgeOldHistory(): Promise<void> {
    const database = await db();
    const { retentionDays } = await loadSettings(database);
    const purged = await createOutbox(database).purgeDelivered(
      retentionCutoff(retentionDays, Date.now()),
    );
    if (purged > 0) log.info(`purged ${purged} delivered events past the retention`);
  }
  browser.runtime.onStartup.addListener(() => scheduleFlush(0));
  // `online` only fires while the worker runs; the alarm covers a stopped one.
  globalThis.addEventListener('online', () => {
    scheduleFlush(0);
    refreshBadgeSoon();
  });
  globalThis.addEventListener('offline', () => refreshBadgeSoon());

  // Alarms can vanish across a browser restart, so every worker start makes sure it exists.
  void browser.alarms.get(FLUSH_ALARM).then((alarm) => {
    if (!alarm)
      void browser.alarms.create(FLUSH_ALARM, { periodInMinutes: FLUSH_ALARM_PERIOD_MINUTES });
  });
  scheduleFlush(FLUSH_AFTER_START_MS);
}

/**
 * Lets the settings read the administrator's values (`storage.managed`), kept until a
 * policy change. They are read here, in the background, and nowhere else; the managed key
 * goes only into the Track API request's header.
 */
function readManagedStorageInBackgroundOnly(): void {
  void restrictManagedStorageToExtensionPages();
  let managed: Promise<unknown> | undefined;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') managed = undefined;
  });
  setManagedStorageReader(() => {
    managed ??= browser.storage.managed.get().catch((error: unknown) => {
      // Firefox rejects when no managed storage manifest exists: no policy, not an error.
      managed = undefined;
      throw error;
    });
    return managed;
  });
}

/**
 * Content scripts get the `storage` API, `storage.managed` included, so by default our own
 * content script (running in the page's renderer process) could read a managed API key;
 * a renderer compromised by a hostile page could too. Recent Chromium (checked on 150)
 * accepts `setAccessLevel` on `storage.managed`, which refuses it to content scripts.
 * Where the method is missing or refuses (older Chrome, Firefox), the key stays readable
 * there: our content script never reads it (the architecture test keeps settings out of
 * it), and the README tells fleets to manage only the endpoint if that matters to them.
 */
async function restrictManagedStorageToExtensionPages(): Promise<void> {
  const area = browser.storage.managed as { setAccessLevel?: (options: object) => Promise<void> };
  if (typeof area.setAccessLevel !== 'function') {
    log.info('managed storage stays readable by content scripts in this browser');
    return;
  }
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    log.warn('managed storage stays readable by content scripts in this browser', error);
  }
}

/** Red while delivery is paused, grey while offline, blue while events wait their turn. */
function badgeColor(paused: boolean, online: boolean): string {
  if (paused) return '#b42318';

  return online ? '#0a58ca' : '#5a6270';
}

/** Test build only: a `test.control` message (validated when it is saved). */
function isTestControl(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === 'test.control';
}

/**
 * Test build only: stores the fault suite's knobs so they outlive a worker restart. The
 * module is imported here, behind the build-mode check, so the shipped build carries none
 * of it.
 */
async function saveTestControl(database: CaptureDatabase, message: unknown): Promise<{ ok: true }> {
  const { testControlRequestSchema } = await import('@/lib/background/test-control');
  const request = testControlRequestSchema.parse(message);
  await setValue(database, KV_KEYS.testControl, request.control);

  return { ok: true };
}

/** Test build only: the flush options the stored knobs ask for. */
async function testFlushOptions(database: CaptureDatabase) {
  const { flushOptionsFor, testControlSchema } = await import('@/lib/background/test-control');
  const control = await getValue(database, KV_KEYS.testControl, testControlSchema, {});

  return flushOptionsFor(control, globalThis.fetch.bind(globalThis));
}
