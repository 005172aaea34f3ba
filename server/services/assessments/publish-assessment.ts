import { and, desc, eq, ne, sql } from "drizzle-orm";

import { assessmentCitations, assessmentReviews, assessments, assessmentVersions } from "@/db/schema";
import { citedClaimIds } from "@/lib/assessments/doc-text";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findAssessment } from "./assessment-rows";
import { assertNothingOpen } from "./nothing-open";
import { snapshotCitedClaims } from "./cited-claims";
import { authorIdsOf, closeOpenRequests, currentRound, notifyAboutAssessment } from "./review-rows";

/**
 * Publish an approved assessment (editors): store it as the next immutable numbered version, with
 * its content as approved, the cited claims with their ratings at this moment, the approver and the
 * time. The draft goes back to draft toward the next version. Authors and reviewers are notified.
 */
export async function publishAssessment({ db, actor }: TeamContext, input: { assessmentId: string }) {
  assertCan(actor, "assessment.publish");
  return db.transaction(async (tx) => {
    const found = await findAssessment(tx, actor, input.assessmentId, { lock: true });
    if (found.status !== "approved") throw new AppError("ASSESSMENT_NOT_APPROVED");
    const [draft] = await tx
      .select({ content: assessments.content, contentText: assessments.contentText })
      .from(assessments)
      .where(and(eq(assessments.id, found.id), eq(assessments.teamId, actor.teamId)));
    if (!draft) throw new AppError("ASSESSMENT_NOT_FOUND");
    // Approved before the team turned the rule on, it still waits until nothing is open.
    await assertNothingOpen(tx, actor, found.id, draft.content);
    const [approval] = await tx
      .select({ reviewerId: assessmentReviews.reviewerId })
      .from(assessmentReviews)
      .where(
        and(
          eq(assessmentReviews.teamId, actor.teamId),
          eq(assessmentReviews.assessmentId, found.id),
          eq(assessmentReviews.state, "approved"),
        ),
      )
      .orderBy(desc(assessmentReviews.decidedAt))
      .limit(1);
    // This round's reviewers (asked or deciding), read before the new version closes the round.
    const reviewers = await tx
      .selectDistinct({ userId: assessmentReviews.reviewerId })
      .from(assessmentReviews)
      .where(and(await currentRound(tx, actor, found.id), ne(assessmentReviews.state, "withdrawn")));
    const citations = await snapshotCitedClaims(tx, actor, citedClaimIds(draft.content));
    const number = found.publishedVersion + 1;
    const [version] = await tx
      .insert(assessmentVersions)
      .values({
        teamId: actor.teamId,
        assessmentId: found.id,
        number,
        title: found.title,
        content: draft.content,
        contentText: draft.contentText,
        citations,
        approvedBy: approval?.reviewerId ?? null,
        publishedBy: actor.userId,
      })
      .returning({ id: assessmentVersions.id, publishedAt: assessmentVersions.publishedAt });
    if (!version) throw new Error("insert returned no row");
    if (citations.length > 0)
      await tx.insert(assessmentCitations).values(
        citations.map((citation) => ({
          teamId: actor.teamId,
          versionId: version.id,
          claimId: citation.claimId,
        })),
      );
    await closeOpenRequests(tx, actor, found.id);
    await tx
      .update(assessments)
      .set({ status: "draft", publishedVersion: number, updatedAt: sql`now()` })
      .where(and(eq(assessments.id, found.id), eq(assessments.teamId, actor.teamId)));
    await notifyAboutAssessment(tx, actor, {
      assessmentId: found.id,
      versionId: version.id,
      kind: "published",
      userIds: [...(await authorIdsOf(tx, actor, found.id)), ...reviewers.map((row) => row.userId)],
      detail: `Version ${number}`,
    });
    await recordActivity(tx, actor, {
      verb: "assessment.published",
      subjectType: "assessment",
      subjectId: found.id,
      data: { title: found.title, version: number },
    });
    return { id: found.id, versionId: version.id, number, publishedAt: version.publishedAt };
  });
}
