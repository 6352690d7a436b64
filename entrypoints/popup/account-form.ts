import {
  ACCOUNT_FIELD_GROUPS,
  type AccountEditableKey,
  type AccountFieldSpec,
} from '@/lib/capture/account-fields';
import type { CompanyProposal } from '@/lib/normalize/propose-company';
import { element } from '@/ui/dom';
import { ORIGIN_LABELS } from './form';

/** A rendered account input with its spec, so values can be read back and checked. */
interface RenderedField {
  spec: AccountFieldSpec;
  input: HTMLInputElement | HTMLTextAreaElement;
  error: HTMLElement;
  badge: HTMLElement;
}

/** The editable fields of an account capture, grouped as the popup shows them. */
export class AccountForm {
  private readonly fields = new Map<AccountEditableKey, RenderedField>();

  constructor(
    private readonly container: HTMLElement,
    private readonly proposal: CompanyProposal,
  ) {}

  /** Builds every group and input from the proposal; values are set as text, never HTML. */
  render(): void {
    for (const group of ACCOUNT_FIELD_GROUPS) {
      const fieldset = element('fieldset', {}, [element('legend', { text: group.title })]);
      for (const spec of group.fields) fieldset.append(...this.renderField(spec));
      this.container.append(fieldset);
    }
  }

  /** The current values, by key. */
  values(): Partial<Record<AccountEditableKey, string>> {
    const values: Partial<Record<AccountEditableKey, string>> = {};
    for (const [key, field] of this.fields) values[key] = field.input.value;

    return values;
  }

  /** Puts saved edits (a draft) into their inputs, marked as edited as typing would. */
  applyEdits(values: Partial<Record<string, string>>): void {
    for (const [key, field] of this.fields) {
      const value = values[key];
      if (value === undefined || value === field.input.value) continue;
      field.input.value = value;
      this.markEdited(field);
    }
  }

  /** Puts the page's proposal back into every input, with its provenance. */
  restoreProposal(): void {
    for (const field of this.fields.values()) {
      field.input.value = this.proposedValue(field.spec.key);
      delete field.input.dataset.edited;
      this.showOrigin(field);
      this.validateField(field);
    }
  }

  /** Checks every field, flags the invalid ones inline, and returns whether all are valid. */
  validateAll(): boolean {
    let valid = true;
    for (const field of this.fields.values()) valid = this.validateField(field) && valid;

    return valid;
  }

  /** Moves focus to the first invalid field, for keyboard users. */
  focusFirstInvalid(): void {
    const invalid = [...this.fields.values()].find(
      (field) => field.input.getAttribute('aria-invalid') === 'true',
    );
    invalid?.input.focus();
  }

  private renderField(spec: AccountFieldSpec): Node[] {
    const id = `account-field-${spec.key}`;
    const input = this.createInput(spec, id);
    const badge = element('span', { className: 'origin' });
    const label = element('label', { text: spec.label, attributes: { for: id } }, [badge]);
    const error = element('div', { className: 'error', attributes: { id: `${id}-error` } });
    const field = { spec, input, error, badge };
    this.fields.set(spec.key, field);
    this.showOrigin(field);
    input.addEventListener('input', () => this.markEdited(field));
    this.validateField(field);

    return [label, input, error];
  }

  private showOrigin(field: RenderedField): void {
    const origin = this.proposal.origins[field.spec.key];
    field.badge.className = origin === 'derived' ? 'origin derived' : 'origin';
    field.badge.textContent = origin ? ` (${ORIGIN_LABELS[origin]})` : '';
  }

  private markEdited(field: RenderedField): void {
    field.input.dataset.edited = 'true';
    field.badge.textContent = ' (edited)';
    field.badge.className = 'origin edited';
    this.validateField(field);
  }

  private proposedValue(key: AccountEditableKey): string {
    const proposed = this.proposal.properties[key];
    if (proposed === undefined) return '';

    return Array.isArray(proposed) ? proposed.join('\n') : String(proposed);
  }

  private createInput(spec: AccountFieldSpec, id: string): HTMLInputElement | HTMLTextAreaElement {
    const multiline = spec.kind === 'list' || spec.kind === 'long-text';
    const rows = spec.kind === 'long-text' ? '3' : '2';
    const input = multiline ? element('textarea', { attributes: { rows } }) : element('input');
    input.id = id;
    input.name = spec.key;
    input.setAttribute('aria-describedby', `${id}-error`);
    if (spec.kind === 'integer') input.inputMode = 'numeric';
    if (spec.placeholder) input.placeholder = spec.placeholder;
    input.value = this.proposedValue(spec.key);

    return input;
  }

  private validateField(field: RenderedField): boolean {
    const value = field.input.value.trim();
    const message = value === '' ? undefined : field.spec.validate?.(value);
    field.error.textContent = message ?? '';
    field.input.setAttribute('aria-invalid', message ? 'true' : 'false');

    return message === undefined;
  }
}
