import { and, eq, isNotNull, isNull } from "drizzle-orm";

import { articles } from "@/db/schema";
import { authorize } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

async function setDeleted({ db, actor }: TeamContext, articleId: string, isDeleted: boolean) {
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: articles.id, teamId: articles.teamId, title: articles.title })
      .from(articles)
      .where(and(eq(articles.id, articleId), eq(articles.teamId, actor.teamId)))
      .limit(1);
    authorize(actor, "article.delete", article, "ARTICLE_NOT_FOUND");
    const [changed] = await tx
      .update(articles)
      .set(
        isDeleted ? { deletedAt: new Date(), deletedBy: actor.userId } : { deletedAt: null, deletedBy: null },
      )
      .where(
        and(
          eq(articles.id, article.id),
          eq(articles.teamId, actor.teamId),
          isDeleted ? isNull(articles.deletedAt) : isNotNull(articles.deletedAt),
        ),
      )
      .returning({ id: articles.id });
    if (changed) {
      await recordActivity(tx, actor, {
        verb: isDeleted ? "article.deleted" : "article.restored",
        subjectType: "article",
        subjectId: article.id,
        data: { title: article.title },
      });
    }
    return { id: article.id, isDeleted };
  });
}

/** Move an article to the trash (editors). It keeps its text and can be restored. */
export function deleteArticle(ctx: TeamContext, input: { articleId: string }) {
  return setDeleted(ctx, input.articleId, true);
}

/** Bring an article back from the trash (editors). */
export function restoreArticle(ctx: TeamContext, input: { articleId: string }) {
  return setDeleted(ctx, input.articleId, false);
}
