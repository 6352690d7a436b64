import { plural, STATE_LABELS } from '@/lib/history/describe';
import type { HistoryRecord } from '@/lib/history/history-record';
import { MAX_HISTORY_PAGE, type HistoryPage } from '@/lib/messages';
import { outboxStateSchema, type OutboxState } from '@/lib/storage/outbox-record';
import { askBackground } from '@/ui/background-client';
import { required } from '@/ui/dom';
import { confirmDelete } from './confirm-dialog';
import { openEditDialog } from './edit-dialog';
import { renderRow } from './rows';
import { exportHistory, importHistoryFile } from './transfer';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;
/** The page follows delivery (queued → delivered) while it is open, this often at least. */
const REFRESH_MS = 2000;

const searchInput = required<HTMLInputElement>('#search');
const stateSelect = required<HTMLSelectElement>('#state');
const rows = required<HTMLTableSectionElement>('#rows');
const result = required('#result');
const selectPage = required<HTMLInputElement>('#select-page');
const deleteSelected = required<HTMLButtonElement>('#delete-selected');
const importInput = required<HTMLInputElement>('#import-file');

const view = { query: '', state: undefined as OutboxState | undefined, offset: 0 };
const selected = new Set<string>();
let shown: HistoryPage | undefined;
/** What the table shows, so a refresh that changes nothing leaves focus and scroll alone. */
let shownSignature = '';

function report(message: string, kind: 'info' | 'error' = 'info'): void {
  result.textContent = message;
  result.dataset.kind = kind;
}

/** Numbers each load, so an answer overtaken by a newer request is dropped, not drawn. */
let latestLoad = 0;
/** How long the last load took: a large outbox is refreshed less often. */
let lastLoadMs = 0;

async function load(): Promise<void> {
  const ticket = ++latestLoad;
  const started = performance.now();
  const page = await askBackground({
    type: 'history.page',
    query: view.query,
    ...(view.state ? { state: view.state } : {}),
    offset: view.offset,
    limit: PAGE_SIZE,
  });
  lastLoadMs = performance.now() - started;
  if (ticket !== latestLoad) return;
  view.offset = page.offset;
  render(page);
}

function render(page: HistoryPage): void {
  shown = page;
  renderSummary(page);
  const now = Date.now();
  const signature = JSON.stringify([page.total, page.offset, page.records, [...selected]]);
  if (signature !== shownSignature) {
    shownSignature = signature;
    rows.replaceChildren(...page.records.map((record) => renderRow(record, rowActions, now)));
  }
  required('#empty').hidden = page.total > 0;
  const last = Math.min(page.offset + page.records.length, page.total);
  required('#range').textContent =
    page.total === 0 ? '' : `${page.offset + 1}–${last} of ${page.total.toLocaleString('en-US')}`;
  required<HTMLButtonElement>('#previous').disabled = page.offset === 0;
  required<HTMLButtonElement>('#next').disabled = last >= page.total;
  updateSelectionControls();
}

function renderSummary(page: HistoryPage): void {
  const { counts } = page;
  const parts = (Object.keys(STATE_LABELS) as OutboxState[]).map(
    (state) => `${STATE_LABELS[state]} ${counts[state].toLocaleString('en-US')}`,
  );
  required('#summary').textContent = parts.join(' · ');
  for (const option of stateSelect.options) {
    const state = outboxStateSchema.safeParse(option.value);
    const count = state.success ? counts[state.data] : Object.values(counts).reduce(sum, 0);
    const label = state.success ? STATE_LABELS[state.data] : 'All states';
    option.textContent = `${label} (${count.toLocaleString('en-US')})`;
  }
}

const sum = (total: number, count: number) => total + count;

function updateSelectionControls(): void {
  const ids = shown?.records.map((record) => record.id) ?? [];
  const selectedHere = ids.filter((id) => selected.has(id)).length;
  selectPage.checked = ids.length > 0 && selectedHere === ids.length;
  selectPage.indeterminate = selectedHere > 0 && selectedHere < ids.length;
  deleteSelected.disabled = selected.size === 0;
  deleteSelected.textContent =
    selected.size === 0 ? 'Delete selected' : `Delete selected (${selected.size})`;
}

const rowActions = {
  isSelected: (id: string) => selected.has(id),
  onSelect: (id: string, isSelected: boolean) => {
    if (isSelected) selected.add(id);
    else selected.delete(id);
    updateSelectionControls();
  },
  onEdit: (record: HistoryRecord, opener: HTMLButtonElement) =>
    openEditDialog(record, opener, () => {
      report(`Resent: ${record.id} is queued again under the same event id.`);
      void load();
    }),
  onDelete: (record: HistoryRecord, opener: HTMLButtonElement) =>
    void deleteRecords([record.id], opener),
};

