import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { Database } from "@/db";
import { articles, claims, claimTags, comments, sources, tags, users } from "@/db/schema";
import { combinedCode } from "@/lib/scales";
import type { Actor } from "@/server/services/context";

import { isBlindFor } from "../sources/blind";
import { ratedBy } from "../sources/consensus-view";

const speaker = alias(sources, "speaker");
const outlet = alias(sources, "outlet");

/**
 * The columns of a claim summary: the claim, its article, its speaker and its article's outlet (for
 * the reliability half of the combined code). Used by every list so a claim reads the same everywhere.
 */
function summaryColumns(actor: Actor) {
  return {
    id: claims.id,
    articleId: claims.articleId,
    articleTitle: articles.title,
    articlePublishedAt: articles.publishedAt,
    isArticleDeleted: sql<boolean>`${articles.deletedAt} is not null`,
    quote: claims.quote,
    prefix: claims.prefix,
    suffix: claims.suffix,
    start: claims.startOffset,
    end: claims.endOffset,
    statement: claims.statement,
    type: claims.type,
    status: claims.status,
    credibility: claims.credibility,
    credibilitySpread: claims.credibilitySpread,
    isDisputed: claims.isDisputed,
    ratingsCount: claims.ratingsCount,
    contradictionsCount: claims.contradictionsCount,
    createdAt: claims.createdAt,
    /** Lossless, for page cursors (a JS Date keeps milliseconds only). */
    createdAtText: sql<string>`${claims.createdAt}::text`,
    updatedAt: claims.updatedAt,
    createdById: claims.createdBy,
    createdByName: users.name,
    speakerId: speaker.id,
    speakerName: speaker.name,
    speakerKind: speaker.kind,
    speakerGrade: speaker.consensusGrade,
    speakerRatings: speaker.ratingsCount,
    speakerRated: ratedBy(actor.userId, sql`${speaker.id}`),
    outletId: outlet.id,
    outletName: outlet.name,
    outletGrade: outlet.consensusGrade,
    outletRatings: outlet.ratingsCount,
    outletRated: ratedBy(actor.userId, sql`${outlet.id}`),
  };
}

/** How a claim joins its article, speaker and outlet: always inside the actor's team. */
function joins(actor: Actor) {
  return {
    article: and(eq(articles.id, claims.articleId), eq(articles.teamId, actor.teamId)),
    speaker: and(eq(speaker.id, claims.speakerId), eq(speaker.teamId, actor.teamId)),
    outlet: and(eq(outlet.id, articles.outletId), eq(outlet.teamId, actor.teamId)),
  };
}

/**
 * The id, search vector and creation time of the actor's team's claims matching `where`, which may
 * use the same joined columns as {@link selectClaimRows} (article, speaker, outlet): the candidates
 * a relevance sort ranks.
 */
export function selectClaimCandidates(db: Database, actor: Actor, where: SQL | undefined) {
  const on = joins(actor);
  return db
    .select({
      id: claims.id,
      searchVector: claims.searchVector,
      exactVector: claims.exactVector,
      createdAt: claims.createdAt,
    })
    .from(claims)
    .innerJoin(articles, on.article)
    .leftJoin(speaker, on.speaker)
    .leftJoin(outlet, on.outlet)
    .where(and(eq(claims.teamId, actor.teamId), where));
}

/**
 * Claim summary rows (see {@link toClaimSummaries}) of the actor's team, filtered by `where` (team-
 * scoped here: the claim, its article and its sources must all be the team's). Filters may use the
 * article's and the sources' columns. The caller orders and pages.
 */
export function selectClaimRows(db: Database, actor: Actor, where: SQL | undefined) {
  const on = joins(actor);
  return db
    .select(summaryColumns(actor))
    .from(claims)
    .innerJoin(articles, on.article)
    .leftJoin(speaker, on.speaker)
    .leftJoin(outlet, on.outlet)
    .leftJoin(users, eq(users.id, claims.createdBy))
    .where(and(eq(claims.teamId, actor.teamId), where));
}

/** The SQL of a claim's source reliability: the speaker's consensus when rated, else the outlet's. */
export const claimReliabilitySql = sql`coalesce(${speaker.consensusGrade}, ${outlet.consensusGrade})`;

