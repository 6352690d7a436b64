/**
 * The visible top of a LinkedIn profile, for both the guest view (`top-card-layout`) and
 * the member view (`pv-top-card` and its contact-info dialog). Used when structured data
 * is missing a field; the member view's class names are LinkedIn's less obfuscated ones.
 */
import { unwrapLinkedinRedirect } from './linkedin-url';
import { readAttribute, readText } from './text';
import type { Position, RawPerson } from './types';

const NAME_SELECTOR = ['.top-card-layout__title', '.pv-top-card h1'].join(', ');

const GUEST_LOCATION_SELECTOR = '.top-card-layout__first-subline .top-card__subline-item';
const MEMBER_LOCATION_SELECTOR = '.pv-top-card .text-body-small.inline.t-black--light';

const AVATAR_SELECTOR = [
  'img.top-card__profile-image',
  'img.pv-top-card-profile-picture__image--show',
  'img.pv-top-card-profile-picture__image',
].join(', ');

const GUEST_COMPANY_SELECTOR =
  '.top-card__links-container [data-section="currentPositionsDetails"] .top-card-link__description';
const MEMBER_COMPANY_SELECTOR = 'button[aria-label^="Current company"]';

const EXPERIENCE_SELECTOR = 'li.experience-item[data-section="currentPositionsDetails"]';

/** The first subline item that is not a follower or connection count. */
function readLocation(document: Document): string | undefined {
  const items = [...document.querySelectorAll(GUEST_LOCATION_SELECTOR)].map(readText);
  const guest = items.find((item) => item && !/\d.*(follower|connection)/i.test(item));

  return guest ?? readText(document.querySelector(MEMBER_LOCATION_SELECTOR));
}

/** The avatar's address; the guest view loads it lazily from `data-delayed-url`. */
function readAvatar(document: Document): string | undefined {
  const image = document.querySelector(AVATAR_SELECTOR);
  const address = readAttribute(image, 'data-delayed-url') ?? readAttribute(image, 'src');

  // A member without a photo gets a "ghost" placeholder, which is not their avatar.
  return address?.startsWith('https://') && !address.includes('ghost') ? address : undefined;
}

/** The employer the top card names as current, which marks the primary position. */
export function readTopCardCompany(document: Document): string | undefined {
  const guest = readText(document.querySelector(GUEST_COMPANY_SELECTOR));
  const member = document.querySelector(MEMBER_COMPANY_SELECTOR);

  return guest ?? readText(member?.querySelector('.pv-text-details__right-panel-item-text'));
}

/** Current positions from the guest view's experience list. */
function readExperience(document: Document): Position[] {
  return [...document.querySelectorAll(EXPERIENCE_SELECTOR)]
    .map((item) => ({
      title: readText(item.querySelector('.profile-section-card__title')),
      employerName: readText(item.querySelector('.profile-section-card__subtitle')),
    }))
    .filter((position) => position.title || position.employerName);
}

/** Websites from the guest view's modal, unwrapped from LinkedIn's redirect. */
function readGuestWebsites(document: Document): string[] {
  return [...document.querySelectorAll('.websites__url a[href]')]
    .map((link) => unwrapLinkedinRedirect(link.getAttribute('href') ?? ''))
    .filter(Boolean);
}

/** The member view's contact-info sections, each with its heading. */
function readContactSections(document: Document) {
  return [...document.querySelectorAll('.pv-contact-info__contact-type')].map((section) => ({
    heading: readText(section.querySelector('.pv-contact-info__header')) ?? '',
    section,
  }));
}

/** Links of the contact sections whose heading matches, unwrapped. */
function readContactLinks(document: Document, heading: RegExp): string[] {
  return readContactSections(document)
    .filter((entry) => heading.test(entry.heading))
    .flatMap((entry) => [...entry.section.querySelectorAll('a[href]')])
    .map((link) => unwrapLinkedinRedirect(link.getAttribute('href') ?? ''))
    .filter(Boolean);
}

/**
 * Contact details of the member view. Phone numbers are plain text, so their section is
 * found by its English heading; other UI languages lose only the phone.
 */
function readContactInfo(document: Document): RawPerson {
  const phones = readContactSections(document)
    .filter((entry) => /phone/i.test(entry.heading))
    .flatMap((entry) => [...entry.section.querySelectorAll('.pv-contact-info__ci-container')])
    .map((item) => readText(item.querySelector('span')))
    .filter((phone): phone is string => phone !== undefined);
  const emails = [...document.querySelectorAll('.pv-contact-info__contact-type a[href^="mailto:"]')]
    .map((link) => (link.getAttribute('href') ?? '').replace(/^mailto:/i, '').trim())
    .filter((email) => email.includes('@'));

  return {
    phones,
    emails,
    websites: readContactLinks(document, /website/i),
    socialLinks: readContactLinks(document, /twitter|^x$/i),
  };
}

/** Current positions of the experience list, else the employer the top card names. */
function readTopCardPositions(document: Document): Position[] {
  const experience = readExperience(document);
  const company = readTopCardCompany(document);
  if (experience.length > 0) return experience;

  return company ? [{ employerName: company }] : [];
}

/** The fields the top card and the contact-info dialog show. */
export function readTopCard(document: Document): RawPerson {
  const contact = readContactInfo(document);

  return {
    displayName: readText(document.querySelector(NAME_SELECTOR)),
    location: readLocation(document),
    avatarUrl: readAvatar(document),
    positions: readTopCardPositions(document),
    ...contact,
    websites: [...readGuestWebsites(document), ...(contact.websites ?? [])],
  };
}
