import { and, asc, desc, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { assessmentAuthors, assessmentReviews, assessments, memberships, teams, users } from "@/db/schema";
import { summarizeReadiness } from "@/lib/assessments/readiness";
import { AppError } from "@/server/errors";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { currentRound } from "./review-rows";

const requester = alias(users, "requester");

/**
 * One assessment for its page: title, status, who started and who wrote it, the last stored content
 * (the editor syncs the live document over the collaboration socket; this is for a first paint and
 * for export), and what the caller may do.
 */
export async function getAssessment({ db, actor }: TeamContext, input: { assessmentId: string }) {
  assertCan(actor, "assessment.read");
  const [row] = await db
    .select({
      id: assessments.id,
      title: assessments.title,
      status: assessments.status,
      templateKey: assessments.templateKey,
      publishedVersion: assessments.publishedVersion,
      content: assessments.content,
      wordCount: assessments.wordCount,
      sizeBytes: assessments.sizeBytes,
      createdAt: assessments.createdAt,
      updatedAt: assessments.updatedAt,
      ownerId: assessments.createdBy,
      ownerName: users.name,
      requiresNothingOpen: teams.requiresNothingOpen,
    })
    .from(assessments)
    .innerJoin(teams, eq(teams.id, assessments.teamId))
    .leftJoin(users, eq(users.id, assessments.createdBy))
    .where(and(eq(assessments.id, input.assessmentId), eq(assessments.teamId, actor.teamId)))
    .limit(1);
  if (!row) throw new AppError("ASSESSMENT_NOT_FOUND");
  const authors = await db
    .select({ userId: assessmentAuthors.userId, name: users.name })
    .from(assessmentAuthors)
    .innerJoin(users, eq(users.id, assessmentAuthors.userId))
    .where(and(eq(assessmentAuthors.teamId, actor.teamId), eq(assessmentAuthors.assessmentId, row.id)))
    .orderBy(asc(assessmentAuthors.firstEditAt));
  const reviews = await db
    .select({
      id: assessmentReviews.id,
      reviewerId: assessmentReviews.reviewerId,
      reviewerName: users.name,
      requestedByName: requester.name,
      state: assessmentReviews.state,
      note: assessmentReviews.note,
      createdAt: assessmentReviews.createdAt,
      decidedAt: assessmentReviews.decidedAt,
    })
    .from(assessmentReviews)
    .innerJoin(users, eq(users.id, assessmentReviews.reviewerId))
    .leftJoin(requester, eq(requester.id, assessmentReviews.requestedBy))
    .where(and(await currentRound(db, actor, row.id), ne(assessmentReviews.state, "withdrawn")))
    .orderBy(desc(assessmentReviews.createdAt))
    .limit(20);
  // Its authors, as authorIdsOf counts them (whoever started it and everyone who wrote in it), from
  // the rows already read rather than a second query.
  const authorIds = new Set(authors.map((author) => author.userId));
  if (row.ownerId) authorIds.add(row.ownerId);
  const isAuthor = authorIds.has(actor.userId);
  // Who may be asked to review: editors and owners who did not write it (and not oneself).
  const candidates = can(actor, "assessment.update")
    ? (
        await db
          .select({ userId: memberships.userId, name: users.name, role: memberships.role })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.teamId, actor.teamId), ne(memberships.role, "viewer")))
          .orderBy(asc(users.name))
      ).filter((member) => !authorIds.has(member.userId) && member.userId !== actor.userId)
    : [];
  const isDraft = row.status === "draft";
  // What is still open in the stored text, for the review and publish dialogs (the open editor
  // gives them the live text's instead: the store trails typing by a few seconds).
  const readiness = summarizeReadiness(row.content);
  return {
    ...row,
    ownerName: row.ownerName ?? "A former member",
    authors,
    documentName: `assessment:${row.id}`,
    reviews: reviews.map((review) => ({
      ...review,
      requestedByName: review.requestedByName ?? null,
    })),
    reviewerCandidates: candidates.map((member) => ({ userId: member.userId, name: member.name })),
    readiness,
    isAuthor,
    permissions: {
      canEdit: can(actor, "assessment.update") && isDraft,
      canRequestReview: can(actor, "assessment.update") && row.status !== "approved",
      canWithdraw: can(actor, "assessment.update") && !isDraft,
      canReview: can(actor, "assessment.review") && row.status === "in_review" && !isAuthor,
      canPublish: can(actor, "assessment.publish") && row.status === "approved",
    },
  };
}
