import { endpointNeedsHostPermission, validateEndpoint } from '@/lib/settings';
import { askBackground } from '@/ui/background-client';
import { required } from '@/ui/dom';
import { setUpDeleteAllData } from './delete-data';
import { showManagedSettings } from './managed';

const form = required<HTMLFormElement>('#settings');
const endpointInput = required<HTMLInputElement>('#endpoint');
const endpointError = required('#endpoint-error');
const secretInput = required<HTMLInputElement>('#secret');
const batchSizeInput = required<HTMLInputElement>('#batch-size');
const retentionInput = required<HTMLInputElement>('#retention');
const defaultGroupInput = required<HTMLInputElement>('#default-group-id');
const result = required('#result');
const answer = required<HTMLPreElement>('#answer');

function credentialKind(): 'x-api-key' | 'bearer' {
  const checked = form.querySelector<HTMLInputElement>('input[name="credential-kind"]:checked');

  return checked?.value === 'bearer' ? 'bearer' : 'x-api-key';
}

async function load(): Promise<void> {
  const settings = await askBackground({ type: 'settings.get' });
  endpointInput.value = settings.endpoint;
  const radio = form.querySelector<HTMLInputElement>(`input[value="${settings.credentialKind}"]`);
  if (radio) radio.checked = true;
  secretInput.placeholder = settings.hasSecret ? 'saved (hidden)' : 'not set';
  batchSizeInput.value = String(settings.maxEventsPerRequest);
  retentionInput.value = String(settings.retentionDays);
  defaultGroupInput.value = settings.defaultGroupId;
  showManagedSettings(settings);
  required<HTMLFieldSetElement>('#form-body').disabled = false;
}

/**
 * Saves the settings. The host permission for another https endpoint must be requested
 * within the click itself (browsers require a user gesture), so it is asked before any await.
 */
function save(event: SubmitEvent): void {
  event.preventDefault();
  answer.hidden = true;
  result.textContent = '';
  const endpoint = endpointInput.value.trim();
  // An administrator's endpoint passes (the background checked it) and is not saved; a
  // save still asks for its host permission, which only a click can grant.
  const checked = endpoint === '' ? undefined : validateEndpoint(endpoint);
  endpointError.textContent = checked && !checked.ok ? checked.error : '';
  endpointInput.setAttribute('aria-invalid', checked && !checked.ok ? 'true' : 'false');
  if (checked && !checked.ok) return;
  const batchSize = Number(batchSizeInput.value);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    result.textContent = 'Not saved: events per request must be a whole number from 1 to 1,000.';
    return;
  }
  const retentionDays = Number(retentionInput.value);
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) {
    result.textContent = 'Not saved: the history must be kept for 1 to 3,650 days.';
    return;
  }

  const permission =
    checked?.ok && endpointNeedsHostPermission(checked.url)
      ? browser.permissions.request({ origins: [`${checked.url.origin}/*`] })
      : Promise.resolve(true);
  void permission.then(async (granted) => {
    if (!granted) {
      result.textContent = `Not saved: the extension needs permission to reach ${endpoint}.`;
      return;
    }
    const secret = secretInput.value.trim();
    const saved = await askBackground({
      type: 'settings.save',
      endpoint,
      credentialKind: credentialKind(),
      ...(secret ? { secret } : {}),
      maxEventsPerRequest: batchSize,
      retentionDays,
      defaultGroupId: defaultGroupInput.value.trim(),
    });
    result.textContent = saved.ok ? 'Saved.' : `Not saved: ${saved.error}`;
    if (saved.ok) {
      secretInput.value = '';
      await load();
    }
  });
}

async function sendTest(): Promise<void> {
  result.textContent = 'Sending a test event…';
  const test = await askBackground({ type: 'delivery.test' });
  result.textContent = test.status
    ? `The API answered ${test.status}${test.ok ? ' (accepted)' : ''}.`
    : 'No answer from the API.';
  answer.textContent = test.body;
  answer.hidden = false;
}

form.addEventListener('submit', save);
// Persistent storage keeps the browser from evicting queued captures under disk pressure;
// a page must ask (workers cannot), and a refusal changes nothing else.
void navigator.storage?.persist?.();
required('#test').addEventListener('click', () => void sendTest());
setUpDeleteAllData(load);
void load();
