/**
 * LinkedIn company pages (`/company/<slug>` and its tabs), as accounts: the guest view's
 * JSON-LD `Organization` first, then the About section and the top card of either view.
 */
import { mergeLayers, readLayer } from './layers';
import { collectJsonLdNodes, hasType, readNodes, readStrings, type JsonLdNode } from './json-ld';
import { readCompanyAbout, readCompanyTopCard } from './linkedin-company-about';
import {
  canonicalLinkedinCompanyUrl,
  readLinkedinCompanySlug,
  readLinkedinCompanySlugFromText,
} from './linkedin-company-url';
import { readOrganizationNode } from './organization-node';
import type { Extraction, RawCompany } from './types';

/** schema.org types a company page describes itself with. */
const ORGANIZATION_TYPES = ['Organization', 'Corporation'];

/** The LinkedIn company slugs a node names in `url`, `@id` or `sameAs`. */
function readCompanySlugs(node: JsonLdNode): string[] {
  return ['url', '@id', 'sameAs']
    .flatMap((key) => readStrings(node, key))
    .map(readLinkedinCompanySlugFromText)
    .filter((slug): slug is string => slug !== undefined);
}

/**
 * The Organization of this company: the one naming this slug, else the page's only
 * Organization when it names no other LinkedIn company.
 */
function findCompanyNode(document: Document, slug: string): JsonLdNode | undefined {
  const nodes = collectJsonLdNodes(document);
  const organizations = [
    ...nodes,
    ...nodes.flatMap((node) => readNodes(node, 'mainEntity')),
  ].filter((node) => ORGANIZATION_TYPES.some((type) => hasType(node, type)));
  const named = organizations.find((node) => readCompanySlugs(node).includes(slug));
  if (named) return named;
  const [only] = organizations;

  return organizations.length === 1 && only && readCompanySlugs(only).length === 0
    ? only
    : undefined;
}

/** The company's JSON-LD fields. */
function readJsonLdCompany(document: Document, url: URL, slug: string): RawCompany {
  const node = findCompanyNode(document, slug);
  if (!node) return {};

  // LinkedIn's `numberOfEmployees` counts members who list the company, not a head count.
  return { ...readOrganizationNode(node, url), employeeCount: undefined };
}

/** A company from a LinkedIn company page; `none` for members, the feed and the rest. */
export function extractLinkedinCompany(document: Document, url: URL): Extraction {
  const slug = readLinkedinCompanySlug(url);
  if (!slug) return { kind: 'none', reason: 'This LinkedIn page is not a company page.' };

  const merged = mergeLayers<RawCompany>([
    readLayer('json-ld', 'structured-data', () => readJsonLdCompany(document, url, slug)),
    readLayer('about', 'page-text', () => readCompanyAbout(document)),
    readLayer('top-card', 'page-text', () => readCompanyTopCard(document)),
  ]);
  if (!merged.fields.name) {
    return { kind: 'none', reason: 'No company is shown on this LinkedIn page yet.' };
  }

  return {
    kind: 'company',
    source: 'linkedin-company',
    profileUrl: canonicalLinkedinCompanyUrl(slug),
    ...merged,
  };
}
