import { describe, expect, it } from 'vitest';
import { readEmbeddedProfile } from '../../../lib/extract/linkedin-embedded';
import { pageWith } from './load-page';

/** A hidden `<code>` response as LinkedIn embeds it: JSON, HTML-escaped. */
function embeddedResponse(id: string, included: unknown[]): string {
  const escaped = JSON.stringify({ data: {}, included })
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;');

  return `<code style="display: none" id="bpr-guid-${id}">${escaped}</code>`;
}

/** A profile entity with one current position. */
function profile(id: string, slug: string, firstName: string) {
  return [
    {
      $type: 'com.linkedin.voyager.dash.identity.profile.Profile',
      entityUrn: `urn:li:fsd_profile:${id}`,
      firstName,
      lastName: 'Example',
      publicIdentifier: slug,
      geoLocation: { '*geo': `urn:li:fsd_geo:${id}` },
    },
    {
      $type: 'com.linkedin.voyager.dash.common.Geo',
      entityUrn: `urn:li:fsd_geo:${id}`,
      defaultLocalizedName: `${firstName}town, Norway`,
      '*country': 'urn:li:fsd_geo:no',
    },
    {
      $type: 'com.linkedin.voyager.dash.common.Geo',
      entityUrn: 'urn:li:fsd_geo:no',
      countryISOCode: 'no',
    },
    {
      $type: 'com.linkedin.voyager.dash.identity.profile.Position',
      entityUrn: `urn:li:fsd_profilePosition:(${id},1)`,
      companyName: `${firstName} Co`,
      title: 'Engineer',
      dateRange: { start: { year: 2020 } },
    },
    {
      $type: 'com.linkedin.voyager.dash.identity.profile.Position',
      entityUrn: `urn:li:fsd_profilePosition:(${id},2)`,
      companyName: 'Old Co',
      title: 'Intern',
      dateRange: { start: { year: 2015 }, end: { year: 2016 } },
    },
  ];
}

describe('readEmbeddedProfile', () => {
  it('reads only the profile of this slug, ignoring a stale response of another', () => {
    const body =
      embeddedResponse('1', profile('STALE', 'stale-example', 'Stale')) +
      embeddedResponse('2', profile('LIVE', 'live-example', 'Live'));
    const { document } = pageWith('https://www.linkedin.com/in/live-example/', { body });

    const fields = readEmbeddedProfile(document, 'live-example');

    expect(fields).toMatchObject({
      givenName: 'Live',
      familyName: 'Example',
      location: 'Livetown, Norway',
      country: 'NO',
      positions: [{ title: 'Engineer', employerName: 'Live Co' }],
    });
  });

  it('gives nothing when only a stale response is on the page', () => {
    const body = embeddedResponse('1', profile('STALE', 'stale-example', 'Stale'));
    const { document } = pageWith('https://www.linkedin.com/in/live-example/', { body });

    expect(readEmbeddedProfile(document, 'live-example')).toEqual({});
  });

  it('skips a response that is not JSON', () => {
    const body = '<code id="bpr-guid-9">{not json</code>';
    const { document } = pageWith('https://www.linkedin.com/in/live-example/', { body });

    expect(readEmbeddedProfile(document, 'live-example')).toEqual({});
  });
});
