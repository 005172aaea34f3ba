import { and, eq, inArray } from "drizzle-orm";

import { assessments } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { latestVersionsCiting } from "../assessments/flag-re-reviews";

/**
 * The published assessments whose latest version cites any of these claims: what a change to them
 * (a new contradiction) would flag for re-review, so the link dialog can say so before it happens.
 */
export async function reReviewImpact({ db, actor }: TeamContext, input: { claimIds: readonly string[] }) {
  assertCan(actor, "claim.read");
  const versions = await latestVersionsCiting(db, actor, { claimIds: input.claimIds });
  if (versions.length === 0) return { items: [] };
  const rows = await db
    .select({ id: assessments.id, title: assessments.title })
    .from(assessments)
    .where(
      and(
        eq(assessments.teamId, actor.teamId),
        inArray(
          assessments.id,
          versions.map((version) => version.assessmentId),
        ),
      ),
    );
  const titles = new Map(rows.map((row) => [row.id, row.title]));
  return {
    items: versions
      .map((version) => ({
        assessmentId: version.assessmentId,
        title: titles.get(version.assessmentId) ?? "",
        number: version.number,
      }))
      .sort((a, b) => a.title.localeCompare(b.title, "en")),
  };
}
