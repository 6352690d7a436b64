import type { ProposalOrigin } from '@/lib/normalize/proposal-builder';
import { element } from '@/ui/dom';

export const ORIGIN_LABELS = {
  'structured-data': 'from page data',
  'page-text': 'from page text',
  derived: 'derived — check',
} as const;

/** What the form needs of one field: its key, label, check and example. */
export interface EditableFieldSpec<Key extends string> {
  key: Key;
  label: string;
  /** Returns an error message for a value the API would reject or that looks wrong. */
  validate?: (value: string) => string | undefined;
  /** Shown in the empty input as an example of the expected form. */
  placeholder?: string;
}

/** The proposed values the form starts from, and where each came from. */
export interface FormProposal<Key extends string> {
  properties: Partial<Record<Key, unknown>>;
  origins: Partial<Record<Key, ProposalOrigin>>;
}

/** How one field is typed in: a textarea of `rows` lines, and a numeric keyboard. */
export interface InputShape {
  rows?: number;
  numeric?: boolean;
}

/** What sets a person's form apart from an account's. */
export interface EditableFormLayout<Key extends string, Spec extends EditableFieldSpec<Key>> {
  groups: readonly { title: string; fields: readonly Spec[] }[];
  /** Put before each key to make its input's id, unique in the page. */
  idPrefix: string;
  shapeOf(spec: Spec): InputShape;
}

/** A rendered input with its spec, so values can be read back and checked. */
interface RenderedField<Spec> {
  spec: Spec;
  input: HTMLInputElement | HTMLTextAreaElement;
  error: HTMLElement;
  /** Says where the value came from, or that the user edited it. */
  badge: HTMLElement;
}

/** Editable fields, grouped as the popup shows them, each checked as it is typed. */
export class EditableForm<Key extends string, Spec extends EditableFieldSpec<Key>> {
  private readonly fields = new Map<Key, RenderedField<Spec>>();

  constructor(
    private readonly container: HTMLElement,
    private readonly proposal: FormProposal<Key>,
    private readonly layout: EditableFormLayout<Key, Spec>,
  ) {}

  /** Builds every group and input from the proposal; values are set as text, never HTML. */
  render(): void {
    for (const group of this.layout.groups) {
      const fieldset = element('fieldset', {}, [element('legend', { text: group.title })]);
      for (const spec of group.fields) fieldset.append(...this.renderField(spec));
      this.container.append(fieldset);
    }
  }

  /** The current values, by key. */
  values(): Partial<Record<Key, string>> {
    const values: Partial<Record<Key, string>> = {};
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

  private renderField(spec: Spec): Node[] {
    const id = `${this.layout.idPrefix}${spec.key}`;
    const input = this.createInput(spec, id);
    const label = element('label', { text: spec.label, attributes: { for: id } });
    const badge = element('span');
    label.append(' ', badge);
    const error = element('div', { className: 'error', attributes: { id: `${id}-error` } });
    const field = { spec, input, error, badge };
    this.fields.set(spec.key, field);
    this.showOrigin(field);
    input.addEventListener('input', () => this.markEdited(field));
    this.validateField(field);

    return [label, input, error];
  }

  private showOrigin(field: RenderedField<Spec>): void {
    const origin = this.proposal.origins[field.spec.key];
    field.badge.className = origin === 'derived' ? 'origin derived' : 'origin';
    field.badge.textContent = origin ? `(${ORIGIN_LABELS[origin]})` : '';
  }

  private markEdited(field: RenderedField<Spec>): void {
    // The user's own value: the page's provenance no longer applies to it.
    field.input.dataset.edited = 'true';
    field.badge.textContent = '(edited)';
    field.badge.className = 'origin edited';
    this.validateField(field);
  }

  private proposedValue(key: Key): string {
    const proposed = this.proposal.properties[key];
    if (proposed === undefined) return '';

    return Array.isArray(proposed) ? proposed.join('\n') : String(proposed);
  }

  private createInput(spec: Spec, id: string): HTMLInputElement | HTMLTextAreaElement {
    const { rows, numeric } = this.layout.shapeOf(spec);
    const input = rows
      ? element('textarea', { attributes: { rows: String(rows) } })
      : element('input');
    input.id = id;
    input.name = spec.key;
    input.setAttribute('aria-describedby', `${id}-error`);
    if (numeric) input.inputMode = 'numeric';
    if (spec.placeholder) input.placeholder = spec.placeholder;
    input.value = this.proposedValue(spec.key);

    return input;
  }

  private validateField(field: RenderedField<Spec>): boolean {
    const value = field.input.value.trim();
    const message = value === '' ? undefined : field.spec.validate?.(value);
    field.error.textContent = message ?? '';
    field.input.setAttribute('aria-invalid', message ? 'true' : 'false');

    return message === undefined;
  }
}
