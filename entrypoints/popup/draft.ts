import { askBackground } from '@/ui/background-client';
import { required } from '@/ui/dom';

/** What a draft needs of a form: its values, and putting edits or the proposal back. */
export interface DraftableForm {
  values(): Record<string, string>;
  applyEdits(values: Partial<Record<string, string>>): void;
  restoreProposal(): void;
}

/** The id inputs, the "restored" note and its Discard button of a capture form. */
export interface DraftElements {
  userIdInput: HTMLInputElement;
  groupIdInput: HTMLInputElement;
  note: HTMLElement;
  discardButton: HTMLElement;
}

/** The person form's elements, the default. */
function personDraftElements(): DraftElements {
  return {
    userIdInput: required<HTMLInputElement>('#user-id'),
    groupIdInput: required<HTMLInputElement>('#group-id'),
    note: required('#draft-note'),
    discardButton: required('#discard-draft'),
  };
}

/** Wait after the last keystroke before keeping a draft, so typing sends one message. */
const DRAFT_DEBOUNCE_MS = 300;

/** Keeps the form's edits as a draft, restores an earlier one, and ends it on Discard. */
export class DraftKeeper {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly userIdInput: HTMLInputElement;
  private readonly groupIdInput: HTMLInputElement;
  private readonly note: HTMLElement;
  private readonly discardButton: HTMLElement;

  constructor(
    private readonly formElement: HTMLFormElement,
    private readonly form: DraftableForm,
    private readonly proposal: { profileUrl: string },
    elements: DraftElements = personDraftElements(),
  ) {
    this.userIdInput = elements.userIdInput;
    this.groupIdInput = elements.groupIdInput;
    this.note = elements.note;
    this.discardButton = elements.discardButton;
  }

  /** Restores a kept draft, then keeps every later edit. Call once the form is filled in. */
  async start(): Promise<void> {
    const initialIds = { userId: this.userIdInput.value, groupId: this.groupIdInput.value };
    this.discardButton.addEventListener('click', () => void this.discard(initialIds));
    await this.restore();
    this.formElement.addEventListener('input', () => this.schedule());
    // The popup closes as soon as it loses focus; a pending edit is sent on the way out.
    window.addEventListener('pagehide', () => this.flush());
  }

  /** Forgets a pending edit: a successful save ends the draft in the background. */
  cancelPending(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async restore(): Promise<void> {
    const draft = await askBackground({ type: 'draft.get', profileUrl: this.proposal.profileUrl });
    if (!draft) return;

    this.form.applyEdits(draft.values);
    this.userIdInput.value = draft.userId;
    this.groupIdInput.value = draft.groupId;
    this.note.hidden = false;
  }

  private schedule(): void {
    this.cancelPending();
    this.timer = setTimeout(() => this.flush(), DRAFT_DEBOUNCE_MS);
  }

  private flush(): void {
    if (this.timer === undefined) return;
    this.cancelPending();
    void this.send();
  }

  private async send(): Promise<void> {
    try {
      await this.ask();
      // Lets tests (and curious users in devtools) see that the edit is kept.
      this.formElement.dataset.draft = 'kept';
    } catch {
      // A lost draft costs only convenience; Save reports real failures on its own.
      this.formElement.dataset.draft = 'failed';
    }
  }

  private ask() {
    return askBackground({
      type: 'draft.save',
      profileUrl: this.proposal.profileUrl,
      values: this.form.values(),
      userId: this.userIdInput.value,
      groupId: this.groupIdInput.value,
    });
  }

  private async discard(initialIds: { userId: string; groupId: string }): Promise<void> {
    this.cancelPending();
    this.form.restoreProposal();
    this.userIdInput.value = initialIds.userId;
    this.groupIdInput.value = initialIds.groupId;
    this.note.hidden = true;
    delete this.formElement.dataset.draft;
    await askBackground({ type: 'draft.discard', profileUrl: this.proposal.profileUrl });
  }
}
