import { mkdtempSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { buildUserEnrichedEvent } from '../../lib/capture/build-event';
import type { UserEnrichedEvent } from '../../lib/contract/event';
import type { EditableKey } from '../../lib/capture/fields';
import { toHistoryExport } from '../../lib/history/export-file';
import type { HistoryRecord } from '../../lib/history/history-record';
import { createReceiver, type Receiver } from '../../server/receiver';
import { findChromium } from '../../scripts/chromium';
import {
  configureThroughOptionsPage,
  launchWithExtension,
  routeSamplePages,
  sendFromExtensionPage,
  type ExtensionPageGlobal,
} from '../../scripts/extension-browser';
import { expect, test } from './fixtures';

/** The receiver refuses this user_id, as the real API refuses events for reasons of its own. */
const REFUSED_USER_ID = 'history-e2e:refused-on-purpose';
const REFUSAL = 'this user_id is refused on purpose';
const PROFILE_URL = 'http://127.0.0.1/history-e2e/profile';
const TOKEN = 'history-e2e-token-0123456789';

/** A local receiver that refuses one user_id and can be switched to failing. */
interface RefusingReceiver {
  receiver: Receiver;
  endpoint: string;
  stored(): Array<Record<string, any>>;
}

const historyTest = test.extend<{ refusing: RefusingReceiver }>({
  refusing: async ({}, use) => {
    const receiver = createReceiver({
      port: 0,
      token: TOKEN,
      dbPath: ':memory:',
      refuseEvent: (event) => (event.user_id === REFUSED_USER_ID ? REFUSAL : undefined),
    });
    const { url } = await receiver.start();
    await use({
      receiver,
      endpoint: `${url}/api/track`,
      stored: () => receiver.store.storedEvents() as Array<Record<string, any>>,
    });
    await receiver.close();
  },
});

historyTest.setTimeout(120_000);

/** An invented person's capture. */
function person(userId: string, values: Partial<Record<EditableKey, string>>): UserEnrichedEvent {
  return buildUserEnrichedEvent(
    { userId, groupId: 'north-quay-labs', values },
    randomUUID(),
    new Date(),
  );
}

const PEOPLE = {
  ana: person('history-e2e:ana', {
    enrichment_full_name: 'Ana Beltrán Oyelaran',
    enrichment_employment_title: 'Head of "Data", Platform',
    enrichment_employment_name: 'North Quay Labs',
    enrichment_phone: '+48125550123\n+48125550124',
    enrichment_city: 'Kraków',
  }),
  tomas: person('history-e2e:tomas', {
    enrichment_full_name: 'Tomas Ferreira-Lind',
    // A value a spreadsheet would run as a formula if the export did not neutralise it.
    enrichment_employment_title: '=HYPERLINK("http://127.0.0.1/x","click")',
    enrichment_employment_name: 'Quayside Works',
  }),
  mei: person('history-e2e:mei', {
    enrichment_full_name: 'Mei Okonkwo',
    enrichment_employment_title: 'Staff Engineer',
    enrichment_employment_name: 'North Quay Labs',
  }),
  refused: person(REFUSED_USER_ID, {
    enrichment_full_name: 'Rafa Held Example',
    enrichment_employment_title: 'Analyst',
    enrichment_employment_name: 'Quayside Works',
  }),
  waiting: person('history-e2e:waiting', {
    enrichment_full_name: 'Wen Queued Example',
    enrichment_employment_name: 'North Quay Labs',
  }),
};

const eventId = (event: UserEnrichedEvent) => event.context!.event_id!;

/** Saves captures through the background's real entry point, as the popup does. */
async function capture(page: Page, events: UserEnrichedEvent[]): Promise<void> {
  for (const event of events) {
    const answer = await sendFromExtensionPage<{ ok: boolean }>(page, {
      type: 'capture.save',
      event,
      profileUrl: PROFILE_URL,
    });
    expect(answer.ok).toBe(true);
  }
}

async function openHistory(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/history.html`);
  await expect(page.locator('#summary')).toContainText('Queued');

  return page;
}

const row = (page: Page, event: UserEnrichedEvent) =>
  page.locator(`tr[data-id="${eventId(event)}"]`);

async function downloadText(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await (await download).path();

  return readFileSync(file, 'utf8');
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import a JSON export').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

historyTest(
  'history exports to CSV and JSON and re-imports into a fresh profile without duplicates',
  async ({ context, extensionId, refusing }) => {
    await configureThroughOptionsPage(context, extensionId, refusing.endpoint, TOKEN);
    const page = await openHistory(context, extensionId);

    await capture(page, [PEOPLE.ana, PEOPLE.tomas, PEOPLE.mei, PEOPLE.refused]);
    await expect.poll(() => refusing.stored().length, { timeout: 20_000 }).toBe(3);
    await expect(row(page, PEOPLE.refused)).toHaveAttribute('data-state', 'held');
    await expect(row(page, PEOPLE.refused)).toContainText(`HTTP 400`);
    await expect(row(page, PEOPLE.refused)).toContainText(REFUSAL);
    await expect(row(page, PEOPLE.ana)).toHaveAttribute('data-state', 'delivered');
    await expect(row(page, PEOPLE.ana)).toContainText(/response_id [0-9a-f-]{36}/);

    // The API answers 503 with a ten-minute Retry-After: the capture waits in the queue.
    refusing.receiver.setFaults({
      rules: [{ kind: 'status', status: 503, retryAfterSeconds: 600, rate: 1 }],
    });
    await capture(page, [PEOPLE.waiting]);
    await expect(row(page, PEOPLE.waiting)).toContainText('Next try in', { timeout: 20_000 });

    const csv = await downloadText(page, 'Export CSV');
    const json = await downloadText(page, 'Export JSON');
    await page.screenshot({ path: 'docs/screenshots/history.png', fullPage: true });

    expect(csv.startsWith('\uFEFFstate,event_id,event_name,user_id,group_id,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5 + 2); // header, five captures, and the final line break
    const header = lines[0]!.split(',');
    expect(header).toEqual(
      expect.arrayContaining(['response_id', 'held_reason', 'enrichment_phone']),
    );
    // Quoted for the "; " that joins the phones: many locales split cells at ";".
    expect(csv).toContain(`,"'+48125550123; +48125550124",`);
    expect(csv).toContain(`"'=HYPERLINK(""http://127.0.0.1/x"",""click"")"`);
    expect(csv).toContain('"Head of ""Data"", Platform"');
    expect(csv).toContain('Kraków');
    const anaLine = lines.find((line) => line.includes(eventId(PEOPLE.ana)))!;
    expect(anaLine.startsWith('delivered,')).toBe(true);

    const exported = JSON.parse(json) as { records: Array<Record<string, any>> };
    const states = Object.fromEntries(exported.records.map((record) => [record.id, record]));
    expect(exported.records).toHaveLength(5);
    expect(states[eventId(PEOPLE.mei)]).toMatchObject({ state: 'delivered' });
    expect(states[eventId(PEOPLE.mei)]!.responseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(states[eventId(PEOPLE.refused)]).toMatchObject({ state: 'held', heldStatus: 400 });
    expect(states[eventId(PEOPLE.waiting)]).toMatchObject({ state: 'queued' });

    // Retry now: the capture no longer waits out its ten minutes.
    refusing.receiver.setFaults(null);
    await page.getByRole('button', { name: 'Retry now' }).click();
    await expect(page.locator('#result')).toContainText('Retrying 1 capture now instead of later.');
    await expect(row(page, PEOPLE.waiting)).toHaveAttribute('data-state', 'delivered', {
      timeout: 20_000,
    });
    expect(refusing.stored()).toHaveLength(4);
    await context.close();

    // A fresh profile gets the history back: delivered stays delivered, held stays held,
    // and the capture that was queued is sent again under its event id.
    const fresh = await launchFreshProfile();
    try {
      await configureThroughOptionsPage(fresh.context, fresh.extensionId, refusing.endpoint, TOKEN);
      const restored = await openHistory(fresh.context, fresh.extensionId);
      await importFile(restored, 'history.json', json);
      await expect(restored.locator('#result')).toHaveText(
        'Imported 5 captures: 4 restored as history, 1 queued for delivery. ' +
          '0 captures already here, skipped.',
      );
      await expect(row(restored, PEOPLE.ana)).toHaveAttribute('data-state', 'delivered');
      await expect(row(restored, PEOPLE.ana)).toContainText(
        states[eventId(PEOPLE.ana)]!.responseId,
      );
      await expect(row(restored, PEOPLE.refused)).toHaveAttribute('data-state', 'held');
      await expect(row(restored, PEOPLE.waiting)).toHaveAttribute('data-state', 'delivered', {
        timeout: 20_000,
      });

      await importFile(restored, 'history.json', json);
      await expect(restored.locator('#result')).toHaveText(
        'Imported 0 captures: 0 restored as history, 0 queued for delivery. ' +
          '5 captures already here, skipped.',
      );
      await expect(restored.locator('#summary')).toHaveText(
        'Queued 0 · Sending 0 · Delivered 4 · Held back 1',
      );
      await expect(restored.locator('#rows tr')).toHaveCount(5);
      // The receiver recognised the resent capture by its event id: still one of each.
      expect(refusing.stored()).toHaveLength(4);

      await importFile(restored, 'not-an-export.json', '{"records": oops');
      await expect(restored.locator('#result')).toContainText(
        'Nothing imported: the file is not JSON',
      );
      await expect(restored.locator('#result')).toHaveAttribute('data-kind', 'error');
    } finally {
      await fresh.context.close();
    }
  },
);

historyTest(
  'a held-back event edited and resent is delivered under its event id',
  async ({ context, extensionId, refusing }) => {
    await configureThroughOptionsPage(context, extensionId, refusing.endpoint, TOKEN);
    const page = await openHistory(context, extensionId);
    await capture(page, [PEOPLE.mei, PEOPLE.refused]);
    await expect(row(page, PEOPLE.refused)).toHaveAttribute('data-state', 'held', {
      timeout: 20_000,
    });

    await page.getByLabel('Search').fill('rafa held');
    await expect(page.locator('#rows tr')).toHaveCount(1);
    await page.getByRole('button', { name: 'Edit and resend Rafa Held Example' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit and resend' });
    await expect(dialog.getByLabel('user_id')).toHaveValue(REFUSED_USER_ID);
    await expect(dialog).toContainText(REFUSAL);

    const dialogScan = await new AxeBuilder({ page }).include('#edit').analyze();
    expect(dialogScan.violations.map((violation) => violation.id)).toEqual([]);
    await dialog.getByLabel('Country code').fill('not a code');
    await dialog.getByLabel('Active at', { exact: true }).fill('yesterday');
    await dialog.getByRole('button', { name: 'Resend' }).click();
    await expect(dialog.getByLabel('Active at', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(dialog.getByLabel('Active at', { exact: true })).toBeFocused();
    await dialog
      .getByLabel('Active at', { exact: true })
      .fill(PEOPLE.refused.properties!.enrichment_active_at!);
    await dialog.getByLabel('Country code').fill('PT');
    await dialog.getByLabel('user_id').fill('history-e2e:rafa-corrected');
    await dialog.getByRole('button', { name: 'Resend' }).click();

    await expect(dialog).toBeHidden();
    await expect(row(page, PEOPLE.refused)).toHaveAttribute('data-state', 'delivered', {
      timeout: 20_000,
    });
    const resent = refusing
      .stored()
      .find((event) => event.user_id === 'history-e2e:rafa-corrected');
    expect(resent).toMatchObject({
      context: { event_id: eventId(PEOPLE.refused), group_id: 'north-quay-labs' },
      properties: { enrichment_full_name: 'Rafa Held Example', enrichment_country_code: 'PT' },
    });
    expect(refusing.stored()).toHaveLength(2);

    const scan = await new AxeBuilder({ page }).analyze();
    expect(scan.violations.map((violation) => violation.id)).toEqual([]);

    // Delete asks first; Escape cancels, the confirm button deletes.
    await page.getByLabel('Search').fill('');
    const deleteMei = page.getByRole('button', { name: 'Delete Mei Okonkwo' });
    await deleteMei.click();
    const confirm = page.getByRole('dialog', { name: 'Delete captures?' });
    await expect(confirm).toContainText('Delete 1 capture from this browser?');
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(deleteMei).toBeFocused();
    await expect(row(page, PEOPLE.mei)).toHaveCount(1);
    await deleteMei.press('Enter');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator('#result')).toHaveText('Deleted 1 capture.');
    await expect(row(page, PEOPLE.mei)).toHaveCount(0);
    await expect(page.locator('#summary')).toHaveText(
      'Queued 0 · Sending 0 · Delivered 1 · Held back 0',
    );
  },
);

historyTest(
  'an outbox of 10,000 captures is searched and paged without freezing the page',
  async ({ context, extensionId }) => {
    const page = await openHistory(context, extensionId);
    const file = JSON.stringify(toHistoryExport(manyDeliveredRecords(10_000), new Date()));

    const importStarted = Date.now();
    await importFile(page, 'large.json', file);
    await expect(page.locator('#result')).toContainText('Imported 10,000 captures', {
      timeout: 90_000,
    });
    const importMs = Date.now() - importStarted;
    await expect(page.locator('#range')).toHaveText('1–50 of 10,000');

    const searchStarted = Date.now();
    await page.getByLabel('Search').fill(`person ${nameCode(4321)}`);
    await expect(page.locator('#range')).toHaveText('1–1 of 1');
    const searchMs = Date.now() - searchStarted;
    const pageMs = await page.evaluate(async () => {
      const started = performance.now();
      const { chrome } = globalThis as unknown as ExtensionPageGlobal;
      await chrome.runtime.sendMessage({ type: 'history.page', query: '', offset: 0, limit: 50 });
      return performance.now() - started;
    });
    await page.getByLabel('Search').fill('');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.locator('#range')).toHaveText('51–100 of 10,000');
    await expect(page.locator('#rows tr')).toHaveCount(50);

    // Figures, not limits: the machine running the tests is shared and its speed varies.
    test.info().annotations.push({
      type: 'history-10k',
      description:
        `import_ms=${importMs} search_to_rows_ms=${searchMs} ` +
        `page_answer_ms=${Math.round(pageMs)}`,
    });
  },
);

/**
 * A unique four-letter word for a number, from letters that never occur in the ids (hex), so
 * a search for it finds one capture.
 */
function nameCode(index: number): string {
  const letters = 'ghjkmnpqrstuvwxyz';
  const digits = [0, 1, 2, 3].map(
    (place) => Math.floor(index / letters.length ** place) % letters.length,
  );

  return digits.map((digit) => letters[digit]).join('');
}

/** Delivered captures of invented people, as an export of another profile would hold. */
function manyDeliveredRecords(count: number): HistoryRecord[] {
  // Recent: delivered captures past the retention (30 days) leave at the next clean-up.
  const capturedAt = Date.now() - count * 1000;

  return Array.from({ length: count }, (_, index) => {
    const event = person(`history-e2e:person-${index}`, {
      enrichment_full_name: `Person ${nameCode(index)} Example`,
      enrichment_employment_title: index % 2 === 0 ? 'Data Engineer' : 'Account Executive',
      enrichment_employment_name: `Example Company ${index % 40}`,
      enrichment_city: 'Lisbon',
    });
    return {
      id: eventId(event),
      state: 'delivered',
      event,
      createdAt: capturedAt + index * 1000,
      attempts: 1,
      nextAttemptAt: capturedAt,
      responseId: randomUUID(),
      warnings: [],
      deliveredAt: capturedAt + index * 1000 + 500,
    } satisfies HistoryRecord;
  });
}

historyTest('the popup and the options page open the history', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('link', { name: 'History and outbox' }).click();
  await expect(options).toHaveURL(/\/history\.html$/);
  await expect(options.getByRole('heading', { name: 'History and outbox' })).toBeVisible();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page');
  await popup.getByRole('link', { name: 'History' }).click();
  const history = await opened;
  await expect(history).toHaveURL(/\/history\.html$/);
  await expect(history.getByRole('heading', { name: 'History and outbox' })).toBeVisible();
});

/** A second browser on a new profile, with the built extension. */
async function launchFreshProfile() {
  const executablePath = process.env.CHROME_PATH ?? findChromium();
  if (!executablePath) throw new Error('no Chromium: run the tests through npm test');
  const launched = await launchWithExtension({
    executablePath,
    headless: true,
    profileDir: mkdtempSync(join(tmpdir(), 'history-e2e-fresh-')),
  });
  await routeSamplePages(launched.context, []);

  return launched;
}
