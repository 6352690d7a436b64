import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../lib/extract';
import { proposeProperties } from '../../../lib/normalize/propose';
import { loadFixture } from './load-page';

/** What the popup would propose for a sample, as the CLI prints it. */
function capture(name: string) {
  const { document, url, expected } = loadFixture(name);
  const extraction = extractProfile(document, url);
  const properties: Record<string, unknown> =
    extraction.kind === 'person' ? proposeProperties(extraction).properties : {};

  return { extraction, properties, expected };
}

const PERSON_AND_NONE_SAMPLES = [
  'linkedin-public-profile',
  'linkedin-member-profile',
  'github-user-full',
  'schema-person-jsonld',
  'not-a-profile-github-repo',
];

describe('sample pages', () => {
  it.each(PERSON_AND_NONE_SAMPLES)('%s proposes exactly the expected properties', (name) => {
    const { extraction, properties, expected } = capture(name);

    expect(extraction.kind).toBe(expected.kind);
    for (const [key, value] of Object.entries(expected.properties)) {
      expect(properties[key], key).toEqual(value);
    }
  });

  it.each(PERSON_AND_NONE_SAMPLES)('%s proposes nothing that the page does not show', (name) => {
    const { properties, expected } = capture(name);

    if (expected.absent.includes('*')) {
      expect(properties).toEqual({});
    } else {
      for (const key of expected.absent) expect(properties, key).not.toHaveProperty(key);
    }
  });

  // Company pages are a later issue; until then they must not be taken for a person.
  it.each(['linkedin-company', 'github-org'])('%s is not proposed as a person', (name) => {
    const { extraction } = capture(name);

    expect(extraction.kind).toBe('none');
  });
});
