import {
  buildEditedEvent,
  editFieldsFor,
  editValuesOf,
  type EditField,
  type EditValues,
} from '@/lib/history/edit-form';
import { describeRecordState } from '@/lib/history/describe';
import type { HistoryRecord } from '@/lib/history/history-record';
import { askBackground } from '@/ui/background-client';
import { element, required } from '@/ui/dom';

const dialog = required<HTMLDialogElement>('#edit');
const form = required<HTMLFormElement>('#edit-form');
const fieldsBox = required('#edit-fields');
const formError = required('#edit-error');
const submit = required<HTMLButtonElement>('#edit-form button[type="submit"]');

let current: { record: HistoryRecord; opener: HTMLElement; onResent: () => void } | undefined;

/** Opens the form of a held capture's properties; `onResent` runs once it is queued again. */
export function openEditDialog(
  record: HistoryRecord,
  opener: HTMLElement,
  onResent: () => void,
): void {
  current = { record, opener, onResent };
  required('#edit-reason').textContent = describeRecordState(record, Date.now());
  formError.textContent = '';
  const values = editValuesOf(record.event);
  fieldsBox.replaceChildren(
    ...editFieldsFor(record.event.event_name).flatMap((field) => fieldNodes(field, values)),
  );
  dialog.showModal();
}

function fieldNodes(field: EditField, values: EditValues): Node[] {
  const id = `edit-${field.name}`;
  const multiline = field.kind === 'list' || field.kind === 'json';
  const input = multiline ? element('textarea', { attributes: { rows: '3' } }) : element('input');
  input.id = id;
  input.name = field.name;
  input.value = values[field.name] ?? '';
  input.setAttribute('aria-describedby', `${id}-error`);
  if (field.kind === 'integer') input.setAttribute('inputmode', 'numeric');
  const hint = field.kind === 'list' ? ' (one per line)' : '';

  return [
    element('label', { text: `${field.label}${hint}`, attributes: { for: id } }),
    input,
    element('p', { className: 'field-error', attributes: { id: `${id}-error` } }),
  ];
}

function formValues(): EditValues {
  const values: EditValues = {};
  for (const input of fieldsBox.querySelectorAll<HTMLInputElement>('input, textarea')) {
    values[input.name] = input.value;
  }

  return values;
}

function showErrors(errors: Record<string, string>): void {
  let first: HTMLElement | undefined;
  for (const input of fieldsBox.querySelectorAll<HTMLInputElement>('input, textarea')) {
    const error = errors[input.name];
    input.setAttribute('aria-invalid', error ? 'true' : 'false');
    required(`#${input.id}-error`).textContent = error ?? '';
    if (error) first ??= input;
  }
  formError.textContent = errors._form ?? 'Fix the flagged fields first.';
  first?.focus();
}

async function resend(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  if (!current) return;
  const { record, onResent } = current;
  const built = buildEditedEvent(record.event, formValues());
  if (!built.ok) return showErrors(built.errors);

  formError.textContent = '';
  // One resend at a time: a second click would only be told the capture is no longer held.
  submit.disabled = true;
  let answer;
  try {
    answer = await askBackground({ type: 'history.resend', id: record.id, event: built.event });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    formError.textContent = `Not resent: ${reason}`;
    return;
  } finally {
    submit.disabled = false;
  }
  if (!answer.ok) {
    formError.textContent = `Not resent: ${answer.error}`;
    return;
  }
  dialog.close();
  onResent();
}

form.addEventListener('submit', (event) => void resend(event));
required('#edit-cancel').addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => {
  current?.opener.focus();
  current = undefined;
});
