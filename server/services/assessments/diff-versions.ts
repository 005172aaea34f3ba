import { and, eq } from "drizzle-orm";

import { assessments } from "@/db/schema";
import { diffBlocks, diffStats } from "@/lib/assessments/diff";
import { docBlocks } from "@/lib/assessments/markdown";
import type { DocJson } from "@/lib/assessments/types";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { findAssessment } from "./assessment-rows";
import { findVersion } from "./get-version";

/**
 * Compare two versions of an assessment (or a version with the current draft, `to: "draft"`), as
 * readable Markdown blocks with the words that changed marked.
 */
export async function diffVersions(
  ctx: TeamContext,
  input: { assessmentId: string; from: number; to: number | "draft" },
) {
  assertCan(ctx.actor, "assessment.read");
  const found = await findAssessment(ctx.db, ctx.actor, input.assessmentId);
  const before = await findVersion(ctx, { assessmentId: found.id, number: input.from });
  let after: { title: string; content: DocJson };
  if (input.to === "draft") {
    const [draft] = await ctx.db
      .select({ title: assessments.title, content: assessments.content })
      .from(assessments)
      .where(and(eq(assessments.id, found.id), eq(assessments.teamId, ctx.actor.teamId)));
    if (!draft) throw new AppError("ASSESSMENT_NOT_FOUND");
    after = draft;
  } else {
    after = await findVersion(ctx, { assessmentId: found.id, number: input.to });
  }
  const blocks = diffBlocks(
    [`# ${before.title}`, ...docBlocks(before.content)],
    [`# ${after.title}`, ...docBlocks(after.content)],
  );
  return { from: input.from, to: input.to, blocks, stats: diffStats(blocks) };
}
