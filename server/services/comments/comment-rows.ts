import { and, eq, inArray } from "drizzle-orm";

import type { Database } from "@/db";
import { articles, assessments, claims, comments, memberships } from "@/db/schema";
import { mentionedUserIds } from "@/lib/mentions";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/context";

/** What a thread is about: a claim, an article or an assessment of the team. */
export type CommentSubject = { claimId: string } | { articleId: string } | { assessmentId: string };

/** The subject's ids as stored on a comment, checked to be the team's (else NOT_FOUND). */
export async function resolveSubject(db: Database, actor: Actor, subject: CommentSubject) {
  if ("claimId" in subject) {
    const [claim] = await db
      .select({ id: claims.id, articleId: claims.articleId })
      .from(claims)
      .where(and(eq(claims.id, subject.claimId), eq(claims.teamId, actor.teamId)))
      .limit(1);
    if (!claim) throw new AppError("CLAIM_NOT_FOUND");
    return { claimId: claim.id, articleId: null, assessmentId: null, contextArticleId: claim.articleId };
  }
  if ("assessmentId" in subject) {
    const [assessment] = await db
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.id, subject.assessmentId), eq(assessments.teamId, actor.teamId)))
      .limit(1);
    if (!assessment) throw new AppError("ASSESSMENT_NOT_FOUND");
    return { claimId: null, articleId: null, assessmentId: assessment.id, contextArticleId: null };
  }
  const [article] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, subject.articleId), eq(articles.teamId, actor.teamId)))
    .limit(1);
  if (!article) throw new AppError("ARTICLE_NOT_FOUND");
  return { claimId: null, articleId: article.id, assessmentId: null, contextArticleId: article.id };
}

/** One of the team's comments, or COMMENT_NOT_FOUND. */
export async function findComment(db: Database, actor: Actor, commentId: string) {
  const [comment] = await db
    .select({
      id: comments.id,
      teamId: comments.teamId,
      claimId: comments.claimId,
      articleId: comments.articleId,
      assessmentId: comments.assessmentId,
      threadId: comments.threadId,
      authorId: comments.authorId,
      mentions: comments.mentions,
      deletedAt: comments.deletedAt,
      resolvedAt: comments.resolvedAt,
    })
    .from(comments)
    .where(and(eq(comments.id, commentId), eq(comments.teamId, actor.teamId)))
    .limit(1);
  if (!comment) throw new AppError("COMMENT_NOT_FOUND");
  return comment;
}

/**
 * The people a body mentions, each checked to be a member of the team: a mention of anyone else is
 * refused (it would tell an outsider about the team, and notify nobody who may read it).
 */
export async function validMentions(db: Database, actor: Actor, body: string): Promise<string[]> {
  const ids = mentionedUserIds(body);
  if (ids.length === 0) return [];
  const members = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.teamId, actor.teamId), inArray(memberships.userId, ids)));
  if (members.length !== ids.length) throw new AppError("MENTION_NOT_MEMBER");
  return ids;
}

/**
 * Where a comment's live event belongs: its claim (and that claim's article, so the reader showing
 * the article hears it) or its article.
 */
export async function resolveSubjectPlace(
  db: Database,
  actor: Actor,
  comment: { claimId: string | null; articleId: string | null; assessmentId: string | null },
): Promise<{ claimId: string | null; articleId: string | null; assessmentId: string | null }> {
  const { assessmentId } = comment;
  if (!comment.claimId) return { claimId: null, articleId: comment.articleId, assessmentId };
  const [claim] = await db
    .select({ articleId: claims.articleId })
    .from(claims)
    .where(and(eq(claims.id, comment.claimId), eq(claims.teamId, actor.teamId)))
    .limit(1);
  return { claimId: comment.claimId, articleId: claim?.articleId ?? null, assessmentId };
}
