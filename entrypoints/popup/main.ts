import { buildUserEnrichedEvent } from '@/lib/capture/build-event';
import { describeStatus } from '@/lib/capture/describe-status';
import type { Extraction, PersonExtraction } from '@/lib/extract/types';
import type { Proposal } from '@/lib/normalize/propose';
import { deriveUserId } from '@/lib/profile-id';
import { askBackground } from '@/ui/background-client';
import { element, required } from '@/ui/dom';
import { renderAccountCapture } from './account-capture';
import { askPersonProposal } from './ask-proposal';
import { DraftKeeper } from './draft';
import { extractTab } from './extract-tab';
import { CaptureForm } from './form';
import { PersonAccount } from './person-account';
import { checkRequired, sendCapture } from './save-capture';
import { renderSeenBefore } from './seen-before';
import { fitViewToPlace } from './side-panel';

const STATUS_REFRESH_MS = 2000;

const statusLine = required<HTMLParagraphElement>('#status');
const notice = required<HTMLParagraphElement>('#notice');
const formElement = required<HTMLFormElement>('#capture');

/**
 * The tab to capture: the active tab, or the one named by `?tabId=` when the popup page is
 * opened in a tab of its own (tests, and people who pin it).
 */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });

  return tab?.id;
}

async function refreshStatus(): Promise<void> {
  try {
    const status = await askBackground({ type: 'status.get' });
    statusLine.textContent = describeStatus(status, navigator.onLine);
  } catch {
    statusLine.textContent = 'The background is not answering; captures are safe once saved.';
  }
}

function showNotice(message: string): void {
  notice.textContent = message;
  notice.hidden = false;
}

function renderExtras(proposal: Proposal): void {
  const entries: [string, string][] = [
    ...proposal.extras.websites.map((url): [string, string] => ['Website', url]),
    ...proposal.extras.emails.map((email): [string, string] => ['E-mail', email]),
    ...(proposal.extras.bio ? [['Bio', proposal.extras.bio] as [string, string]] : []),
    ...proposal.otherPositions.map((position): [string, string] => [
      'Other current position',
      [position.title, position.employerName].filter(Boolean).join(' at '),
    ]),
  ];
  if (proposal.nameAsWritten) entries.unshift(['Name as written', proposal.nameAsWritten]);
  if (entries.length === 0) return;

  const list = required<HTMLDListElement>('#extras-list');
  for (const [term, value] of entries) {
    list.append(element('dt', { text: term }), element('dd', { text: value }));
  }
  required('#extras').hidden = false;
}

async function renderCapture(extraction: PersonExtraction): Promise<void> {
  const { profileUrl } = extraction;
  const [proposal, memory, history, accountList] = await Promise.all([
    askPersonProposal(extraction),
    askBackground({ type: 'profile.memory', profileUrl }),
    askBackground({ type: 'profile.history', profileUrl }),
    askBackground({ type: 'accounts.list' }),
  ]);
  const form = new CaptureForm(required('#groups'), proposal);
  form.render();
  renderExtras(proposal);

  required('#source').textContent = `Profile: ${proposal.profileUrl}`;
  required<HTMLInputElement>('#user-id').value = memory.userId ?? deriveUserId(proposal.profileUrl);
  const groupInput = required<HTMLInputElement>('#group-id');
  groupInput.value = memory.groupId ?? '';
  const account = new PersonAccount(proposal, memory, accountList.accounts);
  account.start();
  for (const note of proposal.needsReview) {
    const review = required('#review');
    review.append(element('li', { text: `${note.value}: ${note.reason}` }));
    review.hidden = false;
  }
  if (proposal.missing.length > 0) {
    const missing = required('#missing');
    missing.textContent = `Not found on the page: ${proposal.missing.join(', ')}`;
    missing.hidden = false;
  }
  renderSeenBefore(proposal, history);
  formElement.hidden = false;
  // Keyboard users start in the form: opened with the shortcut, Enter saves at once.
  required<HTMLInputElement>('#user-id').focus();
  const drafts = new DraftKeeper(formElement, form, proposal);
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    // The save ends the draft in the background; a late debounced edit would revive it.
    drafts.cancelPending();
    void save(form, proposal);
  });
  await drafts.start();
  account.syncNote();
}

function enableSave(): void {
  required<HTMLButtonElement>('#save').disabled = false;
  required('#save-result').textContent = '';
}

async function save(form: CaptureForm, proposal: Proposal): Promise<void> {
  const result = required('#save-result');
  const userIdInput = required<HTMLInputElement>('#user-id');
  const button = required<HTMLButtonElement>('#save');
  if (!checkRequired(userIdInput, result, 'user_id')) return;
  if (!form.validateAll()) {
    result.textContent = 'Fix the flagged fields first.';
    form.focusFirstInvalid();
    return;
  }

  const event = buildUserEnrichedEvent(
    {
      userId: userIdInput.value,
      groupId: required<HTMLInputElement>('#group-id').value,
      values: form.values(),
    },
    crypto.randomUUID(),
    new Date(),
  );
  const saved = await sendCapture(
    () => askBackground({ type: 'capture.save', event, profileUrl: proposal.profileUrl }),
    { button, result, draftNote: required('#draft-note') },
  );
  // An edit makes it a new capture and enables Save again.
  if (saved) formElement.addEventListener('input', enableSave, { once: true });
  await refreshStatus();
}

async function start(): Promise<void> {
  // Queued captures must not be evicted under disk pressure; only a page can ask for that.
  void navigator.storage?.persist?.();
  required('#open-options').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  void fitViewToPlace(required<HTMLButtonElement>('#open-side-panel'));
  required('#open-history').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL('/history.html') });
  });
  // The status line fills in on its own; the capture does not wait for it.
  void refreshStatus();
  setInterval(() => void refreshStatus(), STATUS_REFRESH_MS);
  window.addEventListener('online', () => void refreshStatus());
  window.addEventListener('offline', () => void refreshStatus());

  const tabId = await targetTabId();
  if (tabId === undefined) return showNotice('No tab to capture.');
  let extraction: Extraction;
  try {
    extraction = await extractTab(tabId);
  } catch (error) {
    const reason = describeError(error);
    return showNotice(
      `This page cannot be read (${reason}). Browser pages and stores are off limits.`,
    );
  }
  if (extraction.kind === 'none') return showNotice(`No profile here: ${extraction.reason}`);
  try {
    if (extraction.kind === 'company') return await renderAccountCapture(extraction);
    await renderCapture(extraction);
  } catch (error) {
    // The page was read; proposing or recalling (the background's part) failed.
    showNotice(`The profile was read but could not be shown (${describeError(error)}).`);
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

void start();
