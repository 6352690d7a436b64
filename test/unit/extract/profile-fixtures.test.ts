import { describe, expect, it } from 'vitest';
import { groupEnrichedPropertiesSchema } from '../../../lib/contract/event';
import { extractProfile, type Extraction } from '../../../lib/extract';
import { proposeProperties } from '../../../lib/normalize/propose';
import { proposeCompanyProperties } from '../../../lib/normalize/propose-company';
import { loadFixture } from './load-page';

/** The properties the popup would propose for an extraction. */
function propose(extraction: Extraction): Record<string, unknown> {
  if (extraction.kind === 'person') return proposeProperties(extraction).properties;
  if (extraction.kind === 'company') return proposeCompanyProperties(extraction).properties;

  return {};
}

/** What the popup would propose for a sample, as the CLI prints it. */
function capture(name: string) {
  const { document, url, expected } = loadFixture(name);
  const extraction = extractProfile(document, url);

  return { extraction, properties: propose(extraction), expected };
}

const COMPANY_SAMPLES = ['linkedin-company', 'github-org'];

const SAMPLES = [
  'linkedin-public-profile',
  'linkedin-member-profile',
  'github-user-full',
  'schema-person-jsonld',
  'not-a-profile-github-repo',
  ...COMPANY_SAMPLES,
];

describe('sample pages', () => {
  it.each(SAMPLES)('%s proposes exactly the expected properties', (name) => {
    const { extraction, properties, expected } = capture(name);

    expect(extraction.kind).toBe(expected.kind);
    for (const [key, value] of Object.entries(expected.properties)) {
      expect(properties[key], key).toEqual(value);
    }
  });

  it.each(SAMPLES)('%s proposes nothing that the page does not show', (name) => {
    const { properties, expected } = capture(name);

    if (expected.absent.includes('*')) {
      expect(properties).toEqual({});
    } else {
      for (const key of expected.absent) expect(properties, key).not.toHaveProperty(key);
    }
  });

  it.each(COMPANY_SAMPLES)('%s proposes group_enriched properties the contract accepts', (name) => {
    const { properties } = capture(name);

    expect(groupEnrichedPropertiesSchema.safeParse(properties).success).toBe(true);
  });
});
