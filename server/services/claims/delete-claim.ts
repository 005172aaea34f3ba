import { and, eq } from "drizzle-orm";

import { claims } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";
import { flagVersions, latestVersionsCiting } from "../assessments/flag-re-reviews";

import { findClaim, linkedClaimIds, refreshContradictions } from "./claim-rows";

/**
 * Delete a claim (editors), with its ratings, tags, links and discussion. Claims it was linked to
 * have their contradiction counts brought up to date in the same transaction.
 */
export async function deleteClaim({ db, actor }: TeamContext, input: { claimId: string }) {
  assertCan(actor, "claim.delete");
  return db.transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId, { lock: true });
    const linked = await linkedClaimIds(tx, actor.teamId, claim.id);
    // Published versions citing it are found before it goes (their citation rows go with it).
    const citing = await latestVersionsCiting(tx, actor, { claimIds: [claim.id] });
    await tx.delete(claims).where(and(eq(claims.id, claim.id), eq(claims.teamId, actor.teamId)));
    await refreshContradictions(tx, actor.teamId, linked);
    await flagVersions(tx, actor, citing);
    await recordActivity(tx, actor, {
      verb: "claim.deleted",
      subjectType: "claim",
      subjectId: claim.id,
      articleId: claim.articleId,
      data: { statement: claim.statement.slice(0, 200) },
    });
    return { id: claim.id, articleId: claim.articleId };
  });
}
