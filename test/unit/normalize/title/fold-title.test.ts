import { describe, expect, it } from 'vitest';
import { firstTitleSegment, foldTitle } from '../../../../lib/normalize/title/fold-title';

describe('firstTitleSegment', () => {
  it.each([
    ['CEO & Co-founder | Angel investor', 'CEO & Co-founder'],
    ['Data Engineer • Speaker', 'Data Engineer'],
    ['Software Engineer at Example Corp', 'Software Engineer'],
    ['Entwicklerin bei Beispiel GmbH', 'Entwicklerin'],
    ['Head of Sales – EMEA', 'Head of Sales'],
    ['Designer - Freelance', 'Designer'],
    ['| 🚀 | Founder', 'Founder'],
  ])('takes %j as %j', (title, segment) => {
    expect(firstTitleSegment(title)).toBe(segment);
  });

  it('keeps slashes, commas and hyphens inside a title', () => {
    expect(firstTitleSegment('Founder/CEO, Co-owner')).toBe('Founder/CEO, Co-owner');
  });
});

describe('foldTitle', () => {
  it.each([
    ['Geschäftsführer', 'geschaftsfuhrer'],
    ['Straße', 'strasse'],
    ['Główna Księgowa', 'glowna ksiegowa'],
    ['Ingénieur d’études', 'ingenieur d etudes'],
    ['🚀 Co-Founder & CEO ✨', 'co founder ceo'],
    ['UI/UX', 'ui ux'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldTitle(text)).toBe(folded);
  });
});
