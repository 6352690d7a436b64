import { proposeAccountGroupId } from '@/lib/accounts/group-id';
import { ACCOUNT_FIELDS } from '@/lib/capture/account-fields';
import { buildGroupEnrichedEvent } from '@/lib/capture/build-group-event';
import type { CompanyExtraction } from '@/lib/extract/types';
import type { CompanyProposal } from '@/lib/normalize/propose-company';
import { askBackground } from '@/ui/background-client';
import { element, required } from '@/ui/dom';
import { AccountForm } from './account-form';
import { askCompanyProposal } from './ask-proposal';
import { DraftKeeper } from './draft';
import { checkRequired, sendCapture } from './save-capture';

const FORM_KEYS = new Set<string>(ACCOUNT_FIELDS.map((spec) => spec.key));

const formElement = () => required<HTMLFormElement>('#account-capture');

/** Puts the account form from its template in place of the person form. */
function mountAccountForm(): void {
  const template = required<HTMLTemplateElement>('#account-capture-template');
  template.replaceWith(template.content.cloneNode(true));
}

/** Lists what the page shows that the contract has no property for, for copying. */
function renderAccountExtras(proposal: CompanyProposal): void {
  const { websites, addresses, socialLinks, tagline } = proposal.extras;
  const entries: [string, string][] = [
    ...websites.map((url): [string, string] => ['Website', url]),
    ...addresses.map((address): [string, string] => ['Address', address]),
    ...socialLinks.map((url): [string, string] => ['Other profile', url]),
    ...(tagline ? [['Tagline', tagline] as [string, string]] : []),
  ];
  if (entries.length === 0) return;

  const list = required<HTMLDListElement>('#account-extras-list');
  for (const [term, value] of entries) {
    list.append(element('dt', { text: term }), element('dd', { text: value }));
  }
  required('#account-extras').hidden = false;
}

/** Review notes, missing properties and, for a known account, when it was captured. */
function renderAccountNotes(proposal: CompanyProposal, lastCapturedAt?: string): void {
  const review = required('#account-review');
  for (const note of proposal.needsReview) {
    review.append(element('li', { text: `${note.value}: ${note.reason}` }));
    review.hidden = false;
  }
  // Only the properties the form offers: the others are not expected from a page.
  const missingKeys = proposal.missing.filter((key) => FORM_KEYS.has(key));
  if (missingKeys.length > 0) {
    const missing = required('#account-missing');
    missing.textContent = `Not found on the page: ${missingKeys.join(', ')}`;
    missing.hidden = false;
  }
  if (!lastCapturedAt) return;
  const when = new Date(lastCapturedAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const seen = required('#account-seen-before');
  seen.textContent = `Account captured before on ${when}; its group_id is kept.`;
  seen.hidden = false;
}

/**
 * Shows a company or organization page as an account: its `group_enriched` properties,
 * every one editable, its `group_id` and the capturer's `user_id`; Save queues the event.
 */
export async function renderAccountCapture(extraction: CompanyExtraction): Promise<void> {
  const [proposal, list] = await Promise.all([
    askCompanyProposal(extraction),
    askBackground({ type: 'accounts.list' }),
  ]);
  mountAccountForm();
  const form = new AccountForm(required('#account-groups'), proposal);
  form.render();
  renderAccountExtras(proposal);
  const { groupId, known } = proposeAccountGroupId(
    { profileUrl: proposal.profileUrl, domain: proposal.properties.enrichment_domain },
    list.accounts,
  );
  renderAccountNotes(proposal, known?.lastCapturedAt);

  required('h1').textContent = 'Capture account';
  document.title = 'Capture account';
  required('#account-source').textContent = `Company page: ${proposal.profileUrl}`;
  required<HTMLInputElement>('#account-group-id').value = groupId;
  required<HTMLInputElement>('#account-user-id').value = list.capturerId;
  const drafts = new DraftKeeper(formElement(), form, proposal, {
    userIdInput: required<HTMLInputElement>('#account-user-id'),
    groupIdInput: required<HTMLInputElement>('#account-group-id'),
    note: required('#account-draft-note'),
    discardButton: required('#account-discard-draft'),
  });
  formElement().addEventListener('submit', (event) => {
    event.preventDefault();
    // The save ends the draft in the background; a late debounced edit would revive it.
    drafts.cancelPending();
    void saveAccount(form, proposal);
  });
  await drafts.start();
}

async function saveAccount(form: AccountForm, proposal: CompanyProposal): Promise<void> {
  const result = required('#account-save-result');
  const button = required<HTMLButtonElement>('#account-save');
  const groupInput = required<HTMLInputElement>('#account-group-id');
  const userInput = required<HTMLInputElement>('#account-user-id');
  if (!checkRequired(groupInput, result, 'group_id')) return;
  if (!checkRequired(userInput, result, 'user_id')) return;
  if (!form.validateAll()) {
    result.textContent = 'Fix the flagged fields first.';
    form.focusFirstInvalid();
    return;
  }

  const input = { userId: userInput.value, groupId: groupInput.value, values: form.values() };
  const event = buildGroupEnrichedEvent(input, crypto.randomUUID(), new Date());
  const saved = await sendCapture(
    () => askBackground({ type: 'account.save', event, profileUrl: proposal.profileUrl }),
    { button, result, draftNote: required('#account-draft-note') },
  );
  // As for a person: an edit makes a new capture and enables Save again.
  if (saved) enableAfterEdit(button, result);
}

function enableAfterEdit(button: HTMLButtonElement, result: HTMLElement): void {
  const enable = () => {
    button.disabled = false;
    result.textContent = '';
  };
  formElement().addEventListener('input', enable, { once: true });
}
