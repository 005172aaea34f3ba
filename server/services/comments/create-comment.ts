import { and, eq } from "drizzle-orm";

import { comments } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findComment, resolveSubject, validMentions, type CommentSubject } from "./comment-rows";
import { notifyForComment } from "./notify";

/**
 * Start a thread on a claim or an article, or reply to one (every member, viewers too). Mentions must
 * name team members. A reply to a resolved thread reopens it: someone has more to say.
 */
export async function createComment(
  { db, actor }: TeamContext,
  input: {
    subject: CommentSubject;
    threadId?: string | null | undefined;
    body: string;
    quote?: string | undefined;
  },
) {
  assertCan(actor, "comment.create");
  return db.transaction(async (tx) => {
    const subject = await resolveSubject(tx, actor, input.subject);
    let threadId: string | null = null;
    if (input.threadId) {
      const root = await findComment(tx, actor, input.threadId);
      if (
        root.claimId !== subject.claimId ||
        root.articleId !== subject.articleId ||
        root.assessmentId !== subject.assessmentId
      )
        throw new AppError("COMMENT_NOT_FOUND");
      if (root.threadId) throw new AppError("REPLY_TO_REPLY");
      threadId = root.id;
      if (root.resolvedAt)
        await tx
          .update(comments)
          .set({ resolvedAt: null, resolvedBy: null })
          .where(and(eq(comments.id, root.id), eq(comments.teamId, actor.teamId)));
    }
    const mentions = await validMentions(tx, actor, input.body);
    const [comment] = await tx
      .insert(comments)
      .values({
        teamId: actor.teamId,
        claimId: subject.claimId,
        articleId: subject.articleId,
        assessmentId: subject.assessmentId,
        // A thread on part of an assessment keeps the words it is about (replies need none).
        quote: subject.assessmentId && !threadId && input.quote ? input.quote : null,
        threadId,
        authorId: actor.userId,
        body: input.body,
        mentions,
      })
      .returning({ id: comments.id, createdAt: comments.createdAt });
    if (!comment) throw new Error("insert returned no row");
    const place = { claimId: subject.claimId, articleId: subject.contextArticleId };
    const notified = await notifyForComment(tx, actor, {
      commentId: comment.id,
      threadId,
      mentioned: mentions,
      place,
    });
    await recordActivity(tx, actor, {
      verb: threadId ? "comment.replied" : "comment.created",
      subjectType: "comment",
      subjectId: comment.id,
      ...place,
      assessmentId: subject.assessmentId,
      data: { threadId },
    });
    return { id: comment.id, threadId, notified: notified.length };
  });
}
