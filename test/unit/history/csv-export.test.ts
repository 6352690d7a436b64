import { describe, expect, it } from 'vitest';
import { GROUP_ENRICHED_KEYS, USER_ENRICHED_KEYS } from '../../../lib/contract/event';
import { historyTable, historyToCsv } from '../../../lib/history/csv-export';
import { historyRecord, parseCsv } from './history-records';

function cellsByHeader(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));

  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!])));
}

describe('historyToCsv', () => {
  it('writes one row per capture and one column per field', () => {
    const delivered = historyRecord();
    const held = historyRecord({
      state: 'held',
      responseId: undefined,
      deliveredAt: undefined,
      heldReason: 'event 0: user_id, is "refused"',
      heldStatus: 400,
      heldAt: Date.parse('2024-10-21T13:00:00.000Z'),
    });

    const rows = cellsByHeader(historyToCsv([delivered, held]));

    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      state: 'delivered',
      event_id: delivered.id,
      event_name: 'user_enriched',
      user_id: 'linkedin:ines-moreau',
      group_id: 'quayside-works',
      captured_at: '2024-10-21T12:30:08.276Z',
      delivered_at: '2024-10-21T12:30:10.276Z',
      response_id: 'resp-0001',
      held_reason: '',
      enrichment_full_name: 'Inès Moreau',
      enrichment_employment_title: 'Platform Lead',
      enrichment_phone: "'+48125550123; +48125550124",
      'context.source': 'enrichment-capture',
    });
    expect(rows[1]).toMatchObject({
      state: 'held',
      response_id: '',
      held_status: '400',
      held_reason: 'event 0: user_id, is "refused"',
      held_at: '2024-10-21T13:00:00.000Z',
    });
  });

  it('has a column for every documented property, people’s and accounts’', () => {
    const { header } = historyTable([historyRecord()]);

    expect(header).toEqual(expect.arrayContaining([...USER_ENRICHED_KEYS, ...GROUP_ENRICHED_KEYS]));
    expect(new Set(header).size).toBe(header.length);
  });

  it('gives an account its own columns, lists joined and objects as JSON', () => {
    const account = historyRecord({
      event: {
        event_name: 'group_enriched',
        user_id: 'captured-by',
        timestamp: '2024-10-21T12:30:08.276Z',
        properties: {
          enrichment_name: 'Quayside Works',
          enrichment_employees: 120,
          enrichment_tags: ['logistics', 'b2b'],
          enrichment_domain_aliases: { 'quayside.example': true },
        },
        context: { group_id: 'quayside-works' },
      },
    });

    const [row] = cellsByHeader(historyToCsv([account]));

    expect(row).toMatchObject({
      enrichment_name: 'Quayside Works',
      enrichment_employees: '120',
      enrichment_tags: 'logistics; b2b',
      enrichment_domain_aliases: '{"quayside.example":true}',
    });
  });

  it('keeps a property outside the contract in a column of its own', () => {
    const record = historyRecord();
    record.event.properties = { ...record.event.properties, custom_note: 'kept' };

    const [row] = cellsByHeader(historyToCsv([record]));

    expect(row!.custom_note).toBe('kept');
  });

  it('neutralises formulas and quotes commas and line breaks', () => {
    const record = historyRecord();
    record.event.properties = {
      enrichment_full_name: '=cmd|" /C calc"!A0',
      enrichment_employment_title: 'Head of Data, Platform\nand AI',
      enrichment_employment_name: '@Quayside',
    };

    const csv = historyToCsv([record]);
    const [row] = cellsByHeader(csv);

    expect(row).toMatchObject({
      enrichment_full_name: `'=cmd|" /C calc"!A0`,
      enrichment_employment_title: 'Head of Data, Platform\nand AI',
      enrichment_employment_name: `'@Quayside`,
    });
    expect(csv.startsWith('\uFEFFstate,event_id,')).toBe(true);
  });

  it('writes the next attempt only for a queued capture', () => {
    const queued = historyRecord({ state: 'queued', nextAttemptAt: Date.parse('2030-01-01') });

    const [row] = cellsByHeader(historyToCsv([queued, historyRecord()]));

    expect(row!.next_attempt_at).toBe('2030-01-01T00:00:00.000Z');
  });

  it('writes only the header when there is nothing to export', () => {
    const rows = parseCsv(historyToCsv([]).slice(1));

    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe('state');
  });
});
