import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../lib/extract';
import { extractionSchema } from '../../../lib/extract/extraction-schema';
import { loadFixture } from './load-page';

/** What the content script answers for a sample page. */
function extractFixture(name: string) {
  const { document, url } = loadFixture(name);

  return extractProfile(document, url);
}

describe('extractionSchema for companies', () => {
  it.each(['linkedin-company', 'github-org'])('accepts what %s yields, unchanged', (name) => {
    const extraction = extractFixture(name);

    const result = extractionSchema.safeParse(extraction);

    expect(extraction.kind).toBe('company');
    expect(result.data).toEqual(extraction);
  });

  it('rejects a company from a person extractor', () => {
    const company = { ...extractFixture('github-org'), source: 'github-user' };

    expect(extractionSchema.safeParse(company).success).toBe(false);
  });

  it('rejects a company field of the wrong type', () => {
    const extraction = extractFixture('linkedin-company');
    const company = { ...extraction, fields: { name: 'Kestrel Works', specialties: 'drones' } };

    const result = extractionSchema.safeParse(company);

    expect(result.error?.issues[0]?.path).toEqual(['fields', 'specialties']);
  });
});
