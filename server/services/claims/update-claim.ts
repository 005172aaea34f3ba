import { and, eq, sql } from "drizzle-orm";

import { claims } from "@/db/schema";
import type { ClaimStatus, ClaimType } from "@/lib/claims";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { assertTeamTags, findClaim, replaceClaimTags } from "./claim-rows";
import { resolveSpeaker, type SpeakerInput } from "./create-claim";

export interface UpdateClaimInput {
  claimId: string;
  statement?: string | undefined;
  speaker?: SpeakerInput | undefined;
  type?: ClaimType | undefined;
  status?: ClaimStatus | undefined;
  /** The claim's whole set of tags, replacing the old one. */
  tagIds?: string[] | undefined;
}

/**
 * Edit what the team says about a claim (editors): statement, speaker, type, status, tags. The anchor
 * never changes: a different passage is a different claim.
 */
export async function updateClaim({ db, actor }: TeamContext, input: UpdateClaimInput) {
  assertCan(actor, "claim.update");
  return db.transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId, { lock: true });
    const speakerId = await resolveSpeaker({ db: tx, actor }, input.speaker);
    if (input.tagIds) {
      await assertTeamTags(tx, actor, input.tagIds);
      await replaceClaimTags(tx, actor, claim.id, input.tagIds);
    }
    const changed = Object.keys(input).filter(
      (key) => key !== "claimId" && input[key as keyof UpdateClaimInput] !== undefined,
    );
    await tx
      .update(claims)
      .set({
        ...(input.statement !== undefined ? { statement: input.statement } : {}),
        ...(speakerId !== undefined ? { speakerId } : {}),
        ...(input.type !== undefined ? { type: input.type } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        updatedAt: sql`now()`,
      })
      .where(and(eq(claims.id, claim.id), eq(claims.teamId, actor.teamId)));
    await recordActivity(tx, actor, {
      verb: "claim.updated",
      subjectType: "claim",
      subjectId: claim.id,
      articleId: claim.articleId,
      data: {
        statement: (input.statement ?? claim.statement).slice(0, 200),
        fields: changed,
        ...(input.status ? { status: input.status } : {}),
      },
    });
    return { id: claim.id };
  });
}
