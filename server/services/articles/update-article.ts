import { and, eq } from "drizzle-orm";

import { articles, sources } from "@/db/schema";
import { canonicalizeUrl, siteHost } from "@/lib/url";
import { AppError, isUniqueViolation } from "@/server/errors";
import { authorize } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";
import { findOrCreateOutlet } from "../sources/find-or-create-outlet";

import type { ArticleMetadataInput } from "./create-article";

const FIELDS = ["title", "outletId", "author", "publishedAt", "url", "language"] as const;

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date)
    return (a as Date | null)?.getTime?.() === (b as Date | null)?.getTime?.();
  return a === b;
}

/**
 * Correct an article's metadata (editors). Only metadata: the text snapshot never changes. Each
 * change is recorded with its old and new value, and who made it.
 */
export async function updateArticle(
  { db, actor }: TeamContext,
  input: { articleId: string } & Partial<ArticleMetadataInput>,
) {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select({
          id: articles.id,
          teamId: articles.teamId,
          title: articles.title,
          outletId: articles.outletId,
          author: articles.author,
          publishedAt: articles.publishedAt,
          url: articles.url,
          language: articles.language,
        })
        .from(articles)
        .where(and(eq(articles.id, input.articleId), eq(articles.teamId, actor.teamId)))
        .for("update")
        .limit(1);
      authorize(actor, "article.update", current, "ARTICLE_NOT_FOUND");

      let outletId = current.outletId;
      if (input.outletId !== undefined && input.outletId !== null) {
        const [outlet] = await tx
          .select({ id: sources.id })
          .from(sources)
          .where(and(eq(sources.id, input.outletId), eq(sources.teamId, actor.teamId)))
          .limit(1);
        if (!outlet) throw new AppError("SOURCE_NOT_FOUND");
        outletId = outlet.id;
      } else if (input.outletName !== undefined) {
        const url = input.url ?? current.url;
        outletId = input.outletName?.trim()
          ? (
              await findOrCreateOutlet(tx, actor, {
                name: input.outletName,
                domain: url ? siteHost(url) : null,
              })
            ).id
          : null;
      } else if (input.outletId === null) {
        outletId = null;
      }

      const next = {
        title: input.title ?? current.title,
        outletId,
        author: input.author === undefined ? current.author : input.author,
        publishedAt: input.publishedAt === undefined ? current.publishedAt : input.publishedAt,
        url: input.url === undefined ? current.url : input.url,
        language: input.language === undefined ? current.language : input.language,
      };
      const changes = Object.fromEntries(
        FIELDS.filter((field) => !same(next[field], current[field])).map((field) => [
          field,
          { from: current[field], to: next[field] },
        ]),
      );
      if (Object.keys(changes).length === 0) return { id: current.id, changed: [] as string[] };

      await tx
        .update(articles)
        .set({ ...next, canonicalUrl: next.url ? canonicalizeUrl(next.url) : null, updatedAt: new Date() })
        .where(and(eq(articles.id, current.id), eq(articles.teamId, actor.teamId)));
      await recordActivity(tx, actor, {
        verb: "article.updated",
        subjectType: "article",
        subjectId: current.id,
        data: { changes },
      });
      return { id: current.id, changed: Object.keys(changes) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("ARTICLE_URL_EXISTS");
    throw error;
  }
}
