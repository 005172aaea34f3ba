import { and, eq, inArray, sql } from "drizzle-orm";

import { assessmentReviews, assessments, memberships, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findAssessment } from "./assessment-rows";
import { assertNothingOpen } from "./nothing-open";
import { authorIdsOf, notifyAboutAssessment } from "./review-rows";

/**
 * Send a draft for review (editors): the text is locked while it is in review, so the reviewers
 * approve exactly what will be published. Reviewers are editors or owners of the team who did not
 * write it; each is notified. Asking more people while it is already in review adds them.
 */
export async function requestReview(
  { db, actor }: TeamContext,
  input: { assessmentId: string; reviewerIds: string[]; note?: string | undefined },
) {
  assertCan(actor, "assessment.update");
  return db.transaction(async (tx) => {
    const found = await findAssessment(tx, actor, input.assessmentId, { lock: true });
    if (found.status === "approved") throw new AppError("ASSESSMENT_LOCKED");
    if (found.wordCount === 0) throw new AppError("ASSESSMENT_EMPTY");
    // Sent from draft: the text as stored is what the reviewers will read (asking another reviewer
    // while it is in review changes nothing in it).
    if (found.status === "draft") {
      const [draft] = await tx
        .select({ content: assessments.content })
        .from(assessments)
        .where(and(eq(assessments.id, found.id), eq(assessments.teamId, actor.teamId)));
      if (draft) await assertNothingOpen(tx, actor, found.id, draft.content);
    }

    const reviewerIds = [...new Set(input.reviewerIds)];
    const eligible = await tx
      .select({ userId: memberships.userId, role: memberships.role, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.teamId, actor.teamId), inArray(memberships.userId, reviewerIds)));
    const byId = new Map(eligible.map((row) => [row.userId, row]));
    const authors = await authorIdsOf(tx, actor, found.id);
    for (const reviewerId of reviewerIds) {
      const member = byId.get(reviewerId);
      if (!member || member.role === "viewer") throw new AppError("REVIEWER_NOT_ELIGIBLE");
      if (reviewerId === actor.userId)
        throw new AppError(
          "REVIEWER_NOT_ELIGIBLE",
          "Ask a teammate: you cannot review what you send for review.",
        );
      if (authors.has(reviewerId))
        throw new AppError(
          "REVIEWER_NOT_ELIGIBLE",
          `${member.name} wrote part of this assessment, so they cannot review it. Choose a teammate who did not.`,
        );
    }
    // Someone already asked in this round is not asked twice.
    const waiting = await tx
      .select({ reviewerId: assessmentReviews.reviewerId })
      .from(assessmentReviews)
      .where(
        and(
          eq(assessmentReviews.teamId, actor.teamId),
          eq(assessmentReviews.assessmentId, found.id),
          eq(assessmentReviews.state, "requested"),
        ),
      );
    const already = new Set(waiting.map((row) => row.reviewerId));
    const fresh = reviewerIds.filter((id) => !already.has(id));
    if (fresh.length > 0)
      await tx.insert(assessmentReviews).values(
        fresh.map((reviewerId) => ({
          teamId: actor.teamId,
          assessmentId: found.id,
          reviewerId,
          requestedBy: actor.userId,
          note: input.note ?? null,
        })),
      );
    await tx
      .update(assessments)
      .set({ status: "in_review", updatedAt: sql`now()` })
      .where(and(eq(assessments.id, found.id), eq(assessments.teamId, actor.teamId)));
    await notifyAboutAssessment(tx, actor, {
      assessmentId: found.id,
      kind: "review_requested",
      userIds: fresh,
      detail: input.note ?? null,
    });
    await recordActivity(tx, actor, {
      verb: "assessment.review_requested",
      subjectType: "assessment",
      subjectId: found.id,
      data: { title: found.title, reviewers: fresh.map((id) => byId.get(id)?.name ?? "") },
    });
    return { id: found.id, status: "in_review" as const };
  });
}
