import { and, asc, desc, eq, isNull } from "drizzle-orm";

import { articles, sourceRatings, sources, users } from "@/db/schema";
import { reliabilityConsensus, type ReliabilityGrade, RELIABILITY_GRADES } from "@/lib/scales";
import { AppError } from "@/server/errors";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { isBlindFor } from "./blind";
import { consensusView } from "./consensus-view";

/**
 * A source with its articles and its ratings as the caller may see them: their own history always;
 * the others' current ratings, the distribution and the consensus over time unless blind rating
 * hides them until the caller has rated.
 */
export async function getSource({ db, actor }: TeamContext, input: { sourceId: string }) {
  assertCan(actor, "source.read");
  const [source] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.id, input.sourceId), eq(sources.teamId, actor.teamId)))
    .limit(1);
  if (!source) throw new AppError("SOURCE_NOT_FOUND");
  if (source.mergedIntoId) return { mergedIntoId: source.mergedIntoId, source: null };

  const history = await db
    .select({
      id: sourceRatings.id,
      raterId: sourceRatings.raterId,
      raterName: users.name,
      grade: sourceRatings.grade,
      rationale: sourceRatings.rationale,
      createdAt: sourceRatings.createdAt,
    })
    .from(sourceRatings)
    .innerJoin(users, eq(users.id, sourceRatings.raterId))
    .where(and(eq(sourceRatings.teamId, actor.teamId), eq(sourceRatings.sourceId, source.id)))
    .orderBy(asc(sourceRatings.createdAt), asc(sourceRatings.id));

  const mine = history.filter((rating) => rating.raterId === actor.userId);
  const isHidden = (await isBlindFor(db, actor)) && mine.length === 0;

  // Replay the history: after each rating, the consensus of everyone's latest grade at that moment.
  const latest = new Map<string, ReliabilityGrade>();
  const timeline = history.map((rating) => {
    latest.set(rating.raterId, rating.grade);
    const consensus = reliabilityConsensus([...latest.values()]);
    return { at: rating.createdAt, grade: consensus.grade, spread: consensus.spread, count: consensus.count };
  });
  const current = [...latest.entries()].map(([raterId, grade]) => {
    const last = [...history].reverse().find((rating) => rating.raterId === raterId);
    return {
      raterId,
      raterName: last?.raterName ?? "",
      grade,
      rationale: last?.rationale ?? "",
      ratedAt: last?.createdAt ?? new Date(0),
    };
  });
  const distribution = RELIABILITY_GRADES.map((grade) => ({
    grade,
    count: current.filter((rating) => rating.grade === grade).length,
  }));

  const recentArticles = await db
    .select({
      id: articles.id,
      title: articles.title,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
    })
    .from(articles)
    .where(
      and(eq(articles.teamId, actor.teamId), eq(articles.outletId, source.id), isNull(articles.deletedAt)),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.createdAt))
    .limit(50);

  return {
    mergedIntoId: null,
    source: {
      id: source.id,
      name: source.name,
      kind: source.kind,
      domain: source.domain,
      url: source.url,
      description: source.description,
      createdAt: source.createdAt,
      consensus: consensusView(source, { isBlind: isHidden, hasRated: false }),
      canRate: can(actor, "source.rate"),
      canEdit: can(actor, "source.update"),
      myRatings: mine
        .map(({ id, grade, rationale, createdAt }) => ({ id, grade, rationale, createdAt }))
        .reverse(),
      ratings: isHidden ? null : current.sort((a, b) => a.grade.localeCompare(b.grade)),
      history: isHidden ? null : [...history].reverse(),
      distribution: isHidden ? null : distribution,
      timeline: isHidden ? null : timeline,
      articles: recentArticles,
    },
  };
}
