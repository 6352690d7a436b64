/**
 * The visible parts of a LinkedIn company page: the top card and the About section, in
 * the guest view (`top-card-layout`, `data-test-id="about-us__…"`) and the member view
 * (`org-top-card`, an unlabeled `<dl>` whose `<dt>` headings are the only keys). Used
 * after structured data, for the fields it lacks.
 */
import { isLinkedinHost, unwrapLinkedinRedirect } from './linkedin-url';
import { readAttribute, readText } from './text';
import type { RawCompany } from './types';

/** The About fields that hold one text, and the two that hold lists. */
type TextField = 'industry' | 'size' | 'headquarters' | 'companyType' | 'founded';
type AboutField = TextField | 'websites' | 'phones' | 'specialties';

/** The guest view names each About entry in `data-test-id="about-us__<key>"`. */
const GUEST_KEYS: Record<string, AboutField> = {
  website: 'websites',
  industry: 'industry',
  size: 'size',
  headquarters: 'headquarters',
  organizationType: 'companyType',
  foundedOn: 'founded',
  specialties: 'specialties',
};

/**
 * The member view has only the visible headings, so they are matched in English; in other
 * UI languages these fields come from the top card and structured data alone.
 */
const MEMBER_LABELS: Record<string, AboutField> = {
  website: 'websites',
  phone: 'phones',
  industry: 'industry',
  'company size': 'size',
  headquarters: 'headquarters',
  type: 'companyType',
  founded: 'founded',
  specialties: 'specialties',
};

const DESCRIPTION_SELECTOR = [
  '[data-test-id="about-us__description"]',
  '.org-page-details-module__card-spacing > p.white-space-pre-wrap',
  '.org-about-us-organization-description__text',
  '.org-about-module__description',
].join(', ');

const NAME_SELECTOR = ['.org-top-card-summary__title', '.top-card-layout__title'].join(', ');
const LOGO_SELECTOR = [
  'img.org-top-card-primary-content__logo',
  'img.top-card-layout__entity-image',
];
const TAGLINE_SELECTOR = ['.org-top-card-summary__tagline', '.top-card-layout__headline'];
const INFO_LIST = '.org-top-card-summary-info-list';
const INFO_ITEM = '.org-top-card-summary-info-list__info-item';

/** One About entry: the field it fills and its `<dd>` elements. */
interface AboutEntry {
  field: AboutField;
  values: Element[];
}

/** Entries of the guest view, keyed by their test ids. */
function readGuestEntries(document: Document): AboutEntry[] {
  return [...document.querySelectorAll('[data-test-id^="about-us__"]')].flatMap((entry) => {
    const key = (entry.getAttribute('data-test-id') ?? '').replace('about-us__', '');
    const field = GUEST_KEYS[key];

    return field ? [{ field, values: [...entry.querySelectorAll('dd')] }] : [];
  });
}

/** The `<dd>` elements after a `<dt>`, up to the next `<dt>`. */
function readDefinitions(term: Element): Element[] {
  const values: Element[] = [];
  for (let next = term.nextElementSibling; next?.tagName === 'DD'; next = next.nextElementSibling) {
    values.push(next);
  }

  return values;
}

/** Entries of the member view, keyed by their English headings. */
function readMemberEntries(document: Document): AboutEntry[] {
  return [...document.querySelectorAll('dl > dt')].flatMap((term) => {
    const field = MEMBER_LABELS[(readText(term) ?? '').toLowerCase()];

    return field ? [{ field, values: readDefinitions(term) }] : [];
  });
}