export type ClaimRow = Awaited<ReturnType<typeof selectClaimRows>>[number];

/**
 * Turn rows into summaries: tags and comment counts for the whole page in two queries (no N+1), the
 * combined code with the reliability half hidden where blind rating hides that source's consensus.
 */
export async function toClaimSummaries(db: Database, actor: Actor, rows: readonly ClaimRow[]) {
  const ids = rows.map((row) => row.id);
  const [tagRows, commentRows, isBlind] = await Promise.all([
    ids.length
      ? db
          .select({ claimId: claimTags.claimId, id: tags.id, name: tags.name, color: tags.color })
          .from(claimTags)
          .innerJoin(tags, and(eq(tags.id, claimTags.tagId), eq(tags.teamId, actor.teamId)))
          .where(and(eq(claimTags.teamId, actor.teamId), inArray(claimTags.claimId, ids)))
          .orderBy(asc(sql`lower(${tags.name})`))
      : [],
    ids.length
      ? db
          .select({
            claimId: comments.claimId,
            count: sql<number>`count(*) filter (where ${comments.deletedAt} is null)::int`,
            openThreads: sql<number>`count(*) filter (where ${comments.threadId} is null and ${comments.resolvedAt} is null and ${comments.deletedAt} is null)::int`,
          })
          .from(comments)
          .where(and(eq(comments.teamId, actor.teamId), inArray(comments.claimId, ids)))
          .groupBy(comments.claimId)
      : [],
    isBlindFor(db, actor),
  ]);
  const tagsByClaim = new Map<string, { id: string; name: string; color: string }[]>();
  for (const tag of tagRows) {
    const list = tagsByClaim.get(tag.claimId) ?? [];
    list.push({ id: tag.id, name: tag.name, color: tag.color });
    tagsByClaim.set(tag.claimId, list);
  }
  const commentsByClaim = new Map(commentRows.map((row) => [row.claimId, row]));
  return rows.map((row) => {
    const fromSpeaker = row.speakerId !== null && (row.speakerRatings ?? 0) > 0;
    const source = fromSpeaker
      ? {
          kind: "speaker" as const,
          id: row.speakerId,
          name: row.speakerName,
          grade: row.speakerGrade,
          hasRated: row.speakerRated,
          count: row.speakerRatings ?? 0,
        }
      : row.outletId
        ? {
            kind: "outlet" as const,
            id: row.outletId,
            name: row.outletName,
            grade: row.outletGrade,
            hasRated: row.outletRated,
            count: row.outletRatings ?? 0,
          }
        : null;
    const isHidden = Boolean(source && isBlind && !source.hasRated && source.count > 0);
    const reliabilityGrade = source && !isHidden ? source.grade : null;
    const commentStats = commentsByClaim.get(row.id);
    return {
      id: row.id,
      articleId: row.articleId,
      article: {
        id: row.articleId,
        title: row.articleTitle,
        publishedAt: row.articlePublishedAt,
        isDeleted: row.isArticleDeleted,
      },
      anchor: { quote: row.quote, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end },
      statement: row.statement,
      type: row.type,
      status: row.status,
      speaker:
        row.speakerId && row.speakerName && row.speakerKind
          ? { id: row.speakerId, name: row.speakerName, kind: row.speakerKind }
          : null,
      outlet: row.outletId && row.outletName ? { id: row.outletId, name: row.outletName } : null,
      credibility: {
        grade: row.credibility,
        spread: row.credibilitySpread,
        isDisputed: row.isDisputed,
        count: row.ratingsCount,
      },
      reliability: {
        grade: reliabilityGrade,
        isHidden,
        from: source?.kind ?? null,
        sourceName: source?.name ?? null,
      },
      code: combinedCode(reliabilityGrade, row.credibility),
      tags: tagsByClaim.get(row.id) ?? [],
      contradictionsCount: row.contradictionsCount,
      commentsCount: Number(commentStats?.count ?? 0),
      openThreadsCount: Number(commentStats?.openThreads ?? 0),
      createdBy: row.createdById
        ? { id: row.createdById, name: row.createdByName ?? "A former member" }
        : null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}

export type ClaimSummary = Awaited<ReturnType<typeof toClaimSummaries>>[number];
