import { describe, expect, it } from 'vitest';
import { employerDomain, registrableDomain } from '../../../lib/normalize/domain';

describe('employerDomain', () => {
  it('reduces the employer website to its registrable domain', () => {
    const position = { employerWebsite: 'https://www.tidewater-systems.example/' };

    expect(employerDomain(position)).toBe('tidewater-systems.example');
    expect(registrableDomain('https://oss.acme.co.uk/x')).toBe('acme.co.uk');
  });

  it('never derives a domain from the employer name', () => {
    expect(employerDomain({ employerName: 'Acme Example' })).toBeUndefined();
  });

  it('never takes a LinkedIn or GitHub link for an employer domain', () => {
    expect(employerDomain({ employerWebsite: 'https://www.linkedin.com/company/acme' })).toBe(
      undefined,
    );
    expect(employerDomain({ employerWebsite: 'https://github.com/acme' })).toBeUndefined();
  });

  it('never takes the person own website for the employer domain', () => {
    const position = { employerWebsite: 'https://blog.jo.example/' };

    expect(employerDomain(position, ['https://jo.example/'])).toBeUndefined();
  });

  it('gives nothing for a website that is not an address', () => {
    expect(employerDomain({ employerWebsite: 'acme' })).toBeUndefined();
  });
});
