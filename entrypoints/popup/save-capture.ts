import type { z } from 'zod';
import type { saveResultSchema } from '@/lib/messages';

type SaveResult = z.infer<typeof saveResultSchema>;

/** Where a form shows how its save went. */
export interface SaveControls {
  button: HTMLButtonElement;
  result: HTMLElement;
  /** Says a draft was restored; a save ends the draft. */
  draftNote: HTMLElement;
}

/** A required id input that is empty is flagged and focused; returns whether it is set. */
export function checkRequired(input: HTMLInputElement, result: HTMLElement, name: string) {
  const empty = input.value.trim() === '';
  input.setAttribute('aria-invalid', empty ? 'true' : 'false');
  if (!empty) return true;
  result.textContent = `A ${name} is required.`;
  input.focus();

  return false;
}

/**
 * Sends a capture with Save disabled and says how it went; resolves whether it was queued.
 * Save stays disabled after a success: a second click would queue the same capture again
 * under a new event id, so the caller enables it again on the next edit.
 */
export async function sendCapture(
  send: () => Promise<SaveResult>,
  controls: SaveControls,
): Promise<boolean> {
  const { button, result } = controls;
  button.disabled = true;
  result.textContent = 'Saving…';
  try {
    const answer = await send();
    result.textContent = answer.ok ? 'Saved: queued for delivery.' : `Not saved: ${answer.error}`;
    result.dataset.state = answer.ok ? 'saved' : 'error';
    if (answer.ok) {
      controls.draftNote.hidden = true;
      return true;
    }
  } catch (error) {
    result.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
    result.dataset.state = 'error';
  }
  button.disabled = false;

  return false;
}
