import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { assessmentVersions, users } from "@/db/schema";
import { reReviewFlags } from "@/lib/assessments/re-review";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { findAssessment } from "./assessment-rows";
import { snapshotCitedClaims } from "./cited-claims";

const approver = alias(users, "approver");
const publisher = alias(users, "publisher");

/** One stored version of an assessment, by number (read-only for everyone). */
export async function findVersion(
  { db, actor }: TeamContext,
  input: { assessmentId: string; number: number },
) {
  const [row] = await db
    .select({
      id: assessmentVersions.id,
      assessmentId: assessmentVersions.assessmentId,
      number: assessmentVersions.number,
      title: assessmentVersions.title,
      content: assessmentVersions.content,
      contentText: assessmentVersions.contentText,
      citations: assessmentVersions.citations,
      publishedAt: assessmentVersions.publishedAt,
      approvedByName: approver.name,
      publishedByName: publisher.name,
    })
    .from(assessmentVersions)
    .leftJoin(approver, eq(approver.id, assessmentVersions.approvedBy))
    .leftJoin(publisher, eq(publisher.id, assessmentVersions.publishedBy))
    .where(
      and(
        eq(assessmentVersions.teamId, actor.teamId),
        eq(assessmentVersions.assessmentId, input.assessmentId),
        eq(assessmentVersions.number, input.number),
      ),
    )
    .limit(1);
  if (!row) throw new AppError("VERSION_NOT_FOUND");
  return {
    ...row,
    approvedByName: row.approvedByName ?? "A former member",
    publishedByName: row.publishedByName ?? "A former member",
  };
}

/**
 * A published version as it was published: its content, and its cited claims as they were rated
 * then. Beside them, what has changed since in those claims (downgrades, new contradictions): the
 * reasons it may need another review.
 */
export async function getVersion(ctx: TeamContext, input: { assessmentId: string; number: number }) {
  assertCan(ctx.actor, "assessment.read");
  const found = await findAssessment(ctx.db, ctx.actor, input.assessmentId);
  const version = await findVersion(ctx, { assessmentId: found.id, number: input.number });
  const current = await snapshotCitedClaims(
    ctx.db,
    ctx.actor,
    version.citations.map((citation) => citation.claimId),
  );
  const flags = reReviewFlags(version.citations, new Map(current.map((claim) => [claim.claimId, claim])));
  return {
    id: version.id,
    assessmentId: found.id,
    number: version.number,
    title: version.title,
    content: version.content,
    citations: version.citations,
    publishedAt: version.publishedAt,
    approvedByName: version.approvedByName,
    publishedByName: version.publishedByName,
    isLatest: version.number === found.publishedVersion,
    latestNumber: found.publishedVersion,
    reReview: flags,
  };
}
