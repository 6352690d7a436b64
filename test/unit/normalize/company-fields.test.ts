import { describe, expect, it } from 'vitest';
import {
  companyDomain,
  crunchbaseHandle,
  readEmployeeCount,
  readEmployeeSize,
  readFoundedYear,
  splitSpecialties,
  withoutTracking,
} from '../../../lib/normalize/company-fields';

describe('withoutTracking', () => {
  it('drops tracking parameters and keeps the others', () => {
    expect(withoutTracking('https://www.acme.example/?utm_source=linkedin&trk=x')).toBe(
      'https://www.acme.example/',
    );
    expect(withoutTracking('https://acme.example/p?id=4&utm_medium=social')).toBe(
      'https://acme.example/p?id=4',
    );
  });

  it('keeps an address that does not parse as written', () => {
    expect(withoutTracking('acme.example')).toBe('acme.example');
  });
});

describe('companyDomain', () => {
  it('prefers a verified domain over the website', () => {
    expect(companyDomain(['corp.acme.example'], ['https://acme-other.example'])).toEqual({
      domain: 'acme.example',
      from: 'verifiedDomains',
    });
  });

  it('reduces the website to its registrable domain', () => {
    expect(companyDomain([], ['https://oss.acme.co.uk/?utm_source=x'])).toEqual({
      domain: 'acme.co.uk',
      from: 'websites',
    });
  });

  it('takes no domain from LinkedIn, GitHub or social links', () => {
    const links = ['https://www.linkedin.com/company/acme', 'https://github.com/acme'];

    expect(companyDomain([], links)).toBeUndefined();
  });
});

describe('readEmployeeSize', () => {
  it.each([
    ['51-200 employees', { range: '51-200' }],
    ['10,001+ employees', { range: '10,001+' }],
    ['2-10', { range: '2-10' }],
    ['1,204 employees', { count: 1204 }],
    ['Self-employed', {}],
    ['51-200 Beschäftigte', { range: '51-200' }],
    ['11-50 salariés', { range: '11-50' }],
    ['1.204 empleados', { count: 1204 }],
    ['about 40 employees', {}],
    [undefined, {}],
  ])('reads %s', (written, size) => {
    expect(readEmployeeSize(written)).toEqual(size);
  });
});

describe('readEmployeeCount', () => {
  it('reads whole numbers only', () => {
    expect(readEmployeeCount('37')).toBe(37);
    expect(readEmployeeCount('1 204')).toBe(1204);
    expect(readEmployeeCount('about 40')).toBeUndefined();
  });

  it('leaves out a count too large to be real or exact (a page can write 400 digits)', () => {
    expect(readEmployeeCount('9'.repeat(400))).toBeUndefined();
    expect(readEmployeeCount('9007199254740993')).toBeUndefined();
    expect(readEmployeeCount('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('readFoundedYear', () => {
  it.each([
    ['2016', 2016],
    ['2016-03-01', 2016],
    ['Founded 1998', 1998],
    ['12345', undefined],
    [undefined, undefined],
  ])('reads %s as %s', (written, year) => {
    expect(readFoundedYear(written)).toBe(year);
  });
});

describe('splitSpecialties', () => {
  it("splits LinkedIn's list and keeps an `and` inside an item", () => {
    expect(splitSpecialties(['Drones, research and development, and offshore wind'])).toEqual([
      'Drones',
      'research and development',
      'offshore wind',
    ]);
  });

  it('keeps items given one by one and drops repeats', () => {
    expect(splitSpecialties(['Drones', 'Drones', 'Wind'])).toEqual(['Drones', 'Wind']);
  });
});

describe('crunchbaseHandle', () => {
  it('reads the organization slug of a Crunchbase link only', () => {
    expect(crunchbaseHandle('https://www.crunchbase.com/organization/acme-works')).toBe(
      'acme-works',
    );
    expect(crunchbaseHandle('https://www.crunchbase.com/person/someone')).toBeUndefined();
  });
});
