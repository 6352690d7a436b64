import { describe, expect, it } from 'vitest';
import { cleanFullName, normalizeName, splitFullName } from '../../../lib/normalize/name';

describe('cleanFullName', () => {
  it.each([
    ['Dr. Amara Okafor, PhD', 'Amara Okafor'],
    ['Prof. Dr. Lena Brandt', 'Lena Brandt'],
    ['Prof. Dr. med. Lena Brandt', 'Lena Brandt'],
    ['Dipl.-Ing. Falko Reimers', 'Falko Reimers'],
    ['Mr. Tobias Quell', 'Tobias Quell'],
    ['Mrs Hedda Vorn', 'Hedda Vorn'],
    ['Ms. Odile Farrant', 'Odile Farrant'],
    ['Mx. Rowan Pelle', 'Rowan Pelle'],
    ['Ing. Matteo Scarsi', 'Matteo Scarsi'],
    ['Sra. Lucía Arbeloa', 'Lucía Arbeloa'],
    ['Mme Camille Ferrand', 'Camille Ferrand'],
    ['Jonas Weber MBA', 'Jonas Weber'],
    ['Jonas Weber MBA PMP', 'Jonas Weber'],
    ['Priya Raman, MD, FACS', 'Priya Raman'],
    ['Elin Sund, CFA', 'Elin Sund'],
    ['Mateo Arce, CPA, CMA', 'Mateo Arce'],
    ['Nadia Kerrou, Ph.D.', 'Nadia Kerrou'],
    ['Corwin Bale, Esq.', 'Corwin Bale'],
    ['Ilse Marten, M.Sc.', 'Ilse Marten'],
    ['Hollis Drake, PMP®', 'Hollis Drake'],
    ['Robert "Bobby" Tables', 'Robert Tables'],
    ['Robert “Bob” Quist', 'Robert Quist'],
    ["Margarethe 'Grete' Olm", 'Margarethe Olm'],
    ['Katarzyna (Kasia) Nowak', 'Katarzyna Nowak'],
    ['Sam Rivera (They/Them)', 'Sam Rivera'],
    ['Dana Whitlow (she/her)', 'Dana Whitlow'],
    ['Elio Marchetti he/him', 'Elio Marchetti'],
    ['Avery Stone she / her / hers', 'Avery Stone'],
    ['🚀 Mia Chen 🇸🇬', 'Mia Chen'],
    ['Lior Benami ✨', 'Lior Benami'],
    ['Jordan Vance 👨🏽‍💻', 'Jordan Vance'],
    ['Tessa Ruiz | Hiring', 'Tessa Ruiz'],
    ['Tessa Ruiz | Staff Engineer at Example Co', 'Tessa Ruiz'],
    ['Oskar Lind - Open to work', 'Oskar Lind'],
    ['Oskar Lind – Product Designer', 'Oskar Lind'],
    ['#OpenToWork | Ines Fabre', 'Ines Fabre'],
    ["Siobhán O'Rourke", "Siobhán O'Rourke"],
    ['Kwame Boateng-Asare', 'Kwame Boateng-Asare'],
    ['  Ana   María López ', 'Ana María López'],
    ['Marcus Hale Jr.', 'Marcus Hale Jr.'],
    ['Marcus Hale, Jr.', 'Marcus Hale Jr.'],
    ['Thaddeus Crane III, MBA', 'Thaddeus Crane III'],
    ['Okafor, Amara', 'Amara Okafor'],
    ['van der Berg, Anneke', 'Anneke van der Berg'],
    ['Nilsson, Freja, PhD', 'Freja Nilsson'],
    ['Jo Example, Founder & CEO', 'Jo Example'],
    ['Jo Example, Senior Software Engineer', 'Jo Example'],
    ['王小明 (Xiaoming Wang)', '王小明'],
    ['山田 太郎', '山田 太郎'],
  ])('cleans %j to %j', (written, cleaned) => {
    expect(cleanFullName(written)).toBe(cleaned);
  });

  it('keeps surnames that look like degrees when no comma marks them', () => {
    expect(cleanFullName('Li Ma')).toBe('Li Ma');
    expect(cleanFullName('Ingrid Pe')).toBe('Ingrid Pe');
    expect(cleanFullName('Minh Do')).toBe('Minh Do');
  });

  it('keeps given names that are also honorifics without their dot', () => {
    expect(cleanFullName('Ing Wong')).toBe('Ing Wong');
    expect(cleanFullName('Sir Galen Ashby')).toBe('Galen Ashby');
  });

  it('keeps a comma part it cannot read rather than dropping or turning it', () => {
    expect(cleanFullName('García López, María')).toBe('García López, María');
  });

  it('gives undefined when nothing is left', () => {
    expect(cleanFullName(' 🎉 ')).toBeUndefined();
    expect(cleanFullName('(she/her)')).toBeUndefined();
  });
});

