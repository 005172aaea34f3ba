import { and, eq } from "drizzle-orm";

import { articleImports, articles, sources } from "@/db/schema";
import { canonicalizeUrl, siteHost } from "@/lib/url";
import { AppError, isUniqueViolation } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";
import { findOrCreateOutlet } from "../sources/find-or-create-outlet";

import { findDuplicate } from "./stage-import";

export interface ArticleMetadataInput {
  title: string;
  /** An existing source of the team… */
  outletId?: string | null | undefined;
  /** …or a name, found or created as an outlet. */
  outletName?: string | null | undefined;
  author?: string | null | undefined;
  publishedAt?: Date | null | undefined;
  url?: string | null | undefined;
  language?: string | null | undefined;
}

export type CreateArticleResult =
  | { status: "attached"; articleId: string }
  | { status: "duplicate"; articleId: string; isDeleted: boolean; reason: "text" | "url" };

/**
 * Attach a staged import as an article with the reviewed metadata (editors). The text is the staged
 * snapshot, never anything the browser sends. The same text or canonical URL already in the team
 * answers "duplicate" with the existing article instead of making a copy. One transaction.
 */
export async function createArticle(
  { db, actor }: TeamContext,
  input: { importId: string } & ArticleMetadataInput,
): Promise<CreateArticleResult> {
  assertCan(actor, "article.create");
  return db.transaction(async (tx) => {
    const [staged] = await tx
      .select()
      .from(articleImports)
      .where(
        and(
          eq(articleImports.id, input.importId),
          eq(articleImports.teamId, actor.teamId),
          eq(articleImports.createdBy, actor.userId),
        ),
      )
      .limit(1);
    if (!staged) throw new AppError("IMPORT_NOT_FOUND");

    const url = input.url === undefined ? staged.suggested.url : input.url;
    const canonicalUrl = url ? canonicalizeUrl(url) : null;
    const duplicate = await findDuplicate(tx, actor.teamId, staged.contentHash, canonicalUrl);
    if (duplicate) {
      await tx
        .delete(articleImports)
        .where(and(eq(articleImports.id, staged.id), eq(articleImports.teamId, actor.teamId)));
      return {
        status: "duplicate",
        articleId: duplicate.articleId,
        isDeleted: duplicate.isDeleted,
        reason: duplicate.reason,
      };
    }

    let outletId: string | null = null;
    if (input.outletId) {
      const [outlet] = await tx
        .select({ id: sources.id })
        .from(sources)
        .where(and(eq(sources.id, input.outletId), eq(sources.teamId, actor.teamId)))
        .limit(1);
      if (!outlet) throw new AppError("SOURCE_NOT_FOUND");
      outletId = outlet.id;
    } else {
      const outletName = input.outletName === undefined ? staged.suggested.outletName : input.outletName;
      if (outletName?.trim()) {
        outletId = (
          await findOrCreateOutlet(tx, actor, {
            name: outletName,
            domain: canonicalUrl ? siteHost(canonicalUrl) : null,
          })
        ).id;
      }
    }

    let created;
    try {
      [created] = await tx
        .insert(articles)
        .values({
          teamId: actor.teamId,
          title: input.title,
          outletId,
          author: input.author === undefined ? staged.suggested.author : input.author,
          publishedAt:
            input.publishedAt === undefined
              ? staged.suggested.publishedAt
                ? new Date(staged.suggested.publishedAt)
                : null
              : input.publishedAt,
          url: url ?? null,
          canonicalUrl,
          language: input.language === undefined ? staged.suggested.language : input.language,
          wordCount: staged.wordCount,
          text: staged.text,
          blocks: staged.blocks,
          contentHash: staged.contentHash,
          importMethod: staged.method,
          fileName: staged.fileName,
          createdBy: actor.userId,
        })
        .returning({ id: articles.id });
    } catch (error) {
      // Two people attaching the same article at the same moment: the unique indexes decide.
      if (isUniqueViolation(error)) throw new AppError("ARTICLE_EXISTS");
      throw error;
    }
    if (!created) throw new Error("insert returned no row");
    await tx
      .delete(articleImports)
      .where(and(eq(articleImports.id, staged.id), eq(articleImports.teamId, actor.teamId)));
    await recordActivity(tx, actor, {
      verb: "article.attached",
      subjectType: "article",
      subjectId: created.id,
      data: { title: input.title, method: staged.method },
    });
    return { status: "attached", articleId: created.id };
  });
}
