import { countUndelivered, describeDataLoss, describeErased } from '@/lib/erase-warning';
import { askBackground } from '@/ui/background-client';
import { required } from '@/ui/dom';

/**
 * Wires "Delete all local data": a modal confirmation that says how many undelivered events
 * would be lost, then the background deletes everything. `onDeleted` reloads the page's
 * view of the settings, now the defaults (or the administrator's).
 */
export function setUpDeleteAllData(onDeleted: () => Promise<void>): void {
  const dialog = required<HTMLDialogElement>('#delete-dialog');
  const summary = required('#delete-summary');
  const result = required('#delete-result');

  required('#delete-all').addEventListener('click', () => {
    void (async () => {
      const status = await askBackground({ type: 'status.get' });
      summary.textContent = describeDataLoss(status.counts);
      summary.dataset.undelivered = String(countUndelivered(status.counts));
      dialog.showModal();
    })();
  });
  // The dialog's form closes it with the pressed button's value; Escape closes it with none.
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'delete') return;
    dialog.returnValue = '';
    result.textContent = 'Deleting…';
    void askBackground({ type: 'data.deleteAll' })
      .then(async (answer) => {
        result.textContent = describeErased(answer.undelivered);
        await onDeleted();
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        result.textContent = `Could not delete the local data: ${reason}`;
      });
  });
}
