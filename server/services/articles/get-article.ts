import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { articles, sources, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { isBlindFor } from "../sources/blind";
import { consensusView, ratedBy } from "../sources/consensus-view";

/** One article of the team, with its text, blocks, outlet (and its reliability as the caller may see it). */
export async function getArticle({ db, actor }: TeamContext, input: { articleId: string }) {
  assertCan(actor, "article.read");
  const deleter = alias(users, "deleter");
  const [row] = await db
    .select({
      article: articles,
      outlet: {
        id: sources.id,
        name: sources.name,
        consensusGrade: sources.consensusGrade,
        consensusSpread: sources.consensusSpread,
        isDisputed: sources.isDisputed,
        ratingsCount: sources.ratingsCount,
        hasRated: ratedBy(actor.userId),
      },
      attachedByName: users.name,
      deletedByName: deleter.name,
    })
    .from(articles)
    .leftJoin(sources, and(eq(sources.id, articles.outletId), eq(sources.teamId, actor.teamId)))
    .leftJoin(users, eq(users.id, articles.createdBy))
    .leftJoin(deleter, eq(deleter.id, articles.deletedBy))
    .where(and(eq(articles.id, input.articleId), eq(articles.teamId, actor.teamId)))
    .limit(1);
  if (!row) throw new AppError("ARTICLE_NOT_FOUND");
  const { article, outlet } = row;
  const isBlind = await isBlindFor(db, actor);
  return {
    id: article.id,
    title: article.title,
    author: article.author,
    publishedAt: article.publishedAt,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    language: article.language,
    wordCount: article.wordCount,
    text: article.text,
    blocks: article.blocks,
    contentHash: article.contentHash,
    importMethod: article.importMethod,
    fileName: article.fileName,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    attachedByName: row.attachedByName,
    deletedAt: article.deletedAt,
    deletedByName: row.deletedByName,
    outlet: outlet?.id
      ? {
          id: outlet.id,
          name: outlet.name,
          consensus: consensusView(outlet, { isBlind, hasRated: outlet.hasRated }),
        }
      : null,
    canEdit: can(actor, "article.update"),
  };
}
