import { readFileSync } from 'node:fs';
import { expect, openPopup, openSample, test } from './fixtures';

const FIRST_URL = readFileSync('test/fixtures/linkedin-public-profile.url.txt', 'utf8').trim();
const FIRST_HTML = readFileSync('test/fixtures/linkedin-public-profile.html', 'utf8');
const FIRST_SLUG = 'marisol-quintero-4b2a17';
const SECOND_SLUG = 'ana-ejemplo-ruiz-77c1';

/** A second, invented profile with the first one's structure. */
const SECOND_HTML = FIRST_HTML.replaceAll(FIRST_SLUG, SECOND_SLUG)
  .replaceAll('Marisol Quintero Vega', 'Ana Ejemplo Ruiz')
  .replaceAll('"Marisol"', '"Ana"')
  .replaceAll('"Quintero Vega"', '"Ejemplo Ruiz"');

test('after in-page navigation to another profile the popup captures the second one', async ({
  context,
  extensionId,
}) => {
  const { page, tabId } = await openSample(context, extensionId, FIRST_URL);

  // LinkedIn changes the address first and renders the new profile a moment later.
  await page.evaluate(
    ({ slug, html }) => {
      history.pushState({}, '', `/in/${slug}`);
      setTimeout(() => {
        document.documentElement.innerHTML = new DOMParser().parseFromString(
          html,
          'text/html',
        ).documentElement.innerHTML;
      }, 700);
    },
    { slug: SECOND_SLUG, html: SECOND_HTML },
  );
  const popup = await openPopup(context, extensionId, tabId);

  await expect(popup.locator('#field-enrichment_full_name')).toHaveValue('Ana Ejemplo Ruiz');
  await expect(popup.getByLabel('user_id')).toHaveValue(`linkedin:${SECOND_SLUG}`);
  await expect(popup.locator('#field-enrichment_linkedin_handle')).toHaveValue(
    `https://www.linkedin.com/in/${SECOND_SLUG}`,
  );
});

test('a field the user edits is marked as edited', async ({ context, extensionId }) => {
  const { tabId } = await openSample(context, extensionId, FIRST_URL);
  const popup = await openPopup(context, extensionId, tabId);
  const title = popup.locator('#field-enrichment_employment_title');
  const label = popup.locator('label[for="field-enrichment_employment_title"]');
  await expect(label).toContainText('from page data');

  await title.fill('Head of Data');

  await expect(label).toContainText('(edited)');
});
