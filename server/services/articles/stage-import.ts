import { and, eq, lt, or } from "drizzle-orm";

import type { Database } from "@/db";
import { articleImports, articles } from "@/db/schema";
import type { Actor } from "@/server/services/context";

import type { Extraction } from "./extract";

const IMPORT_TTL_MS = 24 * 60 * 60 * 1000;

export interface ImportPreview {
  importId: string;
  suggested: Extraction["suggested"];
  contentHash: string;
  wordCount: number;
  blockCount: number;
  /** The beginning of the text, to check that the right thing was extracted. */
  excerpt: string;
  /** The article already in the team with this text or this canonical URL, if any. */
  duplicate: { articleId: string; title: string; isDeleted: boolean; reason: "text" | "url" } | null;
}

/** The team's article with this text or canonical URL, if there is one. */
export async function findDuplicate(
  db: Database,
  teamId: string,
  contentHash: string,
  canonicalUrl: string | null,
) {
  const [row] = await db
    .select({
      id: articles.id,
      title: articles.title,
      deletedAt: articles.deletedAt,
      contentHash: articles.contentHash,
    })
    .from(articles)
    .where(
      and(
        eq(articles.teamId, teamId),
        canonicalUrl
          ? or(eq(articles.contentHash, contentHash), eq(articles.canonicalUrl, canonicalUrl))
          : eq(articles.contentHash, contentHash),
      ),
    )
    .limit(1);
  if (!row) return null;
  return {
    articleId: row.id,
    title: row.title,
    isDeleted: row.deletedAt !== null,
    reason: row.contentHash === contentHash ? ("text" as const) : ("url" as const),
  };
}

/**
 * Keep an extraction server-side for review, so what is attached is exactly what was extracted, and
 * say whether the team already has it. Imports older than a day are cleared on the way.
 */
export async function stageImport(
  db: Database,
  actor: Actor,
  method: "paste" | "file" | "url",
  extraction: Extraction,
  fileName: string | null = null,
): Promise<ImportPreview> {
  await db
    .delete(articleImports)
    .where(
      and(
        eq(articleImports.teamId, actor.teamId),
        lt(articleImports.createdAt, new Date(Date.now() - IMPORT_TTL_MS)),
      ),
    );
  const [row] = await db
    .insert(articleImports)
    .values({
      teamId: actor.teamId,
      createdBy: actor.userId,
      method,
      fileName,
      text: extraction.doc.text,
      blocks: extraction.doc.blocks,
      contentHash: extraction.contentHash,
      wordCount: extraction.wordCount,
      suggested: extraction.suggested,
    })
    .returning({ id: articleImports.id });
  if (!row) throw new Error("insert returned no row");
  return {
    importId: row.id,
    suggested: extraction.suggested,
    contentHash: extraction.contentHash,
    wordCount: extraction.wordCount,
    blockCount: extraction.doc.blocks.length,
    excerpt: extraction.doc.text.slice(0, 600),
    duplicate: await findDuplicate(
      db,
      actor.teamId,
      extraction.contentHash,
      extraction.suggested.canonicalUrl,
    ),
  };
}
