import { describe, expect, it } from 'vitest';
import {
  handleBackgroundRequest,
  type BackgroundServices,
} from '../../../lib/background/handle-request';
import { extractProfile } from '../../../lib/extract';
import { profileExtractionSchema } from '../../../lib/extract/extraction-schema';
import type { CompanyExtraction, PersonExtraction } from '../../../lib/extract/types';
import { backgroundRequestSchema, backgroundResponseSchemas } from '../../../lib/messages';
import { proposeProperties } from '../../../lib/normalize/propose';
import { proposeCompanyProperties } from '../../../lib/normalize/propose-company';
import { proposalSchema } from '../../../lib/normalize/proposal-schema';
import { loadFixture } from '../extract/load-page';

/** `capture.propose` reads no storage: the services are never touched. */
const NO_SERVICES = {} as BackgroundServices;

function extractFixture(name: string) {
  const { document, url } = loadFixture(name);

  return extractProfile(document, url);
}

/** The request as the background receives it: validated by the message schema. */
function proposeRequest(extraction: unknown) {
  const request = backgroundRequestSchema.parse({ type: 'capture.propose', extraction });
  if (request.type !== 'capture.propose') throw new Error('not a proposal request');

  return request;
}

describe('capture.propose', () => {
  it.each(['linkedin-member-several-positions', 'github-user-full'])(
    'answers for %s what the popup would have proposed itself, in a valid answer',
    async (name) => {
      const extraction = extractFixture(name) as PersonExtraction;

      const answer = await handleBackgroundRequest(proposeRequest(extraction), NO_SERVICES);

      expect(answer).toEqual(proposeProperties(extraction));
      expect(backgroundResponseSchemas['capture.propose'].parse(answer)).toEqual(answer);
    },
  );

  it.each(['linkedin-company', 'github-org'])('proposes an account for %s', async (name) => {
    const extraction = extractFixture(name) as CompanyExtraction;

    const answer = await handleBackgroundRequest(proposeRequest(extraction), NO_SERVICES);

    expect(answer).toEqual(proposeCompanyProperties(extraction));
    expect(proposalSchema.parse(answer)).toEqual(answer);
  });

  it('answers a company with a 400-digit head count in a shape that survives JSON', async () => {
    const extraction = extractFixture('linkedin-company') as CompanyExtraction;
    const hostile = {
      ...extraction,
      fields: { ...extraction.fields, employeeCount: '9'.repeat(400) },
    };

    const answer = await handleBackgroundRequest(proposeRequest(hostile), NO_SERVICES);
    // What crosses runtime.sendMessage (JSON), and what the popup then checks.
    const received: unknown = JSON.parse(JSON.stringify(answer));

    expect(backgroundResponseSchemas['capture.propose'].parse(received)).toEqual(answer);
  });

  it('refuses a page without a profile and a field of the wrong type', () => {
    const person = extractFixture('github-user-full');
    const wrongType = { ...person, fields: { displayName: ['Jo', 'Doe'] } };

    expect(() => proposeRequest({ kind: 'none', reason: 'no profile' })).toThrow();
    expect(() => proposeRequest(wrongType)).toThrow();
  });

  it('drops fields no extractor gives, so a hostile page cannot pass other keys through', () => {
    const person = extractFixture('github-user-full') as PersonExtraction;
    const smuggled = { ...person, fields: { ...person.fields, __html: '<img onerror=x>' } };

    const parsed = profileExtractionSchema.parse(smuggled);

    expect(parsed.fields).not.toHaveProperty('__html');
    expect(parsed).toEqual(person);
  });
});

describe('proposalSchema', () => {
  it('refuses a proposal with a key the contract does not have', () => {
    const proposal = proposeProperties(extractFixture('github-user-full') as PersonExtraction);
    const wrongKey = { ...proposal, properties: { ...proposal.properties, enrichment_iq: '1' } };

    expect(proposalSchema.safeParse(wrongKey).success).toBe(false);
  });

  it('refuses a value of another kind than its key takes (text for the phone list)', () => {
    const proposal = proposeProperties(extractFixture('github-user-full') as PersonExtraction);
    const phoneAsText = { ...proposal, properties: { enrichment_phone: '+34 600 000 000' } };
    const nameAsList = { ...proposal, properties: { enrichment_full_name: ['Jo'] } };

    expect(proposalSchema.safeParse(phoneAsText).success).toBe(false);
    expect(proposalSchema.safeParse(nameAsList).success).toBe(false);
  });

  it('refuses a value that is neither text, texts nor a count', () => {
    const proposal = proposeProperties(extractFixture('github-user-full') as PersonExtraction);
    const wrongValue = { ...proposal, properties: { enrichment_full_name: { html: '<b>' } } };

    expect(proposalSchema.safeParse(wrongValue).success).toBe(false);
  });
});
