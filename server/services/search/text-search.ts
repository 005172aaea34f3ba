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
 */
export interface TextSearch {
  /** True for a row that matches. */
  matches: SQL;
  /** Higher for a better match: stemmed words, plus the exact phrases. */
  rank: SQL<number>;
  /** A snippet of `text` with the matched words between `start` and `stop`. */
  headline(text: SQL, options: string): SQL<string>;
}

export interface SearchVectors {
  stemmed: SQL;
  exact: SQL;
}

const stemmedQuery = (text: string) =>
  sql`phraseto_tsquery('search_english'::regconfig, search_fold(${text}))`;
const exactQuery = (text: string) => sql`phraseto_tsquery('search_exact'::regconfig, search_fold(${text}))`;

/**
 * One term as a condition. A word that is only a stop word ("the") constrains nothing: the database
 * folds `numnode(…) = 0` away before it plans, so the index is still used for the rest.
 */
function condition(term: SearchTerm, vectors: SearchVectors): SQL {
  const stemmed = stemmedQuery(term.text);
  const holds = (vector: SQL, query: SQL) => sql`(numnode(${query}) = 0 or ${vector} @@ ${query})`;
  // A phrase holds as written (exact); its stemmed form, which an exact match implies, lets the
  // planner start from the rarer words' index entries rather than from every "was" and "for".
  const match =
    term.kind === "phrase"
      ? sql`(${holds(vectors.stemmed, stemmed)} and ${holds(vectors.exact, exactQuery(term.text))})`
      : holds(vectors.stemmed, stemmed);
  return term.isNegated ? sql`(not ${match})` : match;
}

/** The tsqueries joined with `||`: a query the positive terms make, for ranking and snippets. */
function anyOf(queries: SQL[]): SQL | null {
  return queries.length ? sql.join(queries, sql` || `) : null;
}

/** The search for what was typed, or null when it holds no term (list everything). */
export function textSearch(input: string | null | undefined, vectors: SearchVectors): TextSearch | null {
  const groups = parseSearchQuery(input?.trim() ?? "");
  if (groups.length === 0) return null;
  const matches = sql.join(
    groups.map(
      (group) =>
        sql`(${sql.join(
          group.map((term) => condition(term, vectors)),
          sql` or `,
        )})`,
    ),
    sql` and `,
  );
  const positive = groups.flat().filter((term) => !term.isNegated);
  const phrases = positive.filter((term) => term.kind === "phrase");
  // Every positive term stemmed ranks and marks the words; phrases also rank on their exact match.
  const stemmed = anyOf(positive.map((term) => stemmedQuery(term.text)));
  const exact = anyOf(phrases.map((term) => exactQuery(term.text)));
  const rank = sql<number>`(${stemmed ? sql`ts_rank_cd(${vectors.stemmed}, ${stemmed})` : sql`0`} + ${
    exact ? sql`ts_rank_cd(${vectors.exact}, ${exact})` : sql`0`
  })::real`;
  // With a phrase, snippets mark words as written so the whole phrase is marked, stop words and all.
  const marked = phrases.length
    ? { config: sql`'search_exact'::regconfig`, query: anyOf(positive.map((term) => exactQuery(term.text))) }
    : { config: sql`'search_english'::regconfig`, query: stemmed };
  return {
    matches,
    rank,
    headline: (text, options) =>
      marked.query
        ? sql<string>`ts_headline(${marked.config}, ${text}, ${marked.query}, ${options})`
        : sql<string>`left(${text}, 280)`,
  };
}
