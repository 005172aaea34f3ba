import { and, desc, eq } from "drizzle-orm";

import { activity, articles, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

/** Who attached, changed, deleted or restored an article, newest first, with each change's values. */
export async function getArticleHistory({ db, actor }: TeamContext, input: { articleId: string }) {
  assertCan(actor, "article.read");
  const [article] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, input.articleId), eq(articles.teamId, actor.teamId)))
    .limit(1);
  if (!article) throw new AppError("ARTICLE_NOT_FOUND");
  const rows = await db
    .select({
      id: activity.id,
      verb: activity.verb,
      data: activity.data,
      createdAt: activity.createdAt,
      actorName: users.name,
    })
    .from(activity)
    .leftJoin(users, eq(users.id, activity.actorId))
    .where(
      and(
        eq(activity.teamId, actor.teamId),
        eq(activity.subjectType, "article"),
        eq(activity.subjectId, article.id),
      ),
    )
    .orderBy(desc(activity.createdAt))
    .limit(100);
  return rows.map((row) => ({
    id: row.id,
    verb: row.verb,
    actorName: row.actorName,
    createdAt: row.createdAt,
    changes: (row.data.changes ?? null) as Record<string, { from: unknown; to: unknown }> | null,
  }));
}
