import countries from 'i18n-iso-countries';
import type { LocaleData } from 'i18n-iso-countries';
import czech from 'i18n-iso-countries/langs/cs.json' with { type: 'json' };
import danish from 'i18n-iso-countries/langs/da.json' with { type: 'json' };
import german from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import spanish from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import finnish from 'i18n-iso-countries/langs/fi.json' with { type: 'json' };
import french from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import italian from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import japanese from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import korean from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import norwegian from 'i18n-iso-countries/langs/nb.json' with { type: 'json' };
import dutch from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import polish from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import portuguese from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import russian from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import swedish from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import turkish from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import chinese from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { foldForMatch } from './fold';

/**
 * Languages whose country names are understood. Profiles are written in the member's
 * language (`München, Bayern, Deutschland`), so a country's own name must be known too:
 * these cover the languages of the biggest profile sites' audiences. Each adds ~10 kB.
 */
const LOCALES: LocaleData[] = [
  english,
  german,
  french,
  spanish,
  portuguese,
  italian,
  dutch,
  polish,
  swedish,
  danish,
  norwegian,
  finnish,
  czech,
  turkish,
  russian,
  japanese,
  chinese,
  korean,
];
for (const locale of LOCALES) countries.registerLocale(locale);

/** Names some pages write that no locale file lists. */
const EXTRA_NAMES: Record<string, string> = {
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  turkiye: 'TR',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'czech republic': 'CZ',
  'united states of america': 'US',
};

/** What a folded name stands for: a country's code, or `AMBIGUOUS` when it names two. */
const AMBIGUOUS = null;

/** Every folded name in every locale, with the code it names (or `AMBIGUOUS`). */
function buildNameIndex(): Map<string, string | typeof AMBIGUOUS> {
  const index = new Map<string, string | typeof AMBIGUOUS>();
  // Many languages write a country alike (`Chile`, `Argentina`): fold each text once.
  const folded = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = folded.get(name) ?? foldForMatch(name);
    folded.set(name, key);
    const known = index.get(key);
    // A code rather than a set per name: the index is built each time the popup opens.
    index.set(key, known === undefined || known === code ? code : AMBIGUOUS);
  };
  for (const locale of LOCALES) {
    const names = countries.getNames(locale.locale, { select: 'all' });
    for (const [code, list] of Object.entries(names)) list.forEach((name) => add(name, code));
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) add(name, code);

  return index;
}

let nameIndex: Map<string, string | typeof AMBIGUOUS> | undefined;

/** The code a country name stands for in any known language, if it stands for one. */
function codeOfName(written: string): string | undefined {
  nameIndex ??= buildNameIndex();

  return nameIndex.get(foldForMatch(written)) ?? undefined;
}

/**
 * The ISO 3166-1 alpha-2 code of a country written as an alpha-2 or alpha-3 code or as a
 * name in one of the known languages (`Spain`, `España`, `Deutschland`, `ESP`, `es`, `USA`,
 * `UK`), or `undefined` when it is not a country.
 */
export function toCountryCode(written: string): string | undefined {
  const value = written.trim();
  if (/^[a-z]{2}$/i.test(value) && countries.isValid(value)) return value.toUpperCase();
  if (/^[a-z]{3}$/i.test(value)) {
    const code = countries.alpha3ToAlpha2(value.toUpperCase());
    if (code) return code;
  }

  return codeOfName(value);
}

/** Whether a text is a country's name (not a code) in one of the known languages. */
export function isCountryName(written: string): boolean {
  return codeOfName(written) !== undefined;
}

/** The English name of a country code, e.g. `GH` → `Ghana`. */
export function countryName(code: string): string | undefined {
  return countries.getName(code, 'en');
}
