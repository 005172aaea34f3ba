/**
 * What a person types in a search box, read as web search engines read it: words (all must match),
 * "quoted phrases" (those words, in that order), a leading `-` to exclude a word or phrase, and `or`
 * between two terms for either. Curly quotes and typographic dashes count as the plain ones. Only the
 * syntax is read here; the words are folded and matched by the database (server/services/search/).
 */

export interface SearchTerm {
  kind: "word" | "phrase";
  /** As typed, without its quotes or its `-`. */
  text: string;
  isNegated: boolean;
}

/** Terms that must all hold; each entry holds when any of its terms does (`a b or c` = a, b|c). */
export type SearchQuery = SearchTerm[][];

const QUOTES = new Set(['"', "“", "”", "„", "‟", "«", "»"]);
const NEGATION = new Set(["-", "–", "—", "−"]);
/** At most this many terms are read: a pasted paragraph still searches promptly. */
export const MAX_TERMS = 32;

/** The terms of `input`, in order; empty when it has none. */
export function parseSearchQuery(input: string): SearchQuery {
  const tokens: ({ term: SearchTerm } | { or: true })[] = [];
  let i = 0;
  while (i < input.length && tokens.length < MAX_TERMS * 2) {
    const char = input.charAt(i);
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const next = input.charAt(i + 1);
    const isNegated = NEGATION.has(char) && next !== "" && !/\s/.test(next);
    const start = isNegated ? i + 1 : i;
    if (QUOTES.has(input.charAt(start))) {
      let end = start + 1;
      while (end < input.length && !QUOTES.has(input.charAt(end))) end++;
      const text = input.slice(start + 1, end).trim();
      if (text) tokens.push({ term: { kind: "phrase", text, isNegated } });
      i = end + 1;
      continue;
    }
    let end = start;
    while (end < input.length && !/\s/.test(input.charAt(end)) && !QUOTES.has(input.charAt(end))) end++;
    const text = input.slice(start, end);
    if (!isNegated && text.toLowerCase() === "or") tokens.push({ or: true });
    else if (text) tokens.push({ term: { kind: "word", text, isNegated } });
    i = end;
  }
  // `or` joins the terms on either side into one group; a stray `or` at either end is a word.
  const groups: SearchQuery = [];
  let joinNext = false;
  for (const [index, token] of tokens.entries()) {
    if ("or" in token) {
      const hasBefore = groups.length > 0 && !joinNext;
      const hasAfter = tokens.slice(index + 1).some((later) => "term" in later);
      if (hasBefore && hasAfter) joinNext = true;
      else groups.push([{ kind: "word", text: "or", isNegated: false }]);
      continue;
    }
    const last = groups.at(-1);
    if (joinNext && last) last.push(token.term);
    else groups.push([token.term]);
    joinNext = false;
  }
  return groups.slice(0, MAX_TERMS);
}
