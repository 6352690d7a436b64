import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../../../../lib/normalize/title/classify-title';
import { TITLE_SAMPLES_BY_LANGUAGE, type TitleSample } from './sample-titles';

/** The classification a sample row expects, without the parts it leaves unguessed. */
function expected([, role, subRole, seniority]: TitleSample) {
  return Object.fromEntries(
    Object.entries({ role, subRole, seniority }).filter(([, value]) => value !== undefined),
  );
}

describe('classifyTitle on typical titles', () => {
  for (const [language, samples] of Object.entries(TITLE_SAMPLES_BY_LANGUAGE)) {
    it.each(samples.map((sample) => [sample[0], sample] as const))(
      `${language}: reads %j`,
      (title, sample) => {
        expect(classifyTitle(title)).toEqual(expected(sample));
      },
    );
  }

  it('covers at least 300 titles in eight languages', () => {
    const counts = Object.values(TITLE_SAMPLES_BY_LANGUAGE).map((samples) => samples.length);

    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(300);
    expect(counts.every((count) => count >= 25)).toBe(true);
  });
});

describe('classifyTitle on the sample pages’ titles', () => {
  it.each([
    ['Head of Data Platform', 'Engineering', 'Data Engineering', 'Director'],
    ['Staff Software Engineer', 'Engineering', 'Software Engineering', 'Lead'],
    ['Principal Solutions Architect', 'Engineering', 'Architecture', 'Lead'],
  ])('reads %j', (title, role, subRole, seniority) => {
    expect(classifyTitle(title)).toEqual({ role, subRole, seniority });
  });
});

describe('classifyTitle when the title is ambiguous', () => {
  it.each(['Associate', 'Partner', 'Specialist', 'Freelancer', 'Member of Technical Staff'])(
    'guesses nothing from %j',
    (title) => {
      expect(classifyTitle(title)).toEqual({});
    },
  );

  it.each(['Board Member', 'Advisor', 'Chairman of the Board', 'Non-Executive Director'])(
    'gives a board seat (%j) no role and no seniority',
    (title) => {
      expect(classifyTitle(title)).toEqual({});
    },
  );

  it('gives a founder the executive level but no role', () => {
    expect(classifyTitle('Founder')).toEqual({ seniority: 'Executive' });
    expect(classifyTitle('Co-Founder')).toEqual({ seniority: 'Executive' });
  });

  it('gives a consultant the consulting role only when no function is named', () => {
    expect(classifyTitle('Consultant')).toEqual({ role: 'Consulting' });
    expect(classifyTitle('Security Consultant')).toEqual({ role: 'Security' });
  });

  it('gives no role when the title names two families', () => {
    expect(classifyTitle('Head of Sales & Marketing')).toEqual({ seniority: 'Director' });
    expect(classifyTitle('CEO & CTO')).toEqual({ seniority: 'Executive' });
    expect(classifyTitle('BI Developer')).toEqual({});
  });

  it('gives no sub-role when the title names two of one family', () => {
    expect(classifyTitle('Backend & Mobile Developer')).toEqual({ role: 'Engineering' });
  });

  it('gives no seniority to a title without a level marker', () => {
    expect(classifyTitle('Software Engineer')).not.toHaveProperty('seniority');
    expect(classifyTitle('Account Executive')).not.toHaveProperty('seniority');
  });

  it('takes the highest level when a title carries two', () => {
    expect(classifyTitle('Senior Manager')).toEqual({ seniority: 'Manager' });
    expect(classifyTitle('Senior Director of Engineering').seniority).toBe('Director');
    expect(classifyTitle('Senior Vice President').seniority).toBe('Vice President');
  });

  it('reads only the first segment of a headline', () => {
    expect(classifyTitle('CEO & Co-founder | Angel investor | Advisor')).toEqual({
      role: 'General Management',
      seniority: 'Executive',
    });
    expect(classifyTitle('Data Engineer • ex-Sales')).toEqual({
      role: 'Engineering',
      subRole: 'Data Engineering',
    });
    expect(classifyTitle('| Product Manager')).toEqual({
      role: 'Product',
      subRole: 'Product Management',
    });
  });
});

describe('classifyTitle word boundaries', () => {
  it('does not read an abbreviation inside a longer word', () => {
    expect(classifyTitle('Doctor')).not.toHaveProperty('seniority');
    expect(classifyTitle('Director of International Relations').seniority).toBe('Director');
    expect(classifyTitle('Internal Communications').seniority).toBeUndefined();
    expect(classifyTitle('Leadership Coach')).toEqual({});
  });

  it('ignores case, diacritics, emoji and decorations', () => {
    const plain = classifyTitle('Geschaftsfuhrer');

    expect(classifyTitle('⭐ GESCHÄFTSFÜHRER ⭐')).toEqual(plain);
    expect(plain).toEqual({ role: 'General Management', seniority: 'Executive' });
  });

  it('gives nothing for an empty or decorative title', () => {
    expect(classifyTitle('')).toEqual({});
    expect(classifyTitle(' 🚀 ✨ ')).toEqual({});
  });
});
