import { claimRatings } from "@/db/schema";
import type { CredibilityLevel } from "@/lib/scales";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";
import { flagReReviews } from "../assessments/flag-re-reviews";

import { findClaim, refreshCredibility } from "./claim-rows";

/**
 * Rate a claim's credibility 1–6 with a rationale (editors). Re-rating adds to the history; the
 * analyst's latest rating counts, and the consensus is recomputed with the claim row locked, so two
 * analysts rating at once both count.
 */
export async function rateClaim(
  { db, actor }: TeamContext,
  input: { claimId: string; level: CredibilityLevel; rationale: string },
) {
  assertCan(actor, "claim.rate");
  return db.transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId, { lock: true });
    const [rating] = await tx
      .insert(claimRatings)
      .values({
        teamId: actor.teamId,
        claimId: claim.id,
        raterId: actor.userId,
        level: input.level,
        rationale: input.rationale,
      })
      .returning({ id: claimRatings.id });
    if (!rating) throw new Error("insert returned no row");
    const consensus = await refreshCredibility(tx, actor.teamId, claim.id);
    await flagReReviews(tx, actor, { claimIds: [claim.id] });
    await recordActivity(tx, actor, {
      verb: "claim.rated",
      subjectType: "claim",
      subjectId: claim.id,
      articleId: claim.articleId,
      data: { statement: claim.statement.slice(0, 200), level: input.level },
    });
    return { ratingId: rating.id, consensus };
  });
}
