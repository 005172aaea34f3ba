import { and, eq, gte, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";

import { articles, claims, claimTags, sources, tags, users } from "@/db/schema";
import type { ReliabilityGrade } from "@/lib/scales";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { LONG_TEXT_WORDS, textSearch, type SearchVectors } from "../search/text-search";
import { isBlindFor } from "../sources/blind";
import { consensusView, ratedBy } from "../sources/consensus-view";

import { decodeCursor, encodeCursor, type Cursor } from "./cursor";

export type ArticleSort = "relevance" | "published" | "attached" | "title";

export interface ListArticlesInput {
  q?: string | undefined;
  outletId?: string | undefined;
  reliability?: ReliabilityGrade[] | undefined;
  /** Published on or after this day (UTC). */
  from?: Date | undefined;
  /** Published on or before this day (UTC). */
  to?: Date | undefined;
  attachedBy?: string | undefined;
  /** Articles with a claim carrying this tag (or one of its children). */
  tagId?: string | undefined;
  isDeleted?: boolean | undefined;
  sort?: ArticleSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/**
 * Relevance ranking looks at the most recent matches only, this many. Ranking reads each row's
 * vector (~30 µs for an article of 1,000 words, out of line): 5,000 rows cost 150 ms, 1,000 cost
 * 30 ms. A human reads the first pages; queries with fewer matches are ranked in full, and "Newest
 * first" lists every match.
 */
export const RANK_WINDOW = 1000;

/** Marks around matched words in snippets; control characters never occur in stored text. */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

/** An article's search columns, spelled as their indexes are (migrations 0011 and 0012). */
export const ARTICLE_VECTORS: SearchVectors = {
  stemmed: sql`${articles.searchVector}`,
  exact: sql`${articles.exactVector}`,
  pairs: sql`search_pairs(${articles.exactVector})`,
  long: {
    text: sql`${articles.text}`,
    isLong: sql`${articles.wordCount} > ${sql.raw(String(LONG_TEXT_WORDS))}`,
  },
};

/**
 * The library: full-text search (websearch syntax: "quoted phrases", OR, -exclusion) ranked by
 * ts_rank_cd, with filters, four sorts and keyset cursors, so page 500 costs what page 1 costs.
 * Snippets are computed only for the page returned.
 */
export async function listArticles({ db, actor }: TeamContext, input: ListArticlesInput = {}) {
  assertCan(actor, "article.read");
  const limit = Math.min(input.limit ?? 20, 50);
  const query = textSearch(input.q, ARTICLE_VECTORS);
  const sort: ArticleSort =
    input.sort === "relevance" && !query?.isRanked
      ? "attached"
      : (input.sort ?? (query?.isRanked ? "relevance" : "attached"));
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;

  const filters: (SQL | undefined)[] = [
    eq(articles.teamId, actor.teamId),
    input.isDeleted ? isNotNull(articles.deletedAt) : isNull(articles.deletedAt),
    query?.matches,
    input.outletId ? eq(articles.outletId, input.outletId) : undefined,
    input.attachedBy ? eq(articles.createdBy, input.attachedBy) : undefined,
    input.from ? gte(articles.publishedAt, input.from) : undefined,
    input.to ? lt(articles.publishedAt, new Date(input.to.getTime() + 24 * 60 * 60 * 1000)) : undefined,
    input.tagId
      ? sql`exists (select 1 from ${claims} inner join ${claimTags} on ${claimTags.claimId} = ${claims.id} where ${claims.articleId} = ${articles.id} and ${claims.teamId} = ${actor.teamId} and ${claimTags.tagId} in (select ${tags.id} from ${tags} where ${tags.teamId} = ${actor.teamId} and (${tags.id} = ${input.tagId} or ${tags.parentId} = ${input.tagId})))`
      : undefined,
    input.reliability?.length
      ? sql`${articles.outletId} in (select ${sources.id} from ${sources} where ${sources.teamId} = ${actor.teamId} and ${inArray(sources.consensusGrade, input.reliability)})`
      : undefined,
  ];
  // Orders spelled exactly as the indexes are (DESC NULLS LAST), or Postgres cannot use them.
  const recent = [sql`${articles.createdAt} desc nulls last`, sql`${articles.id} desc nulls last`];
  const orderBy: Record<Exclude<ArticleSort, "relevance">, SQL[]> = {
    attached: recent,
    published: [sql`${articles.publishedAt} desc nulls last`, sql`${articles.id} desc nulls last`],
    title: [sql`lower(${articles.title}) asc`, sql`${articles.id} asc`],
  };

  // Relevance: rank the most recent RANK_WINDOW matches, then page through them by rank.
  const candidates = db
    .select({
      id: articles.id,
      searchVector: articles.searchVector,
      exactVector: articles.exactVector,
      createdAt: articles.createdAt,
      publishedAt: articles.publishedAt,
      title: articles.title,
    })
    .from(articles)
    .where(and(...filters))
    // Not in the index's spelling, on purpose: walking the date index and testing each row's vector
    // costs 1.6 s for a query Postgres wrongly expects thousands of matches for (`sanctions
    // -ukraine`, 263); collecting the matches from the text indexes and keeping the newest costs
    // milliseconds.
    .orderBy(sql`${articles.createdAt} + interval '0 seconds' desc`, sql`${articles.id} desc`)
    .limit(RANK_WINDOW)
    .as("candidates");
  // Ranked on the candidates' own vectors (the same search, spelled on the subquery's columns).
  const ranked = textSearch(input.q, {
    stemmed: sql`${candidates.searchVector}`,
    exact: sql`${candidates.exactVector}`,
  });
  const rank = ranked?.rank ?? sql<number>`0::real`;
  const page =
    sort === "relevance"
      ? db
          .select({
            id: candidates.id,
            rank: rank.as("rank"),
            createdKey: sql<string>`${candidates.createdAt}::text`.as("created_key"),
            publishedKey: sql<string | null>`${candidates.publishedAt}::text`.as("published_key"),
            titleKey: sql<string>`lower(${candidates.title})`.as("title_key"),
          })
          .from(candidates)
          .where(
            cursor
              ? sql`(${rank} < ${cursor.rank}::real or (${rank} = ${cursor.rank}::real and ${candidates.id} < ${cursor.id}))`
              : undefined,
          )
          .orderBy(sql`${rank} desc`, sql`${candidates.id} desc`)
          .limit(limit + 1)
          .as("page")
      : db
          .select({
            id: articles.id,
            rank: sql<number>`0::real`.as("rank"),
            createdKey: sql<string>`${articles.createdAt}::text`.as("created_key"),
            publishedKey: sql<string | null>`${articles.publishedAt}::text`.as("published_key"),
            titleKey: sql<string>`lower(${articles.title})`.as("title_key"),
          })
          .from(articles)
          .where(and(...filters, cursor ? keysetCondition(sort, cursor) : undefined))
          .orderBy(...orderBy[sort])
          .limit(limit + 1)
          .as("page");

  // The same order again outside the subquery (a join does not keep it).
  const pageOrder: Record<ArticleSort, SQL[]> = {
    relevance: [sql`${page.rank} desc`, sql`${page.id} desc`],
    attached: [sql`${page.createdKey}::timestamptz desc`, sql`${page.id} desc`],
    published: [sql`${page.publishedKey}::timestamptz desc nulls last`, sql`${page.id} desc`],
    title: [sql`${page.titleKey} asc`, sql`${page.id} asc`],
  };

  const snippet = query
    ? query.headline(
        sql`${articles.text}`,
        `MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … ", StartSel=${MATCH_START}, StopSel=${MATCH_END}`,
        MATCH_START,
      )
    : sql<string>`left(${articles.text}, 280)`;

  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      author: articles.author,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      wordCount: articles.wordCount,
      language: articles.language,
      deletedAt: articles.deletedAt,
      attachedByName: users.name,
      snippet,
      rank: page.rank,
      createdKey: page.createdKey,
      publishedKey: page.publishedKey,
      titleKey: page.titleKey,
      outlet: {
        id: sources.id,
        name: sources.name,
        consensusGrade: sources.consensusGrade,
        consensusSpread: sources.consensusSpread,
        isDisputed: sources.isDisputed,
        ratingsCount: sources.ratingsCount,
        hasRated: ratedBy(actor.userId),
      },
    })
    .from(page)
    .innerJoin(articles, and(eq(articles.id, page.id), eq(articles.teamId, actor.teamId)))
    .leftJoin(sources, and(eq(sources.id, articles.outletId), eq(sources.teamId, actor.teamId)))
    .leftJoin(users, eq(users.id, articles.createdBy))
    .orderBy(...pageOrder[sort]);

  const isBlind = await isBlindFor(db, actor);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({
          id: last.id,
          rank: Number(last.rank),
          created: last.createdKey,
          published: last.publishedKey,
          title: last.titleKey,
        })
      : null;
  return {
    items: items.map((row) => ({
      id: row.id,
      title: row.title,
      author: row.author,
      publishedAt: row.publishedAt,
      createdAt: row.createdAt,
      wordCount: row.wordCount,
      language: row.language,
      deletedAt: row.deletedAt,
      attachedByName: row.attachedByName,
      snippet: row.snippet,
      outlet: row.outlet?.id
        ? {
            id: row.outlet.id,
            name: row.outlet.name,
            consensus: consensusView(row.outlet, { isBlind, hasRated: row.outlet.hasRated }),
          }
        : null,
    })),
    nextCursor,
    sort,
  };
}

/** Rows strictly after the cursor in the sort's order (relevance pages on its ranked window instead). */
function keysetCondition(sort: Exclude<ArticleSort, "relevance">, cursor: Cursor): SQL {
  switch (sort) {
    case "published":
      return cursor.published === null
        ? sql`(${articles.publishedAt} is null and ${articles.id} < ${cursor.id})`
        : sql`(${articles.publishedAt} < ${cursor.published}::timestamptz or (${articles.publishedAt} = ${cursor.published}::timestamptz and ${articles.id} < ${cursor.id}) or ${articles.publishedAt} is null)`;
    case "title":
      return sql`(lower(${articles.title}) > ${cursor.title} or (lower(${articles.title}) = ${cursor.title} and ${articles.id} > ${cursor.id}))`;
    default:
      return sql`(${articles.createdAt} < ${cursor.created}::timestamptz or (${articles.createdAt} = ${cursor.created}::timestamptz and ${articles.id} < ${cursor.id}))`;
  }
}
