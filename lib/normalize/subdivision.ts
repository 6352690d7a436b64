import { iso31662 } from 'iso-3166';
import { foldForMatch } from './fold';
import { SUBDIVISION_ALIASES } from './subdivision-names';

/** A first-level subdivision of a country (a state, province, region or prefecture). */
export interface Subdivision {
  /** The subdivision part of the ISO 3166-2 code: `CA` of `US-CA`, `BY` of `DE-BY`. */
  code: string;
  /** The country's ISO 3166-1 alpha-2 code. */
  countryCode: string;
  /** The ISO list's name in a readable order: `Comunidad de Madrid`, not `Madrid, Comunidad de`. */
  name: string;
}

/** Generic words some pages put before a region's name (`State of São Paulo`). */
const GENERIC_PREFIX = /^(state of|province of|estado de|provincia de|prefecture of|land) /;

/** Words that end a name written the ISO list's inverted way (`Murcia, Región de`). */
const INVERTED_TAIL = /\b(de|del|of|do|da|la)$/;

/** A readable name: `Madrid, Comunidad de` → `Comunidad de Madrid`; bilingual → first. */
function readableName(isoName: string): string {
  const [head = '', tail] = isoName.split(', ');
  if (tail === undefined) return isoName;

  return INVERTED_TAIL.test(tail) || !tail.includes(' ') ? `${tail} ${head}` : head;
}

/** The names a subdivision may be written as, beyond its ISO 3166-2 code. */
function namesOf(isoName: string, isoCode: string): string[] {
  const withoutNote = isoName.replace(/\s*\([^)]*\)/, '');
  const note = /\(([^)]*)\)/.exec(isoName)?.[1];

  return [isoName, readableName(isoName), withoutNote, ...(note ? [note] : [])].concat(
    SUBDIVISION_ALIASES[isoCode] ?? [],
  );
}

/** A row of the ISO 3166-2 list. */
type IsoRow = (typeof iso31662)[number];

/** A set of subdivisions, by folded name (each with the full codes it may mean) and code. */
interface SubdivisionIndex {
  byName: Map<string, Set<string>>;
  byCode: Map<string, Subdivision>;
}

/** Indexes rows of the ISO list: every name a row may be written as, folded. */
function indexRows(rows: IsoRow[]): SubdivisionIndex {
  const index: SubdivisionIndex = { byName: new Map(), byCode: new Map() };
  for (const { code, name, parent } of rows) {
    index.byCode.set(code, { code: code.slice(3), countryCode: parent, name: readableName(name) });
    // The ways of writing a name are often the same text: fold each only once.
    for (const written of new Set(namesOf(name, code))) {
      const key = foldForMatch(written);
      index.byName.set(key, (index.byName.get(key) ?? new Set()).add(code));
    }
  }

  return index;
}

/** The subdivisions an index holds under a written name. */
function lookUp(index: SubdivisionIndex, written: string): Subdivision[] {
  const folded = foldForMatch(written);
  const found =
    index.byName.get(folded) ?? index.byName.get(folded.replace(GENERIC_PREFIX, '')) ?? [];

  return [...found].map((code) => index.byCode.get(code)!);
}

let firstLevelRows: Map<string, IsoRow[]> | undefined;
const countryIndexes = new Map<string, SubdivisionIndex>();
let worldIndex: SubdivisionIndex | undefined;

/** First-level rows (the ISO list has about 5,000 rows, all levels) by country code. */
function rowsByCountry(): Map<string, IsoRow[]> {
  if (firstLevelRows) return firstLevelRows;
  firstLevelRows = new Map();
  for (const row of iso31662) {
    if (row.parent.length !== 2) continue;
    firstLevelRows.set(row.parent, [...(firstLevelRows.get(row.parent) ?? []), row]);
  }

  return firstLevelRows;
}

/**
 * One country's subdivisions, indexed on first use. Folding every name of the world takes
 * tens of milliseconds each time the popup opens; a country's own are a few dozen.
 */
function countryIndex(countryCode: string): SubdivisionIndex {
  const code = countryCode.toUpperCase();
  const known = countryIndexes.get(code);
  if (known) return known;
  const index = indexRows(rowsByCountry().get(code) ?? []);
  countryIndexes.set(code, index);

  return index;
}

/** Every first-level subdivision, of any country, that a written name may mean. */
export function subdivisionsNamed(written: string): Subdivision[] {
  worldIndex ??= indexRows([...rowsByCountry().values()].flat());

  return lookUp(worldIndex, written);
}

/** The subdivision of a country written as its code (`QC`, `NSW`, `by`), if it has one. */
export function subdivisionByCode(countryCode: string, written: string): Subdivision | undefined {
  if (!/^[a-z0-9]{1,3}$/i.test(written)) return undefined;

  return countryIndex(countryCode).byCode.get(`${countryCode}-${written}`.toUpperCase());
}

/**
 * The one subdivision of a country that a region written as a name or a code means, or
 * `undefined` when none does or the name is shared by two (a region and a province).
 */
export function findSubdivision(countryCode: string, written: string): Subdivision | undefined {
  const byItsCode = subdivisionByCode(countryCode, written.trim());
  if (byItsCode) return byItsCode;
  const named = lookUp(countryIndex(countryCode), written);

  return named.length === 1 ? named[0] : undefined;
}
