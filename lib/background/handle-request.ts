import type {
  BackgroundRequest,
  BackgroundResponse,
  DeliveryStatus,
  TestResult,
} from '../messages';
import type { CompanyExtraction, PersonExtraction } from '../extract/types';
import { proposeProperties } from '../normalize/propose';
import { proposeCompanyProperties } from '../normalize/propose-company';
import type { Settings } from '../settings';
import type { CaptureDatabase } from '../storage/database';
import { eraseCaptureDatabase, type EraseSummary } from '../storage/erase';
import { StorageFullError } from '../storage/errors';
import type { Outbox } from '../storage/outbox';
import { loadSettings } from '../storage/settings-store';
import { listAccounts, readCapturerId, recordAccount } from './accounts-store';
import { recallLastCapture, recordCapture } from './capture-history';
import { discardDraft, readDraft, saveDraft } from './drafts';
import {
  deleteHistory,
  exportHistory,
  importHistory,
  readHistoryPage,
  resendHeld,
  retryNow,
} from './history';
import { recallProfile, rememberProfile } from './profile-memory';
import { describeSettings, updateSettings } from './settings-requests';

/** Delay between a capture and its delivery, so a burst of captures shares one request. */
export const FLUSH_AFTER_CAPTURE_MS = 3000;

/** What the background offers the request handler; the entrypoint wires the real ones. */
export interface BackgroundServices {
  db: CaptureDatabase;
  outbox: Outbox;
  /** Asks for a flush after `delayMs`; several asks collapse into one. */
  scheduleFlush(delayMs: number): void;
  /** Runs a flush now and resolves when it ends. */
  flushNow(): Promise<void>;
  /** Why delivery is not happening, if it is not. */
  deliveryBlock(settings: Settings): Promise<DeliveryStatus['blocked']>;
  /** Sends one test event straight to the endpoint, outside the outbox. */
  sendTestEvent(settings: Settings): Promise<TestResult>;
  /** Called after the settings changed, e.g. to lift a pause caused by a bad credential. */
  settingsChanged(settings: Settings): Promise<void>;
  /**
   * Deletes all local data (`data.deleteAll`); default: empties the database. The
   * background adds the flush lock, so that no flush in progress writes a record back.
   */
  eraseLocalData?(): Promise<EraseSummary>;
  /**
   * Runs `work` once no flush is running (the flush lock); default: at once. A flush holding
   * the lock keeps its batch's lease in memory, so records it is sending still look queued.
   */
  underFlushLock?<T>(work: () => Promise<T>): Promise<T>;
}

type Handlers = {
  [T in BackgroundRequest['type']]: (
    request: Extract<BackgroundRequest, { type: T }>,
    services: BackgroundServices,
  ) => Promise<BackgroundResponse<T>>;
};

const handlers: Handlers = {
  'capture.save': async (request, services) => {
    try {
      // The answer waits for the committed write: "Saved" means it survives a restart.
      const state = await services.outbox.enqueue(request.event);
      await rememberProfile(services.db, request.profileUrl, {
        userId: request.event.user_id,
        groupId: request.event.context?.group_id,
      });
      await recordCapture(services.db, request.profileUrl, request.event);
      services.scheduleFlush(FLUSH_AFTER_CAPTURE_MS);
      return { ok: true, state };
    } catch (error) {
      if (error instanceof StorageFullError) return { ok: false, error: error.message };
      throw error;
    }
  },
  'capture.propose': async ({ extraction }) =>
    // The schema checked the shape the extractors give; their types are narrower per field.
    extraction.kind === 'person'
      ? proposeProperties(extraction as PersonExtraction)
      : proposeCompanyProperties(extraction as CompanyExtraction),
  'status.get': (_request, services) => readStatus(services),
  'profile.memory': async (request, services) => {
    const [memory, settings] = await Promise.all([
      recallProfile(services.db, request.profileUrl),
      loadSettings(services.db),
    ]);

    return { ...memory, defaultGroupId: settings.defaultGroupId || undefined };
  },
  'profile.history': async (request, services) => {
    const last = await recallLastCapture(services.db, request.profileUrl);

    return last ? { lastCapturedAt: last.capturedAt, lastProperties: last.properties } : null;
  },
  'settings.get': (_request, services) => describeSettings(services.db),
  'settings.save': async (request, services) => {
    const update = await updateSettings(services.db, request);
    if (!update.ok) return update;
    await services.settingsChanged(update.settings);
    services.scheduleFlush(0);
    return { ok: true };
  },
  'delivery.test': async (_request, services) =>
    services.sendTestEvent(await loadSettings(services.db)),
  'delivery.flush': async (_request, services) => {
    await services.flushNow();
    return readStatus(services);
  },
  'draft.save': async (request, services) => {
    const { values, userId, groupId } = request;
    await saveDraft(services.db, request.profileUrl, { values, userId, groupId });
    return { ok: true };
  },
  'draft.get': (request, services) => readDraft(services.db, request.profileUrl),
  'draft.discard': async (request, services) => {
    await discardDraft(services.db, request.profileUrl);
    return { ok: true };
  },
  'data.deleteAll': async (_request, services) => {
    const erase = services.eraseLocalData ?? (() => eraseCaptureDatabase(services.db));
    const { undelivered } = await erase();
    return { ok: true, undelivered };
  },
  'account.save': async (request, services) => {
    try {
      // As for a person: the answer waits for the committed write.
      const state = await services.outbox.enqueue(request.event);
      await recordAccount(services.db, request.profileUrl, request.event);
      services.scheduleFlush(FLUSH_AFTER_CAPTURE_MS);
      return { ok: true, state };
    } catch (error) {
      if (error instanceof StorageFullError) return { ok: false, error: error.message };
      throw error;
    }
  },
  'accounts.list': async (_request, services) => {
    const [accounts, capturerId] = await Promise.all([
      listAccounts(services.db),
      readCapturerId(services.db),
    ]);
    return { accounts, capturerId };
  },
  'history.page': readHistoryPage,
  'history.export': exportHistory,
  'history.retry': (_request, services) => retryNow(services),
  // A deleted record that a flush is sending would be written back when the flush settles it.
  'history.delete': (request, services) =>
    services.underFlushLock
      ? services.underFlushLock(() => deleteHistory(request, services))
      : deleteHistory(request, services),
  'history.resend': resendHeld,
  'history.import': importHistory,
};

async function readStatus(services: BackgroundServices): Promise<DeliveryStatus> {
  const settings = await loadSettings(services.db);
  const [counts, blocked] = await Promise.all([
    services.outbox.counts(),
    services.deliveryBlock(settings),
  ]);

  return { counts, blocked };
}

/** Answers one validated request from an extension page. */
export function handleBackgroundRequest<T extends BackgroundRequest>(
  request: T,
  services: BackgroundServices,
): Promise<BackgroundResponse<T['type']>> {
  const handler = handlers[request.type] as (
    request: T,
    services: BackgroundServices,
  ) => Promise<BackgroundResponse<T['type']>>;

  return handler(request, services);
}
