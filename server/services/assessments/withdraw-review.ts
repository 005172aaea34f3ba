import { and, eq, sql } from "drizzle-orm";

import { assessmentReviews, assessments } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findAssessment } from "./assessment-rows";
import { closeOpenRequests, currentRound, notifyAboutAssessment } from "./review-rows";

/**
 * Take an assessment out of review, or an approved one back to draft, to change its text (editors).
 * The waiting requests are closed; an approval does not carry over to text it did not see.
 */
export async function withdrawReview({ db, actor }: TeamContext, input: { assessmentId: string }) {
  assertCan(actor, "assessment.update");
  return db.transaction(async (tx) => {
    const found = await findAssessment(tx, actor, input.assessmentId, { lock: true });
    if (found.status === "draft") throw new AppError("ASSESSMENT_NOT_IN_REVIEW");
    // Whoever was asked and has not decided yet is told they need not.
    const waiting = await tx
      .select({ userId: assessmentReviews.reviewerId })
      .from(assessmentReviews)
      .where(and(await currentRound(tx, actor, found.id), eq(assessmentReviews.state, "requested")));
    await closeOpenRequests(tx, actor, found.id);
    await notifyAboutAssessment(tx, actor, {
      assessmentId: found.id,
      kind: "review_withdrawn",
      userIds: waiting.map((row) => row.userId),
    });
    await tx
      .update(assessments)
      .set({ status: "draft", updatedAt: sql`now()` })
      .where(and(eq(assessments.id, found.id), eq(assessments.teamId, actor.teamId)));
    await recordActivity(tx, actor, {
      verb: "assessment.review_withdrawn",
      subjectType: "assessment",
      subjectId: found.id,
      data: { title: found.title, from: found.status },
    });
    return { id: found.id, status: "draft" as const };
  });
}
