import type { ManagedField } from '@/lib/managed-settings';
import type { PublicSettings } from '@/lib/messages';
import { element, required } from '@/ui/dom';

/** The inputs showing each setting an administrator can set. */
const INPUTS_BY_FIELD: Record<ManagedField, string> = {
  endpoint: '#endpoint',
  credentialKind: 'input[name="credential-kind"]',
  secret: '#secret',
  defaultGroupId: '#default-group-id',
  retentionDays: '#retention',
  maxEventsPerRequest: '#batch-size',
};

const HINT_CLASS = 'managed-hint';

/**
 * Shows the settings an administrator set as read-only, each with a note saying so, and the
 * managed values that were refused. Text inputs are read-only rather than disabled, so
 * they stay focusable and their value readable by a screen reader; radios cannot be
 * read-only and are disabled.
 */
export function showManagedSettings(settings: PublicSettings): void {
  const managed = new Set(settings.managed);
  for (const [field, selector] of Object.entries(INPUTS_BY_FIELD)) {
    const inputs = [...document.querySelectorAll<HTMLInputElement>(selector)];
    lockInputs(inputs, managed.has(field as ManagedField));
  }
  if (managed.has('secret')) required<HTMLInputElement>('#secret').placeholder = 'set (hidden)';
  required('#managed-note').hidden = managed.size === 0;
  showProblems(settings.managedProblems);
}

function lockInputs(inputs: HTMLInputElement[], locked: boolean): void {
  for (const input of inputs) {
    if (input.type === 'radio') input.disabled = locked;
    else input.readOnly = locked;
  }
  // One note per setting: after the radios' fieldset, or after the input.
  const anchor = inputs[0]?.type === 'radio' ? inputs[0].closest('fieldset') : inputs[0];
  if (!anchor) return;
  const hintId = `${anchor.id || inputs[0]!.name}-managed`;
  document.getElementById(hintId)?.remove();
  describeBy(anchor, hintId, locked);
  if (!locked) return;
  const hint = element('p', {
    text: 'Set by your administrator.',
    className: `help ${HINT_CLASS}`,
    attributes: { id: hintId },
  });
  anchor.after(hint);
}

/** Adds or removes an id from an element's `aria-describedby`. */
function describeBy(target: Element, id: string, add: boolean): void {
  const ids = (target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const kept = ids.filter((known) => known !== id);
  const updated = add ? [...kept, id] : kept;
  if (updated.length > 0) target.setAttribute('aria-describedby', updated.join(' '));
  else target.removeAttribute('aria-describedby');
}

function showProblems(problems: string[]): void {
  const list = required<HTMLUListElement>('#managed-problems');
  list.replaceChildren(
    ...problems.map((problem) =>
      element('li', { text: `A setting from your administrator was not applied: ${problem}.` }),
    ),
  );
  list.hidden = problems.length === 0;
}
