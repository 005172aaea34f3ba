import { and, asc, eq } from "drizzle-orm";

import { assessmentAuthors, assessments, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

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
    })
    .from(assessments)
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
  return {
    ...row,
    ownerName: row.ownerName ?? "A former member",
    authors,
    documentName: `assessment:${row.id}`,
    permissions: { canEdit: can(actor, "assessment.update") },
  };
}
