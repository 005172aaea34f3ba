import { and, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";

import { articles, claims, claimTags, tags } from "@/db/schema";
import type { ClaimStatus } from "@/lib/claims";
import type { CredibilityLevel, ReliabilityGrade } from "@/lib/scales";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { textSearch } from "../search/text-search";

import { decodeClaimCursor, encodeClaimCursor, type ClaimCursor } from "./claim-cursor";
import {
  claimReliabilitySql,
  selectClaimRows,
  selectClaimCandidates,
  toClaimSummaries,
  type ClaimRow,
} from "./claim-summaries";

export type ClaimSort = "recent" | "oldest" | "credibility" | "relevance";

export interface ListClaimsInput {
  q?: string | undefined;
  /** Claims with any of these tags (a parent tag includes its children). */
  tagIds?: string[] | undefined;
  status?: ClaimStatus[] | undefined;
  speakerId?: string | undefined;
  outletId?: string | undefined;
  credibility?: CredibilityLevel[] | undefined;
  /** A combined code such as "B2": that source reliability and that credibility. */
  code?: { reliability: ReliabilityGrade; credibility: CredibilityLevel } | undefined;
  articleId?: string | undefined;
  authorId?: string | undefined;
  hasContradictions?: boolean | undefined;
  sort?: ClaimSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** Relevance ranks the most recent matches only, this many (as the library does; see list-articles). */
const RANK_WINDOW = 5000;

/**
 * Keyset conditions and orders, spelled exactly as the indexes are (DESC NULLS LAST, credibility ASC
 * NULLS LAST), or Postgres sorts every claim of the team instead of reading the first page off an
 * index: a second at a million claims instead of a millisecond.
 */
function keyset(sort: Exclude<ClaimSort, "relevance">, cursor: ClaimCursor): SQL {
  const created = sql`${cursor.created}::timestamptz`;
  const newer = sql`(${claims.createdAt}, ${claims.id}) < (${created}, ${cursor.id}::uuid)`;
  if (sort === "oldest") return sql`(${claims.createdAt}, ${claims.id}) > (${created}, ${cursor.id}::uuid)`;
  if (sort === "recent") return newer;
  // Credibility, best first, unrated last (the cursor's key is "" for an unrated claim).
  if (!cursor.key) return and(isNull(claims.credibility), newer) ?? newer;
  const level = sql`${cursor.key}::credibility_level`;
  return sql`(${claims.credibility} > ${level} or ${claims.credibility} is null or (${claims.credibility} = ${level} and ${newer}))`;
}

const RECENT = [sql`${claims.createdAt} desc nulls last`, sql`${claims.id} desc nulls last`];
const ORDER: Record<Exclude<ClaimSort, "relevance">, SQL[]> = {
  recent: RECENT,
  oldest: [sql`${claims.createdAt} asc nulls first`, sql`${claims.id} asc nulls first`],
  credibility: [sql`${claims.credibility} asc nulls last`, ...RECENT],
};

/**
 * The Claims page: every claim of the team across articles, with full-text search (websearch syntax
 * over statement and quote), filters, four sorts and keyset cursors, so a deep page costs what the
 * first one does even at a million claims.
 */
export async function listClaims({ db, actor }: TeamContext, input: ListClaimsInput = {}) {
  assertCan(actor, "claim.read");
  const limit = Math.min(input.limit ?? 25, 100);
  const query = textSearch(input.q, {
    stemmed: sql`${claims.searchVector}`,
    exact: sql`${claims.exactVector}`,
    pairs: sql`search_pairs(${claims.exactVector})`,
  });
  const sort: ClaimSort =
    input.sort === "relevance" && !query?.isRanked
      ? "recent"
      : (input.sort ?? (query?.isRanked ? "relevance" : "recent"));
  const cursor = input.cursor ? decodeClaimCursor(input.cursor) : null;

  const filters: (SQL | undefined)[] = [
    sql`${articles.deletedAt} is null`,
    query?.matches,
    input.tagIds?.length
      ? sql`exists (select 1 from ${claimTags} where ${claimTags.claimId} = ${claims.id} and ${claimTags.teamId} = ${actor.teamId} and ${claimTags.tagId} in (select ${tags.id} from ${tags} where ${tags.teamId} = ${actor.teamId} and (${inArray(tags.id, input.tagIds)} or ${inArray(tags.parentId, input.tagIds)})))`
      : undefined,
    input.status?.length ? inArray(claims.status, input.status) : undefined,
    input.speakerId ? eq(claims.speakerId, input.speakerId) : undefined,
    input.outletId ? eq(articles.outletId, input.outletId) : undefined,
    input.credibility?.length ? inArray(claims.credibility, input.credibility) : undefined,
    input.code
      ? and(
          sql`${claimReliabilitySql} = ${input.code.reliability}`,
          eq(claims.credibility, input.code.credibility),
        )
      : undefined,
    input.articleId ? eq(claims.articleId, input.articleId) : undefined,
    input.authorId ? eq(claims.createdBy, input.authorId) : undefined,
    input.hasContradictions ? gt(claims.contradictionsCount, 0) : undefined,
  ];

  let rows: ClaimRow[];
  let rankOf = new Map<string, number>();
  if (sort === "relevance" && query) {
    // Rank the most recent RANK_WINDOW matches only, then page through them by rank.
    const candidates = selectClaimCandidates(db, actor, and(...filters))
      .orderBy(...RECENT)
      .limit(RANK_WINDOW)
      .as("candidates");
    // Ranked on the candidates' own vectors (the same search, spelled on the subquery's columns).
    const rank =
      textSearch(input.q, {
        stemmed: sql`${candidates.searchVector}`,
        exact: sql`${candidates.exactVector}`,
      })?.rank ?? sql<number>`0::real`;
    const ranked = await db
      .select({ id: candidates.id, rank: sql<number>`${rank}::float8` })
      .from(candidates)
      .where(
        cursor
          ? sql`(${rank} < ${cursor.rank}::real or (${rank} = ${cursor.rank}::real and ${candidates.id} < ${cursor.id}::uuid))`
          : undefined,
      )
      .orderBy(sql`${rank} desc`, sql`${candidates.id} desc`)
      .limit(limit + 1);
    rankOf = new Map(ranked.map((row) => [row.id, Number(row.rank)]));
    const ids = ranked.map((row) => row.id);
    const found = ids.length ? await selectClaimRows(db, actor, inArray(claims.id, ids)) : [];
    const byId = new Map(found.map((row) => [row.id, row]));
    rows = ids.flatMap((id) => byId.get(id) ?? []);
  } else {
    const keyedSort = sort === "relevance" ? "recent" : sort;
    rows = await selectClaimRows(db, actor, and(...filters, cursor ? keyset(keyedSort, cursor) : undefined))
      .orderBy(...ORDER[keyedSort])
      .limit(limit + 1);
  }

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeClaimCursor({
          id: last.id,
          created: last.createdAtText,
          key: last.credibility ?? "",
          rank: rankOf.get(last.id) ?? 0,
        })
      : null;
  return {
    items: await toClaimSummaries(db, actor, page),
    nextCursor,
    sort,
    canTag: can(actor, "claim.tag"),
  };
}
