import { sql, type SQL } from "drizzle-orm";

import { parseSearchQuery, type SearchTerm } from "@/lib/search-query";

/**
 * The one text search of the app: the library, the Claims page (and the pickers that list claims)
 * and the assessments list call it with their own two vectors (db/schema: `searchVector`, stemmed,
 * and `exactVector`, every word as written, both of the folded text; migration 0011).
 *
 * A word matches its stem (talks = talk), a "phrase" matches those words in that order with its stop
 * words ("was not up for discussion"), `-` excludes, `or` offers either. What was typed is folded by
 * the same search_fold as the text, in the database: one folding for both sides.
 *
 * How it runs: every word, and the stemmed words of every phrase (which an exact match implies), go
 * into one tsquery on the stemmed vector, so its GIN index finds the candidates in one scan (`a & !b`
 * included). A phrase also asks for its adjacent word pairs in the pairs index (search_pairs,
 * migration 0012): "was not up for discussion" is the rows holding "was not", "not up", "up for" and
 * "for discussion", a few, where the stemmed words alone ("discuss") are thousands. Only the groups
 * that hold a phrase are then checked again, as written, on the exact vector.
 */
export interface TextSearch {
  /** True for a row that matches. */
  matches: SQL;
  /** Higher for a better match: ts_rank_cd of the stemmed words (phrases as phrases of stems). */
  rank: SQL<number>;
  /** Whether anything positive was asked for: without it, a best-match order means nothing. */
  isRanked: boolean;
  /**
   * A snippet of `text` with the matched words marked as `options` say (ts_headline's);
   * `startMark` is its StartSel. search_snippet (migrations 0012, 0013) gives ts_headline 600
   * characters around the first place the first phrase is written (or, without a phrase, the
   * first place a stem is) rather than the whole text.
   */
  headline(text: SQL, options: string, startMark: string): SQL<string>;
}

export interface SearchVectors {
  stemmed: SQL;
  exact: SQL;
  /**
   * The indexed word pairs of the exact vector, `search_pairs(exact_vector)` spelled as the index
   * is. Without it (a ranking subquery) phrases are found by the exact check alone.
   */
  pairs?: SQL;
  /**
   * For long texts, the text itself: a tsvector keeps at most 255 positions of one word (and none
   * past 16,383), so in a long article a phrase of common words ("the envoy said") can lie beyond
   * what the exact vector (and its pairs) remember. There the phrase is also looked for in the
   * folded text. `isLong` is spelled as a partial index's predicate (`word_count > 3000`, migration
   * 0012) so that the pairs index and it find the candidates together.
   */
  long?: { text: SQL; isLong: SQL };
}

/** Texts longer than this (in words) may have words whose positions a tsvector no longer holds. */
export const LONG_TEXT_WORDS = 3000;

/**
 * Text as a phrase is looked for in it: folded, accents off, lower case, every run of spaces and
 * punctuation one space, with a space at each end (so a phrase matches whole words only).
 */
const spaced = (text: SQL) =>
  sql`(' ' || regexp_replace(lower(unaccent(search_fold(${text}))), '[[:space:][:punct:]]+', ' ', 'g') || ' ')`;

const stemmedQuery = (text: string) =>
  sql`phraseto_tsquery('search_english'::regconfig, search_fold(${text}))`;
/** A phrase's stemmed words, all of them, in any order: what its exact match implies. */
const stemmedWords = (text: string) =>
  sql`plainto_tsquery('search_english'::regconfig, search_fold(${text}))`;
const exactQuery = (text: string) => sql`phraseto_tsquery('search_exact'::regconfig, search_fold(${text}))`;
const pairsOf = (text: string) =>
  sql`search_pairs(to_tsvector('search_exact'::regconfig, search_fold(${text})))`;

/**
 * The pairs a group of positive phrases needs, for the index, or a long text (whose vector may have
 * lost the positions that make a pair: it is checked on its text instead, see `long`); null when the
 * group has anything else or a phrase of one word (its pairs are none, and "contains nothing" would
 * scan the whole index).
 */
function pairsCondition(group: SearchTerm[], vectors: SearchVectors): SQL | null {
  const isPhrases = group.every(
    (term) =>
      term.kind === "phrase" &&
      !term.isNegated &&
      term.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length > 1,
  );
  if (!vectors.pairs || !isPhrases) return null;
  const { pairs, long } = vectors;
  return sql`(${sql.join(
    [...group.map((term) => sql`${pairs} @> ${pairsOf(term.text)}`), ...(long ? [long.isLong] : [])],
    sql` or `,
  )})`;
}

/**
 * The terms joined into one tsquery with `op`. Postgres drops empty operands (a stop word alone
 * gives an empty query), so "the" constrains nothing and `-the` excludes nothing.
 */
function joined(queries: SQL[], op: "&&" | "||"): SQL | null {
  return queries.length ? sql`(${sql.join(queries, sql.raw(` ${op} `))})` : null;
}

/**
 * A term's share of the stemmed tsquery; null when it cannot be said there (a negated phrase). A
 * phrase is its words without their order (`&`, not `<->`): the index answers that exactly, with no
 * second look at each row, and the exact check then asks for the order.
 */
