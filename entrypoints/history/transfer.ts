import { historyToCsv } from '@/lib/history/csv-export';
import { describeImport } from '@/lib/history/describe';
import { parseHistoryFile, toHistoryExport, type ExportedRecord } from '@/lib/history/export-file';
import { MAX_IMPORT_CHUNK, type BackgroundRequest } from '@/lib/messages';
import type { OutboxState } from '@/lib/storage/outbox-record';
import { askBackground } from '@/ui/background-client';

/** Which captures an export holds: those the page's search and state filter show. */
export interface ExportFilter {
  query: string;
  state?: OutboxState;
}

/** Exports the matching captures as a CSV or JSON file download; resolves how many. */
export async function exportHistory(kind: 'csv' | 'json', filter: ExportFilter): Promise<number> {
  const request: BackgroundRequest = { type: 'history.export', ...filter };
  const { records } = await askBackground(request);
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  const blob =
    kind === 'csv'
      ? new Blob([historyToCsv(records)], { type: 'text/csv;charset=utf-8' })
      : new Blob([JSON.stringify(toHistoryExport(records, now), null, 2)], {
          type: 'application/json',
        });
  download(blob, `enrichment-capture-history-${day}.${kind}`);

  return records.length;
}

/** Saves a file through a temporary link: no `downloads` permission is needed. */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is no longer needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The outcome of an import, as the page reports it. */
export type ImportOutcome = { ok: true; message: string } | { ok: false; message: string };

/** Imports a JSON export: checked here, then sent to the background in chunks. */
export async function importHistoryFile(file: File): Promise<ImportOutcome> {
  const parsed = parseHistoryFile(await file.text());
  if (!parsed.ok) return { ok: false, message: `Nothing imported: ${parsed.error}.` };

  const totals = { restored: 0, requeued: 0, skipped: 0 };
  const expiring = { count: 0, retentionDays: 0 };
  for (const chunk of chunks(parsed.records, MAX_IMPORT_CHUNK)) {
    const result = await askBackground({ type: 'history.import', records: chunk });
    totals.restored += result.restored;
    totals.requeued += result.requeued;
    totals.skipped += result.skipped;
    expiring.count += result.expiring;
    expiring.retentionDays = result.retentionDays;
  }

  return { ok: true, message: describeImport({ ...totals, refused: parsed.refused, expiring }) };
}

function chunks(records: ExportedRecord[], size: number): ExportedRecord[][] {
  const result: ExportedRecord[][] = [];
  for (let start = 0; start < records.length; start += size) {
    result.push(records.slice(start, start + size));
  }

  return result;
}
