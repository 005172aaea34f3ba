import { and, count, desc, eq, isNull } from "drizzle-orm";

import { activity, articles, memberships, sources, users } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

/** What the team holds, and what happened lately. Never a grade in the feed: that would defeat blind rating. */
export async function getTeamOverview({ db, actor }: TeamContext) {
  assertCan(actor, "team.read");
  const [[articleCount], [sourceCount], [memberCount]] = await Promise.all([
    db
      .select({ value: count() })
      .from(articles)
      .where(and(eq(articles.teamId, actor.teamId), isNull(articles.deletedAt))),
    db
      .select({ value: count() })
      .from(sources)
      .where(and(eq(sources.teamId, actor.teamId), isNull(sources.mergedIntoId))),
    db.select({ value: count() }).from(memberships).where(eq(memberships.teamId, actor.teamId)),
  ]);
  const recent = await db
    .select({
      id: activity.id,
      verb: activity.verb,
      subjectType: activity.subjectType,
      subjectId: activity.subjectId,
      data: activity.data,
      createdAt: activity.createdAt,
      actorName: users.name,
    })
    .from(activity)
    .leftJoin(users, eq(users.id, activity.actorId))
    .where(eq(activity.teamId, actor.teamId))
    .orderBy(desc(activity.createdAt))
    .limit(15);
  return {
    counts: {
      articles: articleCount?.value ?? 0,
      sources: sourceCount?.value ?? 0,
      members: memberCount?.value ?? 0,
    },
    recent: recent.map((entry) => ({
      id: entry.id,
      verb: entry.verb,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      actorName: entry.actorName,
      createdAt: entry.createdAt,
      title:
        typeof entry.data.title === "string"
          ? entry.data.title
          : typeof entry.data.name === "string"
            ? entry.data.name
            : null,
    })),
  };
}
