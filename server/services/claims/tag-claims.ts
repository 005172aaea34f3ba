import { and, eq, inArray, sql } from "drizzle-orm";

import { claims, claimTags } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { assertTeamTags } from "./claim-rows";

/**
 * Bulk tagging from the Claims page (editors): add some tags to, and remove others from, many claims
 * at once. All the claims and tags must be the team's, or nothing changes.
 */
export async function tagClaims(
  { db, actor }: TeamContext,
  input: { claimIds: string[]; addTagIds: string[]; removeTagIds: string[] },
) {
  assertCan(actor, "claim.tag");
  const claimIds = [...new Set(input.claimIds)];
  return db.transaction(async (tx) => {
    const found = await tx
      .select({ id: claims.id, articleId: claims.articleId, statement: claims.statement })
      .from(claims)
      .where(and(eq(claims.teamId, actor.teamId), inArray(claims.id, claimIds)));
    if (found.length !== claimIds.length) throw new AppError("CLAIM_NOT_FOUND");
    await assertTeamTags(tx, actor, [...input.addTagIds, ...input.removeTagIds]);
    if (input.removeTagIds.length > 0)
      await tx
        .delete(claimTags)
        .where(
          and(
            eq(claimTags.teamId, actor.teamId),
            inArray(claimTags.claimId, claimIds),
            inArray(claimTags.tagId, input.removeTagIds),
          ),
        );
    const additions = [...new Set(input.addTagIds)].flatMap((tagId) =>
      claimIds.map((claimId) => ({ teamId: actor.teamId, claimId, tagId })),
    );
    if (additions.length > 0) await tx.insert(claimTags).values(additions).onConflictDoNothing();
    await tx
      .update(claims)
      .set({ updatedAt: sql`now()` })
      .where(and(eq(claims.teamId, actor.teamId), inArray(claims.id, claimIds)));
    for (const claim of found) {
      await recordActivity(tx, actor, {
        verb: "claim.tagged",
        subjectType: "claim",
        subjectId: claim.id,
        articleId: claim.articleId,
        data: {
          statement: claim.statement.slice(0, 200),
          added: input.addTagIds.length,
          removed: input.removeTagIds.length,
        },
      });
    }
    return { updated: found.length };
  });
}
