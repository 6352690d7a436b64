import { firstTitleSegment, foldTitle } from './fold-title';
import { compileEntry, findKeywords, keepLongest, type KeywordMatch } from './keyword-pattern';
import { ROLE_FAMILIES, ROLE_NEUTRAL_PHRASES } from './role-families';
import { SENIORITY_LEVELS, SENIORITY_NEUTRAL_PHRASES } from './seniority-levels';
import { SENIORITY_ORDER, type Seniority, type TitleClassification } from './types';

/** What a role keyword stands for; `undefined` family for a neutral phrase. */
interface RoleHit {
  family?: string;
  subRole?: string;
  broad?: boolean;
  fallback?: boolean;
}

// Prepared once when the module loads; classifying a title then only runs the patterns.
const SENIORITY_ENTRIES = [
  ...SENIORITY_LEVELS.map(({ level, keywords }) =>
    compileEntry<Seniority | undefined>(level, keywords),
  ),
  compileEntry<Seniority | undefined>(undefined, SENIORITY_NEUTRAL_PHRASES),
];

const ROLE_ENTRIES = [
  ...ROLE_FAMILIES.flatMap((family) => [
    compileEntry<RoleHit>({ family: family.name, fallback: family.fallback }, family.keywords),
    ...family.subRoles.map((subRole) =>
      compileEntry<RoleHit>(
        {
          family: family.name,
          fallback: family.fallback,
          subRole: subRole.name,
          broad: subRole.broad,
        },
        subRole.keywords,
      ),
    ),
  ]),
  compileEntry<RoleHit>({}, ROLE_NEUTRAL_PHRASES),
];

/**
 * Whether a longer role match hides a shorter one inside it. A family's own word spares its
 * sub-roles: `finanz*` covers all of `Finanzbuchhalter` but must leave `*buchhalter*`.
 */
function roleCanHide(outer: RoleHit, inner: RoleHit): boolean {
  return outer.family !== inner.family || outer.subRole !== undefined;
}

/** The highest level among the markers found, or none. */
function pickSeniority(matches: KeywordMatch<Seniority | undefined>[]): Seniority | undefined {
  const levels = matches.map((match) => match.value).filter((level) => level !== undefined);

  return SENIORITY_ORDER.find((level) => levels.includes(level));
}

/** The one sub-role named, a specific one before a broad one; none when two compete. */
function pickSubRole(hits: RoleHit[]): string | undefined {
  const named = (broad: boolean) =>
    [
      ...new Set(hits.filter((hit) => Boolean(hit.broad) === broad).map((hit) => hit.subRole)),
    ].filter((name) => name !== undefined);
  const specific = named(false);
  if (specific.length > 0) return specific.length === 1 ? specific[0] : undefined;
  const broad = named(true);

  return broad.length === 1 ? broad[0] : undefined;
}

/** The one family named (a fallback family only when no other is), with its sub-role. */
function pickRole(matches: KeywordMatch<RoleHit>[]): Omit<TitleClassification, 'seniority'> {
  const hits = matches.map((match) => match.value).filter((hit) => hit.family !== undefined);
  const primary = hits.filter((hit) => !hit.fallback);
  const counted = primary.length > 0 ? primary : hits;
  const families = [...new Set(counted.map((hit) => hit.family))];
  if (families.length !== 1) return {};

  return { role: families[0], subRole: pickSubRole(counted) };
}

/**
 * Role family, sub-role and seniority of a job title, read from its first segment through
 * the taxonomy; each part is left out when the title does not name it or names two.
 * @example classifyTitle('Senior Backend Engineer') // Engineering, Backend Engineering, Senior
 */
export function classifyTitle(title: string): TitleClassification {
  const folded = foldTitle(firstTitleSegment(title));
  if (!folded) return {};

  const seniority = pickSeniority(keepLongest(findKeywords(folded, SENIORITY_ENTRIES)));
  const { role, subRole } = pickRole(keepLongest(findKeywords(folded, ROLE_ENTRIES), roleCanHide));

  return { ...(role && { role }), ...(subRole && { subRole }), ...(seniority && { seniority }) };
}
