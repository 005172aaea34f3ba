import { and, eq, inArray, isNull } from "drizzle-orm";

import { articles, claims, sourceRatings, sources } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { refreshConsensus } from "./consensus";

/**
 * Merge a duplicate source into another (editors): its articles, the claims it is the speaker of and
 * its ratings move over, it points at the one it was merged into, and it leaves the lists. One
 * transaction.
 */
export async function mergeSources({ db, actor }: TeamContext, input: { sourceId: string; intoId: string }) {
  assertCan(actor, "source.merge");
  if (input.sourceId === input.intoId) throw new AppError("SOURCE_MERGE_SELF");
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: sources.id, name: sources.name })
      .from(sources)
      .where(
        and(
          eq(sources.teamId, actor.teamId),
          inArray(sources.id, [input.sourceId, input.intoId]),
          isNull(sources.mergedIntoId),
        ),
      )
      .for("update");
    const from = rows.find((row) => row.id === input.sourceId);
    const into = rows.find((row) => row.id === input.intoId);
    if (!from || !into) throw new AppError("SOURCE_NOT_FOUND");
    await tx
      .update(articles)
      .set({ outletId: into.id, updatedAt: new Date() })
      .where(and(eq(articles.teamId, actor.teamId), eq(articles.outletId, from.id)));
    await tx
      .update(claims)
      .set({ speakerId: into.id, updatedAt: new Date() })
      .where(and(eq(claims.teamId, actor.teamId), eq(claims.speakerId, from.id)));
    await tx
      .update(sourceRatings)
      .set({ sourceId: into.id })
      .where(and(eq(sourceRatings.teamId, actor.teamId), eq(sourceRatings.sourceId, from.id)));
    await tx
      .update(sources)
      .set({
        mergedIntoId: into.id,
        ratingsCount: 0,
        consensusGrade: null,
        isDisputed: false,
        consensusSpread: 0,
        updatedAt: new Date(),
      })
      .where(and(eq(sources.id, from.id), eq(sources.teamId, actor.teamId)));
    const consensus = await refreshConsensus(tx, actor.teamId, into.id);
    await recordActivity(tx, actor, {
      verb: "source.merged",
      subjectType: "source",
      subjectId: into.id,
      data: { name: into.name, mergedName: from.name, mergedId: from.id },
    });
    return { id: into.id, name: into.name, consensus };
  });
}
