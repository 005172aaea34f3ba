import { and, desc, eq, ne, sql } from "drizzle-orm";

import { assessmentReviews, assessments } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findAssessment } from "./assessment-rows";
import { authorIdsOf, closeOpenRequests, currentRound, notifyAboutAssessment } from "./review-rows";

/**
 * A reviewer's decision (editors and owners who did not write it): approve, which readies it for
 * publishing, or request changes, which sends it back to draft with a note saying what to change.
 * The authors and whoever asked for the review are notified.
 */
export async function decideReview(
  { db, actor }: TeamContext,
  input: { assessmentId: string; decision: "approve" | "request_changes"; note?: string | undefined },
) {
  assertCan(actor, "assessment.review");
  const note = input.note?.trim() || null;
  if (input.decision === "request_changes" && !note) throw new AppError("CHANGES_NEED_A_NOTE");
  return db.transaction(async (tx) => {
    const found = await findAssessment(tx, actor, input.assessmentId, { lock: true });
    if (found.status !== "in_review") throw new AppError("ASSESSMENT_NOT_IN_REVIEW");
    const authors = await authorIdsOf(tx, actor, found.id);
    if (authors.has(actor.userId)) throw new AppError("AUTHOR_CANNOT_REVIEW");

    const state = input.decision === "approve" ? ("approved" as const) : ("changes_requested" as const);
    const [mine] = await tx
      .select({ id: assessmentReviews.id, requestedBy: assessmentReviews.requestedBy })
      .from(assessmentReviews)
      .where(
        and(
          eq(assessmentReviews.teamId, actor.teamId),
          eq(assessmentReviews.assessmentId, found.id),
          eq(assessmentReviews.reviewerId, actor.userId),
          eq(assessmentReviews.state, "requested"),
        ),
      )
      .orderBy(desc(assessmentReviews.createdAt))
      .limit(1);
    if (mine) {
      await tx
        .update(assessmentReviews)
        .set({ state, note, decidedAt: sql`now()` })
        .where(and(eq(assessmentReviews.id, mine.id), eq(assessmentReviews.teamId, actor.teamId)));
    } else {
      // A teammate who was not asked may still review: their decision is recorded the same way.
      await tx.insert(assessmentReviews).values({
        teamId: actor.teamId,
        assessmentId: found.id,
        reviewerId: actor.userId,
        requestedBy: null,
        state,
        note,
        decidedAt: sql`now()`,
      });
    }
    const requesters = await tx
      .selectDistinct({ userId: assessmentReviews.requestedBy })
      .from(assessmentReviews)
      .where(and(await currentRound(tx, actor, found.id), ne(assessmentReviews.state, "withdrawn")));
    const status = state === "approved" ? ("approved" as const) : ("draft" as const);
    if (status === "draft") await closeOpenRequests(tx, actor, found.id);
    await tx
      .update(assessments)
      .set({ status, updatedAt: sql`now()` })
      .where(and(eq(assessments.id, found.id), eq(assessments.teamId, actor.teamId)));
    await notifyAboutAssessment(tx, actor, {
      assessmentId: found.id,
      kind: state,
      userIds: [...authors, ...requesters.flatMap((row) => (row.userId ? [row.userId] : []))],
      detail: note,
    });
    await recordActivity(tx, actor, {
      verb: state === "approved" ? "assessment.approved" : "assessment.changes_requested",
      subjectType: "assessment",
      subjectId: found.id,
      data: { title: found.title, ...(note ? { note } : {}) },
    });
    return { id: found.id, status };
  });
}