describe('splitFullName', () => {
  it.each([
    ['Ingrid Valdés', 'Ingrid', 'Valdés'],
    ['Kwame Boateng-Asare', 'Kwame', 'Boateng-Asare'],
    ['Jean-Luc Moreau', 'Jean-Luc', 'Moreau'],
    ["Siobhán O'Rourke", 'Siobhán', "O'Rourke"],
    ['Anneke van der Berg', 'Anneke', 'van der Berg'],
    ['Lotte de Vries', 'Lotte', 'de Vries'],
    ['Pieter van den Hoek', 'Pieter', 'van den Hoek'],
    ['Maximilian von Arnsdorf', 'Maximilian', 'von Arnsdorf'],
    ['Lucía de la Fuente', 'Lucía', 'de la Fuente'],
    ['José Luis de la Fuente', 'José Luis', 'de la Fuente'],
    ['Beatriz da Costa Reis', 'Beatriz', 'da Costa Reis'],
    ['Mariana dos Anjos', 'Mariana', 'dos Anjos'],
    ['Giulia di Stefano', 'Giulia', 'di Stefano'],
    ['Amélie du Pont', 'Amélie', 'du Pont'],
    ['Ahmad bin Yusof', 'Ahmad', 'bin Yusof'],
    ['Nurul binti Hassan', 'Nurul', 'binti Hassan'],
    ['Khalid Omar al-Fayed', 'Khalid Omar', 'al-Fayed'],
    ['Youssef El Amrani', 'Youssef', 'El Amrani'],
    ['Marcus Hale Jr.', 'Marcus', 'Hale'],
    ['Thaddeus Crane III', 'Thaddeus', 'Crane'],
    ['Harlan J. Whitby', 'Harlan', 'Whitby'],
    ['Harlan J Whitby', 'Harlan', 'Whitby'],
    ['Jean DUPONTEL', 'Jean', 'DUPONTEL'],
    ['DUPONTEL Jean', 'Jean', 'DUPONTEL'],
    ['Marie-Claire LE GOFFIC', 'Marie-Claire', 'LE GOFFIC'],
    ['Li Ma', 'Li', 'Ma'],
  ])('splits %j into %j and %j', (fullName, firstName, lastName) => {
    expect(splitFullName(fullName)).toEqual({ firstName, lastName });
  });

  it.each([
    ['王小明', '小明', '王'],
    ['李娜', '娜', '李'],
    ['欧阳娜娜', '娜娜', '欧阳'],
    ['司马光明', '光明', '司马'],
    ['諸葛亮', '亮', '諸葛'],
    ['山田太郎', '太郎', '山田'],
    ['佐々木花子', '花子', '佐々木'],
    ['山田 太郎', '太郎', '山田'],
    ['김민준', '민준', '김'],
    ['김 민준', '민준', '김'],
    ['남궁민수', '민수', '남궁'],
    ['ジョン・スミス', 'ジョン', 'スミス'],
  ])('keeps the family-name-first order of %j: given %j, family %j', (name, first, last) => {
    expect(splitFullName(name)).toEqual({ firstName: first, lastName: last });
  });

  it.each([
    ['Ana María López', { firstName: 'Ana' }],
    ['Mary Beth Fallon', { firstName: 'Mary' }],
    ['Anna K.', { firstName: 'Anna' }],
    ['J. Whitby', { lastName: 'Whitby' }],
    ['Nguyen Van An', {}],
    ['Tran Thi Mai', {}],
    ['Van Hollis Carter', { firstName: 'Van' }],
    ['Prince', {}],
    ['さくらはなこ', {}],
    ['王明小红花', {}],
  ])('fills only what is certain of %j', (fullName, split) => {
    expect(splitFullName(fullName)).toEqual(split);
  });
});

