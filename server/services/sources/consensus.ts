import { and, asc, desc, eq, sql } from "drizzle-orm";

import type { Database } from "@/db";
import { sourceRatings, sources } from "@/db/schema";
import { reliabilityConsensus, type ReliabilityGrade } from "@/lib/scales";

/** Each analyst's latest grade for a source. */
export async function currentGrades(
  db: Database,
  teamId: string,
  sourceId: string,
): Promise<ReliabilityGrade[]> {
  const rows = await db
    .selectDistinctOn([sourceRatings.raterId], { grade: sourceRatings.grade })
    .from(sourceRatings)
    .where(and(eq(sourceRatings.teamId, teamId), eq(sourceRatings.sourceId, sourceId)))
    .orderBy(asc(sourceRatings.raterId), desc(sourceRatings.createdAt), desc(sourceRatings.id));
  return rows.map((row) => row.grade);
}

/** Recompute and store a source's consensus from its current ratings (inside the caller's transaction). */
export async function refreshConsensus(db: Database, teamId: string, sourceId: string) {
  const consensus = reliabilityConsensus(await currentGrades(db, teamId, sourceId));
  await db
    .update(sources)
    .set({
      consensusGrade: consensus.grade,
      consensusSpread: consensus.spread,
      isDisputed: consensus.isDisputed,
      ratingsCount: consensus.count,
      updatedAt: sql`now()`,
    })
    .where(and(eq(sources.id, sourceId), eq(sources.teamId, teamId)));
  return consensus;
}
