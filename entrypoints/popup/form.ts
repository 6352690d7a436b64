import { FIELD_GROUPS, type EditableKey, type FieldSpec } from '@/lib/capture/fields';
import type { Proposal } from '@/lib/normalize/propose';
import { element } from '@/ui/dom';

/** A rendered input with its spec, so values can be read back and checked. */
interface RenderedField {
  spec: FieldSpec;
  input: HTMLInputElement | HTMLTextAreaElement;
  error: HTMLElement;
  /** Says where the value came from, or that the user edited it. */
  badge: HTMLElement;
}

export const ORIGIN_LABELS = {
  'structured-data': 'from page data',
  'page-text': 'from page text',
  derived: 'derived — check',
} as const;

/** The editable fields of a capture, grouped as the popup shows them. */
export class CaptureForm {
  private readonly fields = new Map<EditableKey, RenderedField>();

  constructor(
    private readonly container: HTMLElement,
    private readonly proposal: Proposal,
  ) {}

  /** Builds every group and input from the proposal; values are set as text, never HTML. */
  render(): void {
    for (const group of FIELD_GROUPS) {
      const fieldset = element('fieldset', {}, [element('legend', { text: group.title })]);
      for (const spec of group.fields) fieldset.append(...this.renderField(spec));
      this.container.append(fieldset);
    }
  }

  /** The current values, by key. */
  values(): Partial<Record<EditableKey, string>> {
    const values: Partial<Record<EditableKey, string>> = {};
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
      field.input.value = this.proposedValue(field.spec);
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
    for (const field of this.fields.values()) {
      if (field.input.getAttribute('aria-invalid') === 'true') {
        field.input.focus();
        return;
      }
    }
  }

  private renderField(spec: FieldSpec): Node[] {
    const id = `field-${spec.key}`;
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

  private showOrigin(field: RenderedField): void {
    const origin = this.proposal.origins[field.spec.key];
    field.badge.className = origin === 'derived' ? 'origin derived' : 'origin';
    field.badge.textContent = origin ? `(${ORIGIN_LABELS[origin]})` : '';
  }

  private markEdited(field: RenderedField): void {
    // The user's own value: the page's provenance no longer applies to it.
    field.input.dataset.edited = 'true';
    field.badge.textContent = '(edited)';
    field.badge.className = 'origin edited';
    this.validateField(field);
  }

  private proposedValue(spec: FieldSpec): string {
    const proposed = this.proposal.properties[spec.key];

    return Array.isArray(proposed) ? proposed.join('\n') : (proposed ?? '');
  }

  private createInput(spec: FieldSpec, id: string): HTMLInputElement | HTMLTextAreaElement {
    const isPhone = spec.key === 'enrichment_phone';
    const input = isPhone ? element('textarea', { attributes: { rows: '2' } }) : element('input');
    input.id = id;
    input.name = spec.key;
    input.setAttribute('aria-describedby', `${id}-error`);
    if (spec.placeholder) input.placeholder = spec.placeholder;
    input.value = this.proposedValue(spec);

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
