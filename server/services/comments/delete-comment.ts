import { and, eq, sql } from "drizzle-orm";

import { comments, notifications } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findComment, resolveSubjectPlace } from "./comment-rows";

/**
 * Delete a comment: your own, or any as an owner (moderation). It keeps its place in the thread as
 * "deleted", so the replies around it still read in order; its text and its notifications go.
 */
export async function deleteComment({ db, actor }: TeamContext, input: { commentId: string }) {
  assertCan(actor, "comment.create");
  return db.transaction(async (tx) => {
    const comment = await findComment(tx, actor, input.commentId);
    if (comment.authorId !== actor.userId && !can(actor, "comment.moderate"))
      throw new AppError("COMMENT_NOT_YOURS");
    if (comment.deletedAt) return { id: comment.id };
    await tx
      .update(comments)
      .set({ body: "", mentions: [], deletedAt: sql`now()` })
      .where(and(eq(comments.id, comment.id), eq(comments.teamId, actor.teamId)));
    await tx
      .delete(notifications)
      .where(and(eq(notifications.teamId, actor.teamId), eq(notifications.commentId, comment.id)));
    const place = await resolveSubjectPlace(tx, actor, comment);
    await recordActivity(tx, actor, {
      verb: "comment.deleted",
      subjectType: "comment",
      subjectId: comment.id,
      ...place,
    });
    return { id: comment.id };
  });
}
