import { describeRecordState, STATE_LABELS } from '@/lib/history/describe';
import { displayNameOf, groupIdOf, type HistoryRecord } from '@/lib/history/history-record';
import { element } from '@/ui/dom';

/** What a row's controls do. */
export interface RowActions {
  isSelected(id: string): boolean;
  onSelect(id: string, selected: boolean): void;
  onEdit(record: HistoryRecord, opener: HTMLButtonElement): void;
  onDelete(record: HistoryRecord, opener: HTMLButtonElement): void;
}

/** One capture as a table row; every text goes in as text, never as HTML. */
export function renderRow(record: HistoryRecord, actions: RowActions, now: number): HTMLElement {
  const name = displayNameOf(record.event);
  const properties = record.event.properties ?? {};
  const work = [properties.enrichment_employment_title, properties.enrichment_employment_name]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' at ');
  const checkbox = element('input', {
    attributes: { type: 'checkbox', 'aria-label': `Select ${name}` },
  });
  checkbox.checked = actions.isSelected(record.id);
  checkbox.addEventListener('change', () => actions.onSelect(record.id, checkbox.checked));

  return element('tr', { attributes: { 'data-id': record.id, 'data-state': record.state } }, [
    element('td', {}, [checkbox]),
    element('td', { text: new Date(record.createdAt).toLocaleString() }),
    element('td', {}, [
      element('span', {
        text: STATE_LABELS[record.state],
        className: `state state-${record.state}`,
      }),
    ]),
    element('td', { text: name }),
    element('td', { text: record.event.user_id }),
    element('td', { text: groupIdOf(record.event) ?? '' }),
    element('td', { text: work }),
    element('td', { text: describeRecordState(record, now), className: 'details' }),
    element('td', { className: 'actions-cell' }, actionButtons(record, name, actions)),
  ]);
}

function actionButtons(record: HistoryRecord, name: string, actions: RowActions): Node[] {
  const remove = button('Delete', `Delete ${name}`, 'secondary');
  remove.addEventListener('click', () => actions.onDelete(record, remove));
  // A record a flush is sending cannot be deleted until the flush settles it.
  remove.disabled = record.state === 'sending';
  if (record.state !== 'held') return [remove];

  const edit = button('Edit and resend', `Edit and resend ${name}`);
  edit.addEventListener('click', () => actions.onEdit(record, edit));

  return [edit, remove];
}

function button(text: string, label: string, className = ''): HTMLButtonElement {
  return element('button', {
    text,
    className,
    attributes: { type: 'button', 'aria-label': label },
  });
}
