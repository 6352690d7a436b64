import { foldForMatch } from '../normalize/fold';
import { byLatestCapture, type AccountSummary } from './account';

/** One `group_id` the person form offers, with the account's name and domain if known. */
export interface GroupChoice {
  groupId: string;
  name?: string;
  domain?: string;
}

/**
 * The `group_id`s to offer on a person's form, each once: the groups used lately (most
 * recent first, as the researcher tags people one account after another), then the other
 * captured accounts (latest captured first), then further suggestions such as the bare
 * employer domain, unless a captured account already stands for that domain.
 */
export function buildGroupChoices(
  accounts: AccountSummary[],
  recentGroups: string[],
  suggestions: Array<string | undefined> = [],
): GroupChoice[] {
  const byId = new Map(accounts.map((account) => [account.groupId, account]));
  const accountDomains = new Set(accounts.map((account) => account.domain).filter(Boolean));
  const ordered = [
    ...recentGroups,
    ...[...accounts].sort(byLatestCapture).map((account) => account.groupId),
    ...suggestions.filter((suggestion) => !accountDomains.has(suggestion)),
  ].filter((groupId): groupId is string => Boolean(groupId));

  return [...new Set(ordered)].map((groupId) => {
    const account = byId.get(groupId);

    return { groupId, name: account?.name, domain: account?.domain };
  });
}

/** How well a choice's texts match a folded query: 0 starts, 1 a word starts, 2 contains. */
function matchRank(choice: GroupChoice, query: string): number | undefined {
  const texts = [choice.name, choice.domain, choice.groupId]
    .filter((text): text is string => Boolean(text))
    .map(foldForMatch);
  if (texts.some((text) => text.startsWith(query))) return 0;
  if (texts.some((text) => text.split(/[\s:./@]+/).some((word) => word.startsWith(query)))) {
    return 1;
  }

  return texts.some((text) => text.includes(query)) ? 2 : undefined;
}

/**
 * The choices matching what the user typed, by name, domain or `group_id`, best first and
 * otherwise in the given order; every choice for an empty query.
 */
export function searchGroupChoices(choices: GroupChoice[], query: string): GroupChoice[] {
  const folded = foldForMatch(query);
  if (folded === '') return choices;
  const ranked = choices
    .map((choice, index) => ({ choice, index, rank: matchRank(choice, folded) }))
    .filter((entry): entry is typeof entry & { rank: number } => entry.rank !== undefined);

  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.choice);
}

/** The text a choice is listed with: `Name · domain · group_id`, without repeats. */
export function describeGroupChoice(choice: GroupChoice): string {
  return [...new Set([choice.name, choice.domain, choice.groupId].filter(Boolean))].join(' · ');
}
