import { FIELD_GROUPS, type EditableKey, type FieldSpec } from '@/lib/capture/fields';
import type { Proposal } from '@/lib/normalize/propose';
import { EditableForm } from './editable-form';

/** The editable fields of a person's capture: phones one per line, the rest one line each. */
export class CaptureForm extends EditableForm<EditableKey, FieldSpec> {
  constructor(container: HTMLElement, proposal: Proposal) {
    super(container, proposal, {
      groups: FIELD_GROUPS,
      idPrefix: 'field-',
      shapeOf: (spec) => (spec.key === 'enrichment_phone' ? { rows: 2 } : {}),
    });
  }
}
