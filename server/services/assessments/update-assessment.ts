import { and, eq, sql } from "drizzle-orm";

import { assessmentAuthors, assessments } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findAssessment } from "./assessment-rows";

/** Rename an assessment (editors). Its text is edited in the collaborative editor, not here. */
export async function updateAssessment(
  { db, actor }: TeamContext,
  input: { assessmentId: string; title: string },
) {
  assertCan(actor, "assessment.update");
  return db.transaction(async (tx) => {
    const found = await findAssessment(tx, actor, input.assessmentId, { lock: true });
    // The title is part of what reviewers approve: it locks with the text.
    if (found.status !== "draft") throw new AppError("ASSESSMENT_LOCKED");
    await tx
      .update(assessments)
      .set({ title: input.title, updatedAt: sql`now()` })
      .where(and(eq(assessments.id, found.id), eq(assessments.teamId, actor.teamId)));
    // The title is part of what is reviewed: whoever changes it is one of the authors.
    await tx
      .insert(assessmentAuthors)
      .values({ assessmentId: found.id, userId: actor.userId, teamId: actor.teamId })
      .onConflictDoUpdate({
        target: [assessmentAuthors.assessmentId, assessmentAuthors.userId],
        set: { lastEditAt: sql`now()` },
      });
    await recordActivity(tx, actor, {
      verb: "assessment.renamed",
      subjectType: "assessment",
      subjectId: found.id,
      data: { title: input.title, from: found.title },
    });
    return { id: found.id, title: input.title };
  });
}