/** The http(s) targets of links, unwrapped from LinkedIn's redirect. */
function readTargets(links: Element[]): string[] {
  return links
    .map((link) => unwrapLinkedinRedirect(link.getAttribute('href') ?? ''))
    .filter((href) => /^https?:\/\//i.test(href));
}

/** Whether an address is on LinkedIn; one that does not parse counts as not a website. */
function isLinkedinAddress(address: string): boolean {
  return !URL.canParse(address) || isLinkedinHost(new URL(address).hostname);
}

/**
 * The websites an entry or action links to. A LinkedIn page there (some companies enter
 * their own LinkedIn page as website) is not a website.
 */
function readWebsiteLinks(links: Element[]): string[] {
  return readTargets(links).filter((target) => !isLinkedinAddress(target));
}

/** A phone entry's number: the `tel:` link, else the entry's first line of text. */
function readPhones(values: Element[]): string[] {
  return values.flatMap((value) => {
    const link = value.querySelector('a[href^="tel:"]');
    const shown =
      readText(link?.querySelector('span') ?? link) ?? readText(value.firstElementChild);
    const phone = shown ?? readText(value);

    return phone ? [phone] : [];
  });
}

/** The links inside the elements. */
function linksIn(elements: Element[]): Element[] {
  return elements.flatMap((element) => [...element.querySelectorAll('a[href]')]);
}

/** Adds one entry's value to the fields; the first entry for a field wins. */
function addEntry(fields: RawCompany, { field, values }: AboutEntry) {
  if (fields[field] !== undefined) return;
  if (field === 'websites') fields.websites = readWebsiteLinks(linksIn(values));
  else if (field === 'phones') fields.phones = readPhones(values);
  else if (field === 'specialties') fields.specialties = values.map(readText).filter(isText);
  // Company size is followed by a second line (`1,024 associated members`): not a size.
  else fields[field] = readText(values[0]);
}

/** Whether a value is a non-empty string. */
function isText(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** Office addresses, one line each (member view: location cards; guest view: `address-N`). */
function readAddresses(document: Document): string[] {
  const cards = document.querySelectorAll('.org-location-card, [id^="address-"]');

  return [...cards]
    .map((card) => [...card.querySelectorAll('p')].map(readText).filter(isText).join(', '))
    .filter(Boolean);
}

/** The fields of the About section: overview, labeled entries and locations. */
export function readCompanyAbout(document: Document): RawCompany {
  const fields: RawCompany = {
    description: readText(document.querySelector(DESCRIPTION_SELECTOR)),
    addresses: readAddresses(document),
  };
  for (const entry of [...readGuestEntries(document), ...readMemberEntries(document)]) {
    addEntry(fields, entry);
  }

  return fields;
}

/** The logo's address; the guest view loads it lazily from `data-delayed-url`. */
function readLogo(document: Document): string | undefined {
  const image = document.querySelector(LOGO_SELECTOR.join(', '));
  const address = readAttribute(image, 'data-delayed-url') ?? readAttribute(image, 'src');

  // A company without a logo gets a "ghost" placeholder, which is not its logo.
  return address?.startsWith('https://') && !address.includes('ghost') ? address : undefined;
}

/**
 * The member view's summary line. Its first item (outside the inner group) is the
 * industry; the inner group holds location, follower count and size, told apart by text.
 */
function readInfoList(document: Document): RawCompany {
  const list = document.querySelector(INFO_LIST);
  if (!list) return {};
  const industry = readText(list.querySelector(`:scope > ${INFO_ITEM}`));
  const grouped = [...list.querySelectorAll(`:scope > :not(${INFO_ITEM}) ${INFO_ITEM}`)]
    .map(readText)
    .filter(isText);

  return {
    industry,
    size: grouped.find((item) => /\bemployees?$/i.test(item)),
    headquarters: grouped.find((item) => !/\b(followers?|employees?)$/i.test(item)),
  };
}

/** The "Visit website" action of the top card, when it leads off LinkedIn. */
function readWebsiteAction(document: Document): string[] {
  const actions = document.querySelectorAll(
    'a.org-top-card-primary-actions__action[href], a[data-tracking-control-name$="_website"]',
  );

  // Other actions (messaging, a job search) are LinkedIn links, which this leaves out.
  return readWebsiteLinks([...actions]);
}

/** The fields the top card shows: name, logo, tagline, summary line and website. */
export function readCompanyTopCard(document: Document): RawCompany {
  return {
    name: readText(document.querySelector(NAME_SELECTOR)),
    logoUrl: readLogo(document),
    tagline: readText(document.querySelector(TAGLINE_SELECTOR.join(', '))),
    ...readInfoList(document),
    websites: readWebsiteAction(document),
  };
}
