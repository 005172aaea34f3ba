import { and, asc, desc, eq } from "drizzle-orm";

import { articles, claims } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { selectClaimRows, toClaimSummaries } from "./claim-summaries";

/**
 * Every claim in one article, in reading order, for the reader's highlights and claims panel. Not
 * paged: the reader paints them all (an article with 500 claims is the benchmark's case).
 */
export async function listArticleClaims({ db, actor }: TeamContext, input: { articleId: string }) {
  assertCan(actor, "claim.read");
  const [article] = await db
    .select({ id: articles.id, deletedAt: articles.deletedAt })
    .from(articles)
    .where(and(eq(articles.id, input.articleId), eq(articles.teamId, actor.teamId)))
    .limit(1);
  if (!article) throw new AppError("ARTICLE_NOT_FOUND");
  const rows = await selectClaimRows(db, actor, eq(claims.articleId, article.id)).orderBy(
    asc(claims.startOffset),
    desc(claims.endOffset),
    asc(claims.id),
  );
  return {
    items: await toClaimSummaries(db, actor, rows),
    canCreate: can(actor, "claim.create") && !article.deletedAt,
  };
}
