import { and, eq, or } from "drizzle-orm";

import { claimLinks } from "@/db/schema";
import type { LinkKind } from "@/lib/claims";
import { AppError, isUniqueViolation } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";
import { flagReReviews } from "../assessments/flag-re-reviews";

import { findClaim, refreshContradictions } from "./claim-rows";

/** Kinds that read the same both ways: A contradicts B is B contradicts A, so only one may exist. */
const SYMMETRIC: readonly LinkKind[] = ["corroborates", "contradicts", "duplicates"];

/**
 * Link a claim to another claim of the team, anywhere (editors): corroborates, contradicts,
 * duplicates or elaborates, with a note. Never to itself; never twice the same way.
 */
export async function linkClaims(
  { db, actor }: TeamContext,
  input: { claimId: string; toClaimId: string; kind: LinkKind; note?: string | null | undefined },
) {
  assertCan(actor, "claim.link");
  if (input.claimId === input.toClaimId) throw new AppError("LINK_SELF");
  try {
    return await db.transaction(async (tx) => {
      const from = await findClaim(tx, actor, input.claimId, { lock: true });
      const to = await findClaim(tx, actor, input.toClaimId, { lock: true });
      if (SYMMETRIC.includes(input.kind)) {
        const [reverse] = await tx
          .select({ id: claimLinks.id })
          .from(claimLinks)
          .where(
            and(
              eq(claimLinks.teamId, actor.teamId),
              eq(claimLinks.kind, input.kind),
              eq(claimLinks.fromClaimId, to.id),
              eq(claimLinks.toClaimId, from.id),
            ),
          )
          .limit(1);
        if (reverse) throw new AppError("LINK_EXISTS");
      }
      const [link] = await tx
        .insert(claimLinks)
        .values({
          teamId: actor.teamId,
          fromClaimId: from.id,
          toClaimId: to.id,
          kind: input.kind,
          note: input.note || null,
          createdBy: actor.userId,
        })
        .returning({ id: claimLinks.id });
      if (!link) throw new Error("insert returned no row");
      if (input.kind === "contradicts") {
        await refreshContradictions(tx, actor.teamId, [from.id, to.id]);
        await flagReReviews(tx, actor, { claimIds: [from.id, to.id] });
      }
      // One entry for the link; teammates' screens refetch every claim view on any claim event.
      await recordActivity(tx, actor, {
        verb: "claim.linked",
        subjectType: "claim",
        subjectId: from.id,
        articleId: from.articleId,
        data: { kind: input.kind, otherClaimId: to.id, statement: from.statement.slice(0, 200) },
      });
      return { id: link.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("LINK_EXISTS");
    throw error;
  }
}

/** Remove a link between two claims (editors). */
export async function unlinkClaims({ db, actor }: TeamContext, input: { linkId: string }) {
  assertCan(actor, "claim.link");
  return db.transaction(async (tx) => {
    const [link] = await tx
      .select({
        id: claimLinks.id,
        from: claimLinks.fromClaimId,
        to: claimLinks.toClaimId,
        kind: claimLinks.kind,
      })
      .from(claimLinks)
      .where(and(eq(claimLinks.id, input.linkId), eq(claimLinks.teamId, actor.teamId)))
      .limit(1);
    if (!link) throw new AppError("LINK_NOT_FOUND");
    await tx.delete(claimLinks).where(and(eq(claimLinks.id, link.id), eq(claimLinks.teamId, actor.teamId)));
    if (link.kind === "contradicts") await refreshContradictions(tx, actor.teamId, [link.from, link.to]);
    const claim = await findClaim(tx, actor, link.from);
    await recordActivity(tx, actor, {
      verb: "claim.unlinked",
      subjectType: "claim",
      subjectId: claim.id,
      articleId: claim.articleId,
      data: { kind: link.kind, otherClaimId: link.to, statement: claim.statement.slice(0, 200) },
    });
    return { id: link.id };
  });
}

/** The link filter for "links touching this claim", for reads. */
export function touchesClaim(claimId: string) {
  return or(eq(claimLinks.fromClaimId, claimId), eq(claimLinks.toClaimId, claimId));
}
