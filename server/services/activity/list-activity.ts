import { and, desc, eq, inArray, sql } from "drizzle-orm";

import { activity, sourceRatings, users } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { isBlindFor } from "../sources/blind";

import { encodeTimeCursor, olderThan } from "./time-cursor";

/**
 * The team's activity feed, newest first: who did what, when, and where it happened. A source's
 * grade stays hidden from an analyst who has not rated that source while blind rating is on.
 */
export async function listActivity(
  { db, actor }: TeamContext,
  input: { cursor?: string | undefined; limit?: number | undefined },
) {
  assertCan(actor, "activity.read");
  const limit = Math.min(input.limit ?? 50, 100);
  const rows = await db
    .select({
      id: activity.id,
      verb: activity.verb,
      subjectType: activity.subjectType,
      subjectId: activity.subjectId,
      data: activity.data,
      createdAt: activity.createdAt,
      createdAtText: sql<string>`${activity.createdAt}::text`,
      actorName: users.name,
    })
    .from(activity)
    .leftJoin(users, eq(users.id, activity.actorId))
    .where(and(eq(activity.teamId, actor.teamId), olderThan(input.cursor, activity.createdAt, activity.id)))
    .orderBy(desc(activity.createdAt), desc(activity.id))
    .limit(limit + 1);
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  const page = rows.slice(0, limit);
  const hiddenGrades = await blindSources(
    { db, actor },
    page.filter((row) => row.verb === "source.rated").map((row) => row.subjectId),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      verb: row.verb,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      createdAt: row.createdAt,
      actorName: row.actorName ?? "A former member",
      // Only the few display facts the feed needs, never the whole data blob.
      name: text(row.data.name) ?? text(row.data.title) ?? text(row.data.statement),
      detail: hiddenGrades.has(row.subjectId)
        ? null
        : (text(row.data.grade) ??
          text(row.data.level) ??
          text(row.data.kind) ??
          text(row.data.status) ??
          (typeof row.data.version === "number" ? String(row.data.version) : null)),
      claimId: text(row.data.claimId),
      articleId: text(row.data.articleId),
      assessmentId: text(row.data.assessmentId),
    })),
    nextCursor: rows.length > limit && last ? encodeTimeCursor(last) : null,
  };
}

/** Of these sources, the ones whose grades blind rating hides from the actor (not rated by them yet). */
async function blindSources({ db, actor }: TeamContext, sourceIds: string[]): Promise<Set<string>> {
  if (sourceIds.length === 0 || !(await isBlindFor(db, actor))) return new Set();
  const rated = await db
    .selectDistinct({ sourceId: sourceRatings.sourceId })
    .from(sourceRatings)
    .where(
      and(
        eq(sourceRatings.teamId, actor.teamId),
        eq(sourceRatings.raterId, actor.userId),
        inArray(sourceRatings.sourceId, sourceIds),
      ),
    );
  const ratedIds = new Set(rated.map((row) => row.sourceId));
  return new Set(sourceIds.filter((id) => !ratedIds.has(id)));
}
