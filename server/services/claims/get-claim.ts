import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { claimLinks, claimRatings, claims, users } from "@/db/schema";
import { LINK_KIND_INFO } from "@/lib/claims";
import { AppError } from "@/server/errors";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { selectClaimRows, toClaimSummaries } from "./claim-summaries";
import { touchesClaim } from "./link-claims";

/**
 * One claim with everything its page shows: the summary, every rating ever given (newest first, the
 * current one of each analyst marked), and its relations to other claims in both directions.
 */
export async function getClaim({ db, actor }: TeamContext, input: { claimId: string }) {
  assertCan(actor, "claim.read");
  const [summary] = await toClaimSummaries(
    db,
    actor,
    await selectClaimRows(db, actor, eq(claims.id, input.claimId)),
  );
  if (!summary) throw new AppError("CLAIM_NOT_FOUND");
  const linker = alias(users, "linker");
  const [ratingRows, linkRows] = await Promise.all([
    db
      .select({
        id: claimRatings.id,
        raterId: claimRatings.raterId,
        raterName: users.name,
        level: claimRatings.level,
        rationale: claimRatings.rationale,
        createdAt: claimRatings.createdAt,
      })
      .from(claimRatings)
      .leftJoin(users, eq(users.id, claimRatings.raterId))
      .where(and(eq(claimRatings.teamId, actor.teamId), eq(claimRatings.claimId, summary.id)))
      .orderBy(desc(claimRatings.createdAt), desc(claimRatings.id)),
    db
      .select({
        id: claimLinks.id,
        fromClaimId: claimLinks.fromClaimId,
        toClaimId: claimLinks.toClaimId,
        kind: claimLinks.kind,
        note: claimLinks.note,
        createdAt: claimLinks.createdAt,
        createdByName: linker.name,
      })
      .from(claimLinks)
      .leftJoin(linker, eq(linker.id, claimLinks.createdBy))
      .where(and(eq(claimLinks.teamId, actor.teamId), touchesClaim(summary.id)))
      .orderBy(desc(claimLinks.createdAt)),
  ]);
  const otherIds = [
    ...new Set(linkRows.map((link) => (link.fromClaimId === summary.id ? link.toClaimId : link.fromClaimId))),
  ];
  const others = otherIds.length
    ? await toClaimSummaries(db, actor, await selectClaimRows(db, actor, inArray(claims.id, otherIds)))
    : [];
  const otherById = new Map(others.map((other) => [other.id, other]));
  const seen = new Set<string>();
  const ratings = ratingRows.map((rating) => {
    const isCurrent = !seen.has(rating.raterId);
    seen.add(rating.raterId);
    return { ...rating, raterName: rating.raterName ?? "A former member", isCurrent };
  });
  return {
    ...summary,
    ratings,
    myRating: ratings.find((rating) => rating.raterId === actor.userId && rating.isCurrent) ?? null,
    links: linkRows.flatMap((link) => {
      const isOutgoing = link.fromClaimId === summary.id;
      const other = otherById.get(isOutgoing ? link.toClaimId : link.fromClaimId);
      if (!other) return [];
      const info = LINK_KIND_INFO[link.kind];
      return [
        {
          id: link.id,
          kind: link.kind,
          direction: isOutgoing ? ("outgoing" as const) : ("incoming" as const),
          label: isOutgoing ? info.label : info.inverse,
          note: link.note,
          createdAt: link.createdAt,
          createdByName: link.createdByName ?? "A former member",
          other,
        },
      ];
    }),
    permissions: {
      canEdit: can(actor, "claim.update"),
      canDelete: can(actor, "claim.delete"),
      canRate: can(actor, "claim.rate"),
      canLink: can(actor, "claim.link"),
      canComment: can(actor, "comment.create"),
    },
  };
}
