import { readFileSync } from 'node:fs';
import { expect, openPopup, openSample, test } from './fixtures';

const MONTREAL_PROFILE_URL = readFileSync('test/fixtures/github-user-full.url.txt', 'utf8').trim();

test.setTimeout(30_000);

// The build gives the popup a compact city list in place of the package's
// (build/trim-city-table.ts); Canada has several zones, so only the city names this one.
test('the built popup derives a time zone from the city list', async ({ context, extensionId }) => {
  const { tabId } = await openSample(context, extensionId, MONTREAL_PROFILE_URL);

  const popup = await openPopup(context, extensionId, tabId);

  await expect(popup.locator('#field-enrichment_time_zone')).toHaveValue('America/Toronto', {
    timeout: 10_000,
  });
});
