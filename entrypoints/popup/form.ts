import { FIELD_GROUPS, type EditableKey, type FieldSpec } from '@/lib/capture/fields';
import type { Proposal } from '@/lib/normalize/propose';
import { element } from '@/ui/dom';

/** A rendered input with its spec, so values can be read back and checked. */
interface RenderedField {
  spec: FieldSpec;
  input: HTMLInputElement | HTMLTextAreaElement;
  error: HTMLElement;
}

const ORIGIN_LABELS = {
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
    const origin = this.proposal.origins[spec.key];
    const label = element('label', { text: spec.label, attributes: { for: id } });
    const badge = element('span', {
      className: origin === 'derived' ? 'origin derived' : 'origin',
    });
    if (origin) badge.textContent = `(${ORIGIN_LABELS[origin]})`;
    label.append(' ', badge);
    const error = element('div', { className: 'error', attributes: { id: `${id}-error` } });
    const field = { spec, input, error };
    this.fields.set(spec.key, field);
    input.addEventListener('input', () => {
      // The user's own value: the page's provenance no longer applies to it.
      input.dataset.edited = 'true';
      badge.textContent = '(edited)';
      badge.className = 'origin edited';
      this.validateField(field);
    });
    this.validateField(field);

    return [label, input, error];
  }

  private createInput(spec: FieldSpec, id: string): HTMLInputElement | HTMLTextAreaElement {
    const proposed = this.proposal.properties[spec.key];
    const isPhone = spec.key === 'enrichment_phone';
    const input = isPhone ? element('textarea', { attributes: { rows: '2' } }) : element('input');
    input.id = id;
    input.name = spec.key;
    input.setAttribute('aria-describedby', `${id}-error`);
    if (spec.placeholder) input.placeholder = spec.placeholder;
    input.value = Array.isArray(proposed) ? proposed.join('\n') : (proposed ?? '');

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
