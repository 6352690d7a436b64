import {
  ACCOUNT_FIELD_GROUPS,
  type AccountEditableKey,
  type AccountFieldSpec,
} from '@/lib/capture/account-fields';
import type { CompanyProposal } from '@/lib/normalize/propose-company';
import { EditableForm } from './editable-form';

/** The editable fields of an account capture: lists and descriptions on several lines. */
export class AccountForm extends EditableForm<AccountEditableKey, AccountFieldSpec> {
  constructor(container: HTMLElement, proposal: CompanyProposal) {
    super(container, proposal, {
      groups: ACCOUNT_FIELD_GROUPS,
      idPrefix: 'account-field-',
      shapeOf: (spec) => ({
        rows: spec.kind === 'long-text' ? 3 : spec.kind === 'list' ? 2 : undefined,
        numeric: spec.kind === 'integer',
      }),
    });
  }
}
