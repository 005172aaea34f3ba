/**
 * Pure helpers behind the composer's @mention autocomplete: which members match what is typed, and
 * what the text looks like once one is picked. Kept apart from React so they are tested directly.
 */

/** The most people the autocomplete lists at once. */
export const MENTION_SUGGESTION_LIMIT = 8;

/** Lower-case without accents, so "zoe" finds "Zoë" and "ANN" finds "Ann". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");
}

/**
 * How well `name` matches `query`: 0 when the name starts with it, 1 when one of its words does,
 * 2 when it appears anywhere, null when it does not match at all.
 */
function matchRank(name: string, query: string): number | null {
  const folded = fold(name);
  if (folded.startsWith(query)) return 0;
  if (folded.split(/[\s\-'’.]+/).some((word) => word.startsWith(query))) return 1;
  return folded.includes(query) ? 2 : null;
}

/**
 * The members whose name matches the partial name typed after `@`, best first: names that start
 * with it, then names with a word that starts with it, then names that merely contain it, each
 * group alphabetical. An empty query lists everyone alphabetically. At most `limit`.
 */
export function matchMembers<T extends { name: string }>(
  members: readonly T[],
  query: string,
  limit: number = MENTION_SUGGESTION_LIMIT,
): T[] {
  const needle = fold(query.trim());
  const ranked: { member: T; rank: number }[] = [];
  for (const member of members) {
    const rank = needle === "" ? 0 : matchRank(member.name, needle);
    if (rank !== null) ranked.push({ member, rank });
  }
  return ranked
    .toSorted((a, b) => a.rank - b.rank || a.member.name.localeCompare(b.member.name, "en"))
    .slice(0, limit)
    .map(({ member }) => member);
}

/**
 * The composer text after picking `name` for the `@query` that runs from `start` (the `@`) to
 * `end` (the caret): `@Full Name ` replaces it, and the caret lands after the space. When a space
 * or line break already follows, no second space is added; the caret moves past the existing one.
 */
export function insertMention(
  text: string,
  start: number,
  end: number,
  name: string,
): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const mention = `@${name}`;
  if (/^\s/.test(after)) return { text: before + mention + after, caret: start + mention.length + 1 };
  return { text: `${before}${mention} ${after}`, caret: start + mention.length + 1 };
}
