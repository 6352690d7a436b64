import type { AccountSummary } from '@/lib/accounts/account';
import { buildGroupChoices } from '@/lib/accounts/group-choices';
import { matchEmployerAccount, type AccountMatch } from '@/lib/accounts/match-account';
import type { ProfileMemory } from '@/lib/messages';
import type { Proposal } from '@/lib/normalize/propose';
import { required } from '@/ui/dom';
import { GroupPicker } from './group-picker';

const MATCH_REASONS: Record<AccountMatch['by'], string> = {
  domain: 'same employer domain',
  name: 'same employer name',
};

/**
 * The person form's account: the `group_id` combobox over captured accounts and recent
 * groups, and the account whose domain or name matches the employer proposed as `group_id`
 * (else the settings' default group_id), unless the user chose one for this profile before.
 * Editing the employer proposes again, until the user picks or types a `group_id` of their
 * own.
 */
export class PersonAccount {
  private readonly groupInput = required<HTMLInputElement>('#group-id');
  private readonly note = required('#group-proposal');
  private proposedGroupId: string | undefined;
  private userChose: boolean;

  constructor(
    private readonly proposal: Proposal,
    private readonly memory: ProfileMemory,
    private readonly accounts: AccountSummary[],
  ) {
    this.userChose = memory.groupId !== undefined;
  }

  /** Fills in the proposal and wires the picker; call once the form is rendered. */
  start(): void {
    const employerDomain = this.proposal.properties.enrichment_employment_domain;
    const choices = buildGroupChoices(this.accounts, this.memory.recentGroups, [employerDomain]);
    new GroupPicker(this.groupInput, required('#group-options'), choices).attach();
    this.groupInput.addEventListener('input', () => this.onGroupEdited());
    for (const key of ['enrichment_employment_name', 'enrichment_employment_domain']) {
      document.getElementById(`field-${key}`)?.addEventListener('input', () => this.propose());
    }
    this.propose();
  }

  /**
   * Call after the input may have been set under us (a restored draft): a value other than
   * the proposal is the user's own choice, kept from then on; the note shows only while
   * the input holds the proposed account.
   */
  syncNote(): void {
    if (this.groupInput.value !== (this.proposedGroupId ?? '')) this.userChose = true;
    const showing = this.proposedGroupId !== undefined;
    this.note.hidden = !showing || this.groupInput.value !== this.proposedGroupId;
  }

  private propose(): void {
    if (this.userChose) return;
    const match = matchEmployerAccount(this.employer(), this.accounts);
    // The settings' default group_id stands in when no account matches the employer.
    const proposed = match?.account.groupId ?? (this.memory.defaultGroupId || undefined);
    if (!proposed && this.proposedGroupId === this.groupInput.value) this.groupInput.value = '';
    this.proposedGroupId = proposed;
    if (proposed) this.groupInput.value = proposed;
    if (match) {
      const name = match.account.name ?? match.account.groupId;
      this.note.textContent = `Account proposed: ${name} (${MATCH_REASONS[match.by]}).`;
    } else if (proposed) {
      this.note.textContent = 'The default group_id of the settings.';
    }
    this.syncNote();
  }

  private onGroupEdited(): void {
    // A value the user typed or picked is theirs: later employer edits leave it alone.
    if (this.groupInput.value !== this.proposedGroupId) this.userChose = true;
    this.syncNote();
  }

  private employer(): { name?: string; domain?: string } {
    const read = (key: string) => document.querySelector<HTMLInputElement>(`#field-${key}`)?.value;

    return {
      name: read('enrichment_employment_name'),
      domain: read('enrichment_employment_domain'),
    };
  }
}