async function deleteRecords(ids: string[], opener: HTMLElement): Promise<void> {
  const what = plural(ids.length, 'capture');
  const confirmed = await confirmDelete(
    `Delete ${what} from this browser? This cannot be undone; a capture not yet delivered ` +
      'will not be sent, unless a delivery under way has already sent it.',
    opener,
  );
  if (!confirmed) return;

  const totals = { deleted: 0, sending: 0 };
  for (let start = 0; start < ids.length; start += MAX_HISTORY_PAGE) {
    const chunk = ids.slice(start, start + MAX_HISTORY_PAGE);
    const answer = await askBackground({ type: 'history.delete', ids: chunk });
    totals.deleted += answer.deleted;
    totals.sending += answer.sending;
  }
  for (const id of ids) selected.delete(id);
  const busy = totals.sending > 0 ? ` ${totals.sending} being sent right now were kept.` : '';
  report(`Deleted ${plural(totals.deleted, 'capture')}.${busy}`);
  await load();
}

async function retry(): Promise<void> {
  const { madeDue } = await askBackground({ type: 'history.retry' });
  // A retry cannot lift a pause (a refused key, a wrong endpoint): the page says so.
  const { blocked } = await askBackground({ type: 'status.get' });
  const sending =
    madeDue === 0
      ? 'Sending what is queued now.'
      : `Retrying ${plural(madeDue, 'capture')} now instead of later.`;
  report(blocked ? `${sending} Delivery is paused, though: ${blocked.message}` : sending);
  await load();
}

async function runExport(kind: 'csv' | 'json'): Promise<void> {
  report(`Preparing the ${kind.toUpperCase()} export…`);
  const count = await exportHistory(kind, {
    query: view.query,
    ...(view.state ? { state: view.state } : {}),
  });
  report(`Exported ${plural(count, 'capture')} as ${kind.toUpperCase()}.`);
}

async function runImport(): Promise<void> {
  const file = importInput.files?.[0];
  if (!file) return;
  report(`Importing ${file.name}…`);
  const outcome = await importHistoryFile(file);
  // Cleared so that choosing the same file again imports it again (and skips it all).
  importInput.value = '';
  report(outcome.message, outcome.ok ? 'info' : 'error');
  await load();
}

/** Runs a user action, reporting any failure on the page rather than losing it. */
function guarded(action: () => Promise<void>): () => void {
  return () =>
    void action().catch((error: unknown) =>
      report(`Failed: ${error instanceof Error ? error.message : String(error)}`, 'error'),
    );
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
searchInput.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(
    guarded(async () => {
      view.query = searchInput.value;
      view.offset = 0;
      await load();
    }),
    SEARCH_DELAY_MS,
  );
});
required('#filters').addEventListener('submit', (event) => event.preventDefault());
stateSelect.addEventListener(
  'change',
  guarded(async () => {
    const state = outboxStateSchema.safeParse(stateSelect.value);
    view.state = state.success ? state.data : undefined;
    view.offset = 0;
    await load();
  }),
);
selectPage.addEventListener('change', () => {
  for (const record of shown?.records ?? []) {
    if (selectPage.checked) selected.add(record.id);
    else selected.delete(record.id);
  }
  shownSignature = '';
  if (shown) render(shown);
});
deleteSelected.addEventListener(
  'click',
  guarded(() => deleteRecords([...selected], deleteSelected)),
);
required('#retry').addEventListener('click', guarded(retry));
required('#export-csv').addEventListener(
  'click',
  guarded(() => runExport('csv')),
);
required('#export-json').addEventListener(
  'click',
  guarded(() => runExport('json')),
);
importInput.addEventListener('change', guarded(runImport));
required('#previous').addEventListener(
  'click',
  guarded(async () => {
    view.offset = Math.max(0, view.offset - PAGE_SIZE);
    await load();
  }),
);
required('#next').addEventListener(
  'click',
  guarded(async () => {
    view.offset += PAGE_SIZE;
    await load();
  }),
);

/**
 * Follows delivery, but never redraws under an open dialog. The pause grows with the time a
 * load takes, so a history of many thousands of captures does not keep the background busy.
 */
function refreshQuietly(): void {
  const next = () => setTimeout(refreshQuietly, Math.max(REFRESH_MS, lastLoadMs * 5));
  if (document.hidden || document.querySelector('dialog[open]')) return void next();
  load()
    .catch(() => undefined)
    .finally(next);
}

setTimeout(refreshQuietly, REFRESH_MS);
guarded(load)();
