import { and, eq, sql } from "drizzle-orm";

import { comments } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findComment, resolveSubjectPlace, validMentions } from "./comment-rows";
import { notifyForComment } from "./notify";

/** Edit your own comment; it is marked as edited, and only people newly mentioned are notified. */
export async function updateComment({ db, actor }: TeamContext, input: { commentId: string; body: string }) {
  assertCan(actor, "comment.create");
  return db.transaction(async (tx) => {
    const comment = await findComment(tx, actor, input.commentId);
    if (comment.authorId !== actor.userId) throw new AppError("COMMENT_NOT_YOURS");
    if (comment.deletedAt) throw new AppError("COMMENT_DELETED");
    const mentions = await validMentions(tx, actor, input.body);
    await tx
      .update(comments)
      .set({ body: input.body, mentions, editedAt: sql`now()` })
      .where(and(eq(comments.id, comment.id), eq(comments.teamId, actor.teamId)));
    const place = await resolveSubjectPlace(tx, actor, comment);
    await notifyForComment(tx, actor, {
      commentId: comment.id,
      threadId: null,
      mentioned: mentions.filter((userId) => !comment.mentions.includes(userId)),
      place,
    });
    await recordActivity(tx, actor, {
      verb: "comment.edited",
      subjectType: "comment",
      subjectId: comment.id,
      ...place,
    });
    return { id: comment.id };
  });
}
