import { describe, expect, it } from 'vitest';
import {
  HISTORY_EXPORT_FORMAT,
  parseHistoryFile,
  restoreRecord,
  toHistoryExport,
  type ExportedRecord,
} from '../../../lib/history/export-file';
import { readOutboxRecord } from '../../../lib/storage/outbox-record';
import { CAPTURED_AT, historyRecord } from './history-records';

const EXPORTED_AT = new Date('2024-11-02T09:00:00.000Z');
const NOW = Date.parse('2024-11-03T10:00:00.000Z');

function exportText(records = [historyRecord()]): string {
  return JSON.stringify(toHistoryExport(records, EXPORTED_AT));
}

function parsedRecords(text: string): ExportedRecord[] {
  const parsed = parseHistoryFile(text);
  if (!parsed.ok) throw new Error(parsed.error);

  return parsed.records;
}

describe('toHistoryExport', () => {
  it('says what it is and writes times as ISO-8601', () => {
    const record = historyRecord();

    const file = toHistoryExport([record], EXPORTED_AT);

    expect(file).toMatchObject({
      format: HISTORY_EXPORT_FORMAT,
      version: 1,
      exportedAt: '2024-11-02T09:00:00.000Z',
    });
    expect(file.records[0]).toEqual({
      id: record.id,
      state: 'delivered',
      event: record.event,
      capturedAt: '2024-10-21T12:30:08.276Z',
      attempts: 1,
      responseId: 'resp-0001',
      warnings: [],
      deliveredAt: '2024-10-21T12:30:10.276Z',
    });
  });
});

describe('parseHistoryFile', () => {
  it('reads back what an export wrote', () => {
    const records = [historyRecord(), historyRecord({ state: 'queued', responseId: undefined })];

    const parsed = parseHistoryFile(exportText(records));

    expect(parsed).toEqual({
      ok: true,
      records: toHistoryExport(records, EXPORTED_AT).records,
      refused: [],
    });
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(parsedRecords(`\uFEFF${exportText()}`)).toHaveLength(1);
  });

  it('says clearly when the file is not JSON', () => {
    const parsed = parseHistoryFile('{"records": oops');

    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^the file is not JSON \(/);
  });

  it.each([
    ['an array', '[]'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, records: [] })],
    ['records that are not a list', JSON.stringify({ format: HISTORY_EXPORT_FORMAT, records: 3 })],
    ['null', 'null'],
  ])('says the file is not an export when it is %s', (_case, text) => {
    const parsed = parseHistoryFile(text);

    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/not an Enrichment Capture history export/);
  });

  it('refuses a file of a newer version rather than misread it', () => {
    const text = JSON.stringify({ ...JSON.parse(exportText()), version: 2 });

    const parsed = parseHistoryFile(text);

    expect(!parsed.ok && parsed.error).toBe(
      'the file is a version 2 export; this version reads version 1',
    );
  });

  it('refuses bad records one by one, saying where, and keeps the good ones', () => {
    const file = JSON.parse(exportText([historyRecord(), historyRecord(), historyRecord()]));
    file.records[1].event.properties.enrichment_phone = '+48125550123';
    file.records[2].id = 'not-the-event-id';
    file.records.push('not a record');

    const parsed = parseHistoryFile(JSON.stringify(file));

    expect(parsed.ok && parsed.records.map((record) => record.id)).toEqual([file.records[0].id]);
    expect(parsed.ok && parsed.refused).toEqual([
      {
        index: 1,
        id: file.records[1].id,
        reason: expect.stringContaining('event.properties.enrichment_phone:'),
      },
      { index: 2, id: 'not-the-event-id', reason: 'id: is not the event’s event_id' },
      { index: 3, reason: expect.stringContaining('(record):') },
    ]);
  });

  it('refuses a delivered record without its response id and a held one without a reason', () => {
    const delivered = historyRecord({ responseId: undefined });
    const held = historyRecord({ state: 'held', responseId: undefined });

    const parsed = parseHistoryFile(exportText([delivered, held]));

    expect(parsed.ok && parsed.refused.map((entry) => entry.reason)).toEqual([
      'responseId: a delivered event has one',
      'heldReason: a held event has one',
    ]);
  });
});

describe('restoreRecord', () => {
  it('keeps a delivered capture delivered with its response id', () => {
    const [exported] = parsedRecords(exportText());

    const record = restoreRecord(exported!, NOW);

    expect(readOutboxRecord(record).ok).toBe(true);
    expect(record).toMatchObject({
      id: exported!.id,
      state: 'delivered',
      responseId: 'resp-0001',
      createdAt: CAPTURED_AT,
      deliveredAt: CAPTURED_AT + 2000,
      attempts: 1,
    });
  });

  it('keeps a held capture held with its reason and status', () => {
    const held = historyRecord({
      state: 'held',
      responseId: undefined,
      deliveredAt: undefined,
      heldReason: 'refused',
      heldStatus: 400,
      heldAt: CAPTURED_AT + 5000,
    });
    const [exported] = parsedRecords(exportText([held]));

    const record = restoreRecord(exported!, NOW);

    expect(readOutboxRecord(record).ok).toBe(true);
    expect(record).toMatchObject({ state: 'held', heldReason: 'refused', heldStatus: 400 });
    expect(record.heldAt).toBe(CAPTURED_AT + 5000);
  });

  it.each(['queued', 'sending'] as const)('queues a %s capture again, due now', (state) => {
    const waiting = historyRecord({
      state,
      responseId: undefined,
      deliveredAt: undefined,
      attempts: 4,
      nextAttemptAt: NOW + 60_000,
    });
    const [exported] = parsedRecords(exportText([waiting]));

    const record = restoreRecord(exported!, NOW);

    expect(readOutboxRecord(record).ok).toBe(true);
    expect(record).toMatchObject({ state: 'queued', nextAttemptAt: NOW, attempts: 0 });
    expect(record.createdAt).toBe(CAPTURED_AT);
    expect(record).not.toHaveProperty('leaseToken');
  });
});
