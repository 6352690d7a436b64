import type { HistoryRecord } from '../../../lib/history/history-record';

/** The time every sample record was captured at (2024-10-21T12:30:08.276Z). */
export const CAPTURED_AT = Date.parse('2024-10-21T12:30:08.276Z');

/** A history record of an invented person, delivered unless told otherwise. */
export function historyRecord(overrides: Partial<HistoryRecord> = {}): HistoryRecord {
  const id = overrides.id ?? crypto.randomUUID();

  return {
    id,
    state: 'delivered',
    event: {
      event_name: 'user_enriched',
      user_id: 'linkedin:ines-moreau',
      timestamp: '2024-10-21T12:30:08.276Z',
      properties: {
        enrichment_active_at: '2024-10-21T12:30:08.276Z',
        enrichment_inactive_at: '',
        enrichment_full_name: 'Inès Moreau',
        enrichment_employment_title: 'Platform Lead',
        enrichment_employment_name: 'Quayside Works',
        enrichment_phone: ['+48125550123', '+48125550124'],
      },
      context: { group_id: 'quayside-works', event_id: id, source: 'enrichment-capture' },
    },
    createdAt: CAPTURED_AT,
    attempts: 1,
    nextAttemptAt: CAPTURED_AT,
    responseId: 'resp-0001',
    warnings: [],
    deliveredAt: CAPTURED_AT + 2000,
    ...overrides,
  };
}

/** Reads RFC 4180 text back into rows, for checking what a spreadsheet would see. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }

  return rows;
}
