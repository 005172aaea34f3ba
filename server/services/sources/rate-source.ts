import { and, eq, isNull } from "drizzle-orm";

import { sourceRatings, sources } from "@/db/schema";
import type { ReliabilityGrade } from "@/lib/scales";
import { authorize } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";
import { flagReReviews } from "../assessments/flag-re-reviews";

import { refreshConsensus } from "./consensus";

/**
 * Rate a source A–F with a rationale (editors). A new rating never replaces an old one: it is added,
 * the analyst's latest rating counts, and the consensus is recomputed in the same transaction with the
 * source row locked, so two analysts rating at once both count.
 */
export async function rateSource(
  { db, actor }: TeamContext,
  input: { sourceId: string; grade: ReliabilityGrade; rationale: string },
) {
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select({ id: sources.id, teamId: sources.teamId, name: sources.name })
      .from(sources)
      .where(
        and(eq(sources.id, input.sourceId), eq(sources.teamId, actor.teamId), isNull(sources.mergedIntoId)),
      )
      .for("update")
      .limit(1);
    authorize(actor, "source.rate", source, "SOURCE_NOT_FOUND");
    const [rating] = await tx
      .insert(sourceRatings)
      .values({
        teamId: actor.teamId,
        sourceId: source.id,
        raterId: actor.userId,
        grade: input.grade,
        rationale: input.rationale,
      })
      .returning({ id: sourceRatings.id, createdAt: sourceRatings.createdAt });
    if (!rating) throw new Error("insert returned no row");
    const consensus = await refreshConsensus(tx, actor.teamId, source.id);
    await flagReReviews(tx, actor, { sourceId: source.id });
    await recordActivity(tx, actor, {
      verb: "source.rated",
      subjectType: "source",
      subjectId: source.id,
      data: { name: source.name, grade: input.grade },
    });
    return { ratingId: rating.id, grade: input.grade, consensus };
  });
}
