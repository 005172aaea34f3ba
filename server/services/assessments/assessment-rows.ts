import { and, eq } from "drizzle-orm";

import type { Database } from "@/db";
import { assessments } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/context";

/** One of the team's assessments (optionally locked for update), or ASSESSMENT_NOT_FOUND. */
export async function findAssessment(
  db: Database,
  actor: Actor,
  assessmentId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select({
      id: assessments.id,
      teamId: assessments.teamId,
      title: assessments.title,
      status: assessments.status,
      publishedVersion: assessments.publishedVersion,
      wordCount: assessments.wordCount,
      createdBy: assessments.createdBy,
    })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), eq(assessments.teamId, actor.teamId)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new AppError("ASSESSMENT_NOT_FOUND");
  return row;
}
