import { required } from '@/ui/dom';

/**
 * Asks to confirm with the page's modal dialog; resolves `true` on confirm. The dialog keeps
 * focus inside while open, closes on Escape (a cancel), and focus returns to `opener`.
 */
export function confirmDelete(text: string, opener: HTMLElement): Promise<boolean> {
  const dialog = required<HTMLDialogElement>('#confirm');
  required('#confirm-text').textContent = text;
  dialog.returnValue = '';
  dialog.showModal();

  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        opener.focus();
        resolve(dialog.returnValue === 'confirm');
      },
      { once: true },
    );
  });
}
