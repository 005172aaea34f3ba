import { and, eq, sql } from "drizzle-orm";

import { comments } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findComment, resolveSubjectPlace } from "./comment-rows";

/** Resolve a thread, or reopen it (every member): a property of its first comment. */
export async function resolveThread(
  { db, actor }: TeamContext,
  input: { commentId: string; isResolved: boolean },
) {
  assertCan(actor, "comment.resolve");
  return db.transaction(async (tx) => {
    const root = await findComment(tx, actor, input.commentId);
    if (root.threadId)
      throw new AppError("REPLY_TO_REPLY", "Only a thread's first comment can be resolved or reopened.");
    await tx
      .update(comments)
      .set(
        input.isResolved
          ? { resolvedAt: sql`now()`, resolvedBy: actor.userId }
          : { resolvedAt: null, resolvedBy: null },
      )
      .where(and(eq(comments.id, root.id), eq(comments.teamId, actor.teamId)));
    const place = await resolveSubjectPlace(tx, actor, root);
    await recordActivity(tx, actor, {
      verb: input.isResolved ? "comment.resolved" : "comment.reopened",
      subjectType: "comment",
      subjectId: root.id,
      ...place,
    });
    return { id: root.id, isResolved: input.isResolved };
  });
}