describe('normalizeName', () => {
  it('takes first and last name from the page name fields, never from a split', () => {
    const name = normalizeName({
      displayName: 'Marisol Quintero Vega',
      givenName: 'Marisol',
      familyName: 'Quintero Vega',
    });

    expect(name).toEqual({
      fullName: 'Marisol Quintero Vega',
      firstName: 'Marisol',
      lastName: 'Quintero Vega',
    });
  });

  it('keeps a given name the page gives even when a split would differ', () => {
    const name = normalizeName({ displayName: 'Ana María López', givenName: 'Ana María' });

    expect(name).toEqual({ fullName: 'Ana María López', firstName: 'Ana María' });
  });

  it('cleans decorations off the page name fields too', () => {
    const name = normalizeName({ givenName: 'Dr. Hedda 🌿', familyName: 'Vorn, PhD' });

    expect(name).toEqual({ fullName: 'Hedda Vorn', firstName: 'Hedda', lastName: 'Vorn' });
  });

  it('composes the full name from the name fields when no display name is given', () => {
    expect(normalizeName({ givenName: 'Tomasz', familyName: 'Wierzbicki' }).fullName).toBe(
      'Tomasz Wierzbicki',
    );
  });

  it('composes a CJK full name family name first', () => {
    expect(normalizeName({ givenName: '小明', familyName: '王' }).fullName).toBe('王小明');
  });

  it('splits the cleaned display name when the page has no name fields', () => {
    expect(normalizeName({ displayName: 'Dr. Ingrid Valdés, PhD' })).toEqual({
      fullName: 'Ingrid Valdés',
      firstName: 'Ingrid',
      lastName: 'Valdés',
    });
  });

  it.each([
    ['Okafor, Amara', 'Amara Okafor', 'Amara', 'Okafor'],
    ['Okafor, Amara Ngozi', 'Amara Ngozi Okafor', 'Amara', 'Okafor'],
    ['de la Cruz, Inés', 'Inés de la Cruz', 'Inés', 'de la Cruz'],
  ])('turns "Last, First" %j around', (written, fullName, firstName, lastName) => {
    expect(normalizeName({ displayName: written })).toEqual({ fullName, firstName, lastName });
  });

  it.each([
    ['Robert (Bob) Smithers 🚀 | Hiring', 'Robert Smithers', 'Robert', 'Smithers'],
    ['Prof. Sabine von Arnsdorf, PhD (she/her)', 'Sabine von Arnsdorf', 'Sabine', 'von Arnsdorf'],
    ['Wei "David" Zhang - Open to work', 'Wei Zhang', 'Wei', 'Zhang'],
    ['王小明 ✨', '王小明', '小明', '王'],
    ['Mr. Desmond Achterberg Sr.', 'Desmond Achterberg Sr.', 'Desmond', 'Achterberg'],
  ])('cleans and splits %j', (written, fullName, firstName, lastName) => {
    expect(normalizeName({ displayName: written })).toEqual({ fullName, firstName, lastName });
  });

  it('gives no first or last name for an unreadable comma part', () => {
    expect(normalizeName({ displayName: 'García López, María' })).toEqual({
      fullName: 'García López, María',
    });
  });

  it('gives nothing for a name made only of decorations', () => {
    expect(normalizeName({ displayName: '🎉 ✨' })).toEqual({ fullName: undefined });
  });
});

describe('cleanFullName on hostile input', () => {
  it('refuses text far longer than a name instead of working through it', () => {
    expect(cleanFullName(`Ada ${'('.repeat(40_000)}`)).toBeUndefined();
  });

  it('removes direction overrides and keeps a joiner inside a word', () => {
    expect(cleanFullName('\u200bIl\u200dse\u200b \u202eKarlsson\u202c 🦄🏳️‍🌈')).toBe(
      'Il\u200dse Karlsson',
    );
  });
});
