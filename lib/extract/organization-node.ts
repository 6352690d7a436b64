/** Reading a schema.org `Organization` node (JSON-LD) into a company's raw fields. */
import {
  asList,
  isNode,
  readAddressCountry,
  readNodes,
  readString,
  readStrings,
  type JsonLdNode,
} from './json-ld';
import { isLinkedinHost } from './linkedin-url';
import type { RawCompany } from './types';

/** An http(s) address resolved against the page (JSON-LD may hold relative ones). */
function resolveHttpAddress(value: string | undefined, base: URL): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);

    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The company's own websites from `url` and `sameAs`. LinkedIn's guest view puts the
 * website in `sameAs` and its own company page in `url`; LinkedIn pages are not websites.
 */
function readWebsites(organization: JsonLdNode, base: URL): string[] {
  return [...readStrings(organization, 'url'), ...readStrings(organization, 'sameAs')]
    .map((value) => resolveHttpAddress(value, base))
    .filter((value): value is string => value !== undefined)
    .filter((value) => !isLinkedinHost(new URL(value).hostname));
}

/** A logo given as a URL or as an ImageObject; `image` when there is no `logo`. */
function readLogo(organization: JsonLdNode, base: URL): string | undefined {
  const logo = asList(organization.logo ?? organization.image)[0];
  if (typeof logo === 'string') return resolveHttpAddress(logo.trim(), base);
  if (!isNode(logo)) return undefined;

  return resolveHttpAddress(readString(logo, 'contentUrl') ?? readString(logo, 'url'), base);
}

/** The headquarters' address parts, or the address as one string when it is not a node. */
function readAddress(organization: JsonLdNode): RawCompany {
  const address = readNodes(organization, 'address')[0];
  if (!address) return { headquarters: readString(organization, 'address') };

  return {
    streetAddress: readString(address, 'streetAddress'),
    postalCode: readString(address, 'postalCode'),
    locality: readString(address, 'addressLocality'),
    region: readString(address, 'addressRegion'),
    country: readAddressCountry(address),
  };
}

/**
 * `numberOfEmployees`: a number or a QuantitativeValue's `value` is an exact count; a
 * `minValue`/`maxValue` pair is a range, written as LinkedIn writes ranges (`51-200`).
 */
function readEmployees(organization: JsonLdNode): RawCompany {
  const employees = asList(organization.numberOfEmployees)[0];
  if (typeof employees === 'number' || typeof employees === 'string') {
    return { employeeCount: String(employees).trim() || undefined };
  }
  if (!isNode(employees)) return {};
  const [min, max] = [readString(employees, 'minValue'), readString(employees, 'maxValue')];

  return {
    employeeCount: readString(employees, 'value'),
    size: min && max ? `${min}-${max}` : undefined,
  };
}

/** E-mail addresses without their `mailto:` scheme or query. */
function readEmails(organization: JsonLdNode): string[] {
  return readStrings(organization, 'email')
    .map((email) => email.replace(/^mailto:/i, '').replace(/\?.*$/, ''))
    .filter((email) => email.includes('@'));
}

/** The raw fields of a schema.org `Organization` node; addresses resolve against `base`. */
export function readOrganizationNode(organization: JsonLdNode, base: URL): RawCompany {
  return {
    name: readString(organization, 'name'),
    legalName: readString(organization, 'legalName'),
    websites: readWebsites(organization, base),
    logoUrl: readLogo(organization, base),
    description: readString(organization, 'description'),
    tagline: readString(organization, 'slogan'),
    ...readEmployees(organization),
    founded: readString(organization, 'foundingDate'),
    specialties: readStrings(organization, 'knowsAbout'),
    ...readAddress(organization),
    phones: readStrings(organization, 'telephone'),
    emails: readEmails(organization),
  };
}
