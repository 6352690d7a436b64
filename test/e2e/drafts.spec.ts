import { readFileSync } from 'node:fs';
import { expect, openPopup, openSample, test } from './fixtures';

const LINKEDIN_URL = readFileSync('test/fixtures/linkedin-public-profile.url.txt', 'utf8').trim();
const EDITED_TITLE = 'Head of Data Platform and AI';

test.setTimeout(60_000);

test('edits survive the popup closing and Discard puts the proposal back', async ({
  context,
  extensionId,
}) => {
  const { tabId } = await openSample(context, extensionId, LINKEDIN_URL);
  const popup = await openPopup(context, extensionId, tabId);
  const title = popup.locator('#field-enrichment_employment_title');
  await expect(title).not.toHaveValue('', { timeout: 10_000 });
  const proposedTitle = await title.inputValue();

  await title.fill(EDITED_TITLE);
  await expect(popup.locator('#capture')).toHaveAttribute('data-draft', 'kept', {
    timeout: 5_000,
  });
  await popup.close();
  const reopened = await openPopup(context, extensionId, tabId);
  const restoredTitle = reopened.locator('#field-enrichment_employment_title');

  await expect(restoredTitle).toHaveValue(EDITED_TITLE, { timeout: 10_000 });
  await expect(restoredTitle).toHaveAttribute('data-edited', 'true');
  await expect(reopened.locator('#draft-note')).toContainText('Restored your unsaved edits');

  await reopened.getByRole('button', { name: 'Discard' }).click();
  await expect(restoredTitle).toHaveValue(proposedTitle);
  await expect(restoredTitle).not.toHaveAttribute('data-edited', 'true');
  await expect(reopened.locator('#draft-note')).toBeHidden();
  await reopened.close();
  const afterDiscard = await openPopup(context, extensionId, tabId);
  await expect(afterDiscard.locator('#field-enrichment_employment_title')).toHaveValue(
    proposedTitle,
    { timeout: 10_000 },
  );
  await expect(afterDiscard.locator('#draft-note')).toBeHidden();
});

test('a profile saved before says so and lists the fields that changed since', async ({
  context,
  extensionId,
}) => {
  const { tabId } = await openSample(context, extensionId, LINKEDIN_URL);
  const popup = await openPopup(context, extensionId, tabId);
  const title = popup.locator('#field-enrichment_employment_title');
  await expect(title).not.toHaveValue('', { timeout: 10_000 });
  const proposedTitle = await title.inputValue();
  await expect(popup.locator('#seen-before')).toBeHidden();

  await title.fill(EDITED_TITLE);
  await popup.getByLabel('group_id (account)').fill('lumen-harbor');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.locator('#save-result')).toHaveText('Saved: queued for delivery.');
  await popup.close();
  const reopened = await openPopup(context, extensionId, tabId);

  await expect(reopened.locator('#seen-before')).toContainText('Captured before on', {
    timeout: 10_000,
  });
  await expect(reopened.locator('#changes')).toHaveText(
    `Title: ${EDITED_TITLE} → ${proposedTitle}`,
  );
  await expect(reopened.getByLabel('group_id (account)')).toHaveValue('lumen-harbor');
  // The save ended the draft: the page's proposal is shown, not the saved edit.
  await expect(reopened.locator('#draft-note')).toBeHidden();
  await expect(reopened.locator('#field-enrichment_employment_title')).toHaveValue(proposedTitle);
});
