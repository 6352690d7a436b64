/**
 * The member view (a signed-in user) has no JSON-LD. LinkedIn's single-page app embeds the
 * API responses it used to render the page as HTML-escaped JSON inside hidden `<code>`
 * elements. A response stays in the page after navigating to another profile, so only
 * the profile whose `publicIdentifier` is this page's slug is read.
 */
import { isNode, readString, readStrings, type JsonLdNode } from './json-ld';
import type { Position, RawPerson } from './types';

type Entity = JsonLdNode;

/** The `included` entities of each embedded response that parses, one list per response. */
function readEmbeddedResponses(document: Document): Entity[][] {
  const blocks = document.querySelectorAll('code[id^="bpr-guid-"]');

  return [...blocks].flatMap((block) => {
    try {
      const included = (JSON.parse(block.textContent ?? '') as { included?: unknown }).included;

      return Array.isArray(included) ? [included.filter(isNode)] : [];
    } catch {
      return [];
    }
  });
}

/** Whether an entity's `$type` ends with the given name. */
function isType(entity: Entity, name: string): boolean {
  return typeof entity.$type === 'string' && entity.$type.endsWith(`.${name}`);
}

/** The entity with this URN in the same response. */
function findByUrn(entities: Entity[], urn: unknown): Entity | undefined {
  return typeof urn === 'string' ? entities.find((entity) => entity.entityUrn === urn) : undefined;
}

/** Location display name and country code from the profile's geo references. */
function readGeo(profile: Entity, entities: Entity[]): RawPerson {
  const reference = isNode(profile.geoLocation) ? profile.geoLocation : {};
  const geo = findByUrn(entities, reference['*geo'] ?? reference.geoUrn);
  if (!geo) return {};
  const country = findByUrn(entities, geo['*country']);

  return {
    location: readString(geo, 'defaultLocalizedName'),
    country: country && readString(country, 'countryISOCode')?.toUpperCase(),
  };
}

/** The largest rendition of the profile picture. */
function readPicture(profile: Entity): string | undefined {
  const picture = isNode(profile.profilePicture) ? profile.profilePicture : {};
  const reference = isNode(picture.displayImageReference) ? picture.displayImageReference : {};
  const image = isNode(reference.vectorImage) ? reference.vectorImage : {};
  const rootUrl = readString(image, 'rootUrl');
  const artifacts = Array.isArray(image.artifacts) ? image.artifacts.filter(isNode) : [];
  const largest = artifacts.sort((a, b) => Number(b.width) - Number(a.width))[0];
  const segment = largest && readString(largest, 'fileIdentifyingUrlPathSegment');

  return rootUrl && segment ? rootUrl + segment : undefined;
}

/** Positions of this profile with no end date, in the response's order. */
function readCurrentPositions(profile: Entity, entities: Entity[]): Position[] {
  const profileId = String(profile.entityUrn ?? '').replace(/^urn:li:fsd_profile:/, '');

  return entities
    .filter((entity) => isType(entity, 'Position'))
    .filter((entity) => String(entity.entityUrn ?? '').includes(`(${profileId},`))
    .filter((entity) => !(isNode(entity.dateRange) && entity.dateRange.end))
    .map((entity) => ({
      title: readString(entity, 'title'),
      employerName: readString(entity, 'companyName'),
    }));
}

/** The fields of the profile with this slug from the page's embedded API responses. */
export function readEmbeddedProfile(document: Document, slug: string): RawPerson {
  for (const entities of readEmbeddedResponses(document)) {
    const profile = entities.find(
      (entity) =>
        isType(entity, 'Profile') &&
        readStrings(entity, 'publicIdentifier')[0]?.toLowerCase() === slug,
    );
    if (!profile) continue;

    return {
      givenName: readString(profile, 'firstName'),
      familyName: readString(profile, 'lastName'),
      ...readGeo(profile, entities),
      avatarUrl: readPicture(profile),
      positions: readCurrentPositions(profile, entities),
    };
  }

  return {};
}
