import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  groupEnrichedPropertiesSchema,
  userEnrichedPropertiesSchema,
} from '../../../lib/contract/event';
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

const captures = new Map<string, ReturnType<typeof captureOnce>>();

/** What the popup would propose for a sample, as the CLI prints it. */
function captureOnce(name: string) {
  const { document, url, expected } = loadFixture(name);
  const extraction = extractProfile(document, url);

  return { extraction, properties: propose(extraction), expected };
}

/** A sample's capture, parsed once for all the tests that read it. */
function capture(name: string) {
  const found = captures.get(name) ?? captureOnce(name);
  captures.set(name, found);

  return found;
}

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const FILES = readdirSync(fileURLToPath(FIXTURES));

/** Every sample in `test/fixtures`: a name with a page, found without a list to keep. */
const SAMPLES = FILES.filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

/** A sample's expected result, read without parsing its page. */
function readExpected(name: string): ReturnType<typeof loadFixture>['expected'] {
  return JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), 'utf8'));
}

/** Each sample with every property it expects and every property it must not propose. */
const EXPECTED_VALUES = SAMPLES.flatMap((name) =>
  Object.entries(readExpected(name).properties).map(([key, value]) => ({
    name,
    key,
    value,
  })),
);
const EXPECTED_ABSENT = SAMPLES.flatMap((name) =>
  readExpected(name).absent.map((key) => ({ name, key })),
);

const kindOf = (name: string) => readExpected(name).kind;

describe('sample pages', () => {
  it('has at least 30 samples, each with its address and its expected result', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(30);
    for (const name of SAMPLES) {
      expect(FILES, name).toContain(`${name}.url.txt`);
      expect(FILES, name).toContain(`${name}.expected.json`);
    }
  });

  it.each(SAMPLES)('%s is extracted as the expected kind', (name) => {
    const { extraction, expected } = capture(name);

    expect(extraction.kind).toBe(expected.kind);
  });

  it.each(EXPECTED_VALUES)('$name proposes $key exactly', ({ name, key, value }) => {
    const { properties } = capture(name);

    expect(properties[key], key).toEqual(value);
  });

  it.each(EXPECTED_ABSENT)('$name does not propose $key', ({ name, key }) => {
    const { properties } = capture(name);

    if (key === '*') expect(properties).toEqual({});
    else expect(properties, key).not.toHaveProperty(key);
  });

  it.each(SAMPLES.filter((name) => kindOf(name) === 'person'))(
    '%s proposes user_enriched properties the contract accepts',
    (name) => {
      const { properties } = capture(name);

      expect(userEnrichedPropertiesSchema.safeParse(properties).success).toBe(true);
    },
  );

  it.each(SAMPLES.filter((name) => kindOf(name) === 'company'))(
    '%s proposes group_enriched properties the contract accepts',
    (name) => {
      const { properties } = capture(name);

      expect(groupEnrichedPropertiesSchema.safeParse(properties).success).toBe(true);
    },
  );

  it.each(SAMPLES.filter((name) => kindOf(name) !== 'none'))(
    '%s lists in absent no key it also expects',
    (name) => {
      const expected = readExpected(name);

      expect(expected.absent.filter((key) => key in expected.properties)).toEqual([]);
    },
  );
});
