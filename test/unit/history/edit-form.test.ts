import { describe, expect, it } from 'vitest';
import { USER_ENRICHED_KEYS } from '../../../lib/contract/event';
import {
  buildEditedEvent,
  editFieldsFor,
  editValuesOf,
  type EditValues,
} from '../../../lib/history/edit-form';
import type { HistoryEvent } from '../../../lib/history/history-record';
import { historyRecord } from './history-records';

const person = historyRecord().event;

const account: HistoryEvent = {
  event_name: 'group_enriched',
  user_id: 'captured-by',
  timestamp: '2024-10-21T12:30:08.276Z',
  properties: {
    enrichment_name: 'Quayside Works',
    enrichment_employees: 120,
    enrichment_tags: ['logistics', 'b2b'],
  },
  context: { group_id: 'quayside-works', event_id: '3f1c6a52-8c1e-4a8e-9d5e-0c4f4b0d2a11' },
};

function edit(event: HistoryEvent, changes: EditValues) {
  return buildEditedEvent(event, { ...editValuesOf(event), ...changes });
}

describe('editFieldsFor', () => {
  it('offers the ids and every property of a person, typed from the contract', () => {
    const fields = editFieldsFor('user_enriched');

    expect(fields.map((field) => field.name)).toEqual([
      'user_id',
      'group_id',
      ...USER_ENRICHED_KEYS,
    ]);
    expect(fields.find((field) => field.name === 'enrichment_phone')).toEqual({
      name: 'enrichment_phone',
      label: 'Phones (one per line)',
      kind: 'list',
    });
    expect(fields.find((field) => field.name === 'enrichment_active_at')?.label).toBe('Active at');
  });

  it('types an account’s numbers, lists and objects', () => {
    const kinds = Object.fromEntries(
      editFieldsFor('group_enriched').map((field) => [field.name, field.kind]),
    );

    expect(kinds).toMatchObject({
      enrichment_employees: 'integer',
      enrichment_founder_year: 'integer',
      enrichment_tags: 'list',
      enrichment_domain_aliases: 'json',
      enrichment_phone: 'text',
      enrichment_name: 'text',
    });
  });

  it('gives an event of another name one JSON field for its properties', () => {
    expect(editFieldsFor('page_viewed').map((field) => field.name)).toEqual([
      'user_id',
      'group_id',
      'properties',
    ]);
  });
});

describe('editValuesOf', () => {
  it('fills the form with the event as it was held, lists one per line', () => {
    const values = editValuesOf(person);

    expect(values).toMatchObject({
      user_id: 'linkedin:ines-moreau',
      group_id: 'quayside-works',
      enrichment_full_name: 'Inès Moreau',
      enrichment_phone: '+48125550123\n+48125550124',
      enrichment_city: '',
    });
  });
});

describe('buildEditedEvent', () => {
  it('applies the edits and keeps the name, timestamp and event id', () => {
    const result = edit(person, {
      user_id: '  linkedin:ines-moreau-2 ',
      enrichment_employment_title: 'Director of Platform',
      enrichment_phone: '+48125550123\n\n+48125550199\n',
      enrichment_city: 'Lyon',
    });

    expect(result).toEqual({
      ok: true,
      event: {
        ...person,
        user_id: 'linkedin:ines-moreau-2',
        properties: {
          ...person.properties,
          enrichment_employment_title: 'Director of Platform',
          enrichment_phone: ['+48125550123', '+48125550199'],
          enrichment_city: 'Lyon',
        },
      },
    });
  });

  it('leaves an emptied field out but keeps an open inactive time as ""', () => {
    const result = edit(person, { enrichment_employment_name: '', group_id: '' });

    expect(result.ok && result.event.properties).not.toHaveProperty('enrichment_employment_name');
    expect(result.ok && result.event.properties).toHaveProperty('enrichment_inactive_at', '');
    expect(result.ok && result.event.context).toEqual({
      event_id: person.context!.event_id,
      source: 'enrichment-capture',
    });
  });

  it('reports the contract’s complaints by field', () => {
    const result = edit(person, { user_id: ' ', enrichment_active_at: 'yesterday' });

    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'enrichment_active_at',
      'user_id',
    ]);
  });

  it('requires an account’s group_id, as the contract does', () => {
    const result = edit(account, { group_id: '' });

    expect(!result.ok && result.errors.group_id).toMatch(/names the account/);
  });

  it('reads an account’s numbers and lists, and refuses a number that is not whole', () => {
    const good = edit(account, { enrichment_employees: '250', enrichment_tags: 'ports' });
    const bad = edit(account, { enrichment_employees: '12.5' });

    expect(good.ok && good.event.properties).toMatchObject({
      enrichment_employees: 250,
      enrichment_tags: ['ports'],
    });
    expect(!bad.ok && bad.errors).toEqual({ enrichment_employees: 'expected a whole number' });
  });

  it('refuses JSON that does not parse', () => {
    const result = edit(account, { enrichment_domain_aliases: '{oops' });

    expect(!result.ok && result.errors.enrichment_domain_aliases).toMatch(/expected JSON/);
  });
});