function stemmedPart(term: SearchTerm): SQL | null {
  if (term.kind === "phrase") return term.isNegated ? null : stemmedWords(term.text);
  return term.isNegated ? sql`(!! ${stemmedQuery(term.text)})` : stemmedQuery(term.text);
}

/**
 * A word of several parts (25-30, U.S.) is a `<->` in the stemmed tsquery, which the GIN index can
 * only answer with a second look at each row it finds, and that look would compute the pairs of
 * every row again (milliseconds each). Such a search does without the pairs index.
 */
const isSeveralParts = (term: SearchTerm) => term.kind === "word" && /[^\p{L}\p{N}]/u.test(term.text);

/**
 * A term as written, for the groups that hold a phrase. No words at all: it constrains nothing.
 * `isPaired`: the term is its group's only one and the pairs index already holds the row to it; a
 * phrase of two words (numnode 3: two words and a `<->`) is then found, unless the text is long,
 * without reading the row's vector, the cost of a phrase found in thousands of articles.
 */
function exactCondition(term: SearchTerm, vectors: SearchVectors, isPaired = false): SQL {
  const [vector, query] =
    term.kind === "phrase"
      ? [vectors.exact, exactQuery(term.text)]
      : [vectors.stemmed, stemmedQuery(term.text)];
  const long = term.kind === "phrase" ? vectors.long : undefined;
  const found = long
    ? sql`(${vector} @@ ${query} or (${long.isLong} and strpos(${spaced(long.text)}, ${spaced(sql`${term.text}`)}) > 0))`
    : sql`${vector} @@ ${query}`;
  if (term.isNegated) return sql`(numnode(${query}) = 0 or not ${found})`;
  if (isPaired)
    return sql`(numnode(${query}) = 0 or (numnode(${query}) = 3 and ${long ? sql`not ${long.isLong}` : sql`true`}) or ${found})`;
  return sql`(numnode(${query}) = 0 or ${found})`;
}

/** The search for what was typed, or null when it holds no term (list everything). */
export function textSearch(input: string | null | undefined, vectors: SearchVectors): TextSearch | null {
  const groups = parseSearchQuery(input?.trim() ?? "");
  if (groups.length === 0) return null;

  // A group goes into the stemmed tsquery unless one of its terms cannot (then the group would say
  // less than it should under `||`, so it is left to the exact check alone).
  const stemmedGroups: SQL[] = [];
  const exactGroups: SQL[] = [];
  const pairGroups: SQL[] = [];
  const isPairable = !groups.flat().some(isSeveralParts);
  for (const group of groups) {
    const pairs = isPairable ? pairsCondition(group, vectors) : null;
    if (pairs) pairGroups.push(pairs);
    const parts = group.map(stemmedPart).filter((part) => part !== null);
    const isWhole = parts.length === group.length;
    if (isWhole) {
      const query = joined(parts, "||");
      if (query) stemmedGroups.push(query);
    }
    if (!isWhole || group.some((term) => term.kind === "phrase"))
      exactGroups.push(
        sql`(${sql.join(
          group.map((term) => exactCondition(term, vectors, pairs !== null && group.length === 1)),
          sql` or `,
        )})`,
      );
  }
  const stemmed = joined(stemmedGroups, "&&");
  const conditions = [
    ...(stemmed ? [sql`(numnode(${stemmed}) = 0 or ${vectors.stemmed} @@ ${stemmed})`] : []),
    ...pairGroups,
    ...exactGroups,
  ];
  const matches = conditions.length ? sql.join(conditions, sql` and `) : sql`true`;

  const positive = groups.flat().filter((term) => !term.isNegated);
  const phrases = positive.filter((term) => term.kind === "phrase");
  // Every positive term stemmed ranks and marks the words (a phrase as a phrase of stems). One
  // vector read per ranked row: reading a second, the exact one, doubled the cost of ranking.
  const ranked = joined(
    positive.map((term) => stemmedQuery(term.text)),
    "||",
  );
  const rank = sql<number>`(${ranked ? sql`ts_rank_cd(${vectors.stemmed}, ${ranked})` : sql`0`})::real`;
  // With a phrase, snippets mark words as written so the whole phrase is marked, stop words and all.
  const marked = phrases.length
    ? {
        config: sql`'search_exact'::regconfig`,
        query: joined(
          positive.map((term) => exactQuery(term.text)),
          "||",
        ),
      }
    : { config: sql`'search_english'::regconfig`, query: ranked };
  const words = positive.map((term) => term.text).join(" ");
  // The first phrase's words as written, as a regular expression: each run of anything but letters
  // and digits (spaces, a line break, a dash, a quote) stands for any such run; null without one.
  const pattern = phrases[0]
    ? sql`'\\m' || regexp_replace(nullif(regexp_replace(lower(search_fold(${phrases[0].text})), '^\\W+|\\W+$', '', 'g'), ''), '\\W+', '\\\\W+', 'g') || '\\M'`
    : sql`null::text`;
  return {
    matches,
    rank,
    isRanked: positive.length > 0,
    headline: (text, options, startMark) =>
      marked.query
        ? sql<string>`search_snippet(${text}, array(select lexeme from unnest(to_tsvector('search_english'::regconfig, search_fold(${words})))), ${pattern}, ${marked.config}, ${marked.query}, ${options}, ${startMark})`
        : sql<string>`left(${text}, 280)`,
  };
}
