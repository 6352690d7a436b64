import type { ProfileHistory } from '@/lib/messages';
import type { Proposal } from '@/lib/normalize/propose';
import { element, required } from '@/ui/dom';
import { describeChange, listChanges } from '@/lib/capture/changes';

/** Says when the profile was captured before and which proposed values changed since. */
export function renderSeenBefore(proposal: Proposal, history: ProfileHistory): void {
  if (!history) return;

  const when = new Date(history.lastCapturedAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const note = required('#seen-before');
  note.textContent = `Captured before on ${when}.`;
  note.hidden = false;

  const changes = listChanges(proposal, history.lastProperties);
  if (changes.length === 0) return;
  const list = required('#changes');
  list.append(...changes.map((change) => element('li', { text: describeChange(change) })));
  list.hidden = false;
}
