import { and, eq, inArray, or, sql } from "drizzle-orm";

import type { Database } from "@/db";
import { claimLinks, claimRatings, claims, claimTags, tags } from "@/db/schema";
import { credibilityConsensus, type CredibilityLevel } from "@/lib/scales";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/context";

/** One of the team's claims (optionally locked for update), or CLAIM_NOT_FOUND. */
export async function findClaim(
  db: Database,
  actor: Actor,
  claimId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select({
      id: claims.id,
      teamId: claims.teamId,
      articleId: claims.articleId,
      statement: claims.statement,
      createdBy: claims.createdBy,
    })
    .from(claims)
    .where(and(eq(claims.id, claimId), eq(claims.teamId, actor.teamId)))
    .limit(1);
  const [claim] = options.lock ? await query.for("update") : await query;
  if (!claim) throw new AppError("CLAIM_NOT_FOUND");
  return claim;
}

/** Check every tag id is one of the team's tags; another team's tag does not exist. */
export async function assertTeamTags(db: Database, actor: Actor, tagIds: readonly string[]): Promise<void> {
  const unique = [...new Set(tagIds)];
  if (unique.length === 0) return;
  const rows = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.teamId, actor.teamId), inArray(tags.id, unique)));
  if (rows.length !== unique.length) throw new AppError("TAG_NOT_FOUND");
}

/** Replace a claim's tags with exactly `tagIds` (already checked to be the team's). */
export async function replaceClaimTags(
  db: Database,
  actor: Actor,
  claimId: string,
  tagIds: readonly string[],
) {
  await db.delete(claimTags).where(and(eq(claimTags.teamId, actor.teamId), eq(claimTags.claimId, claimId)));
  const unique = [...new Set(tagIds)];
  if (unique.length > 0)
    await db.insert(claimTags).values(unique.map((tagId) => ({ teamId: actor.teamId, claimId, tagId })));
}

/** Each analyst's latest credibility level for a claim. */
export async function currentLevels(
  db: Database,
  teamId: string,
  claimId: string,
): Promise<CredibilityLevel[]> {
  const rows = await db
    .selectDistinctOn([claimRatings.raterId], { level: claimRatings.level })
    .from(claimRatings)
    .where(and(eq(claimRatings.teamId, teamId), eq(claimRatings.claimId, claimId)))
    .orderBy(claimRatings.raterId, sql`${claimRatings.createdAt} desc`, sql`${claimRatings.id} desc`);
  return rows.map((row) => row.level);
}

/** Recompute and store a claim's credibility consensus (inside the caller's transaction). */
export async function refreshCredibility(db: Database, teamId: string, claimId: string) {
  const consensus = credibilityConsensus(await currentLevels(db, teamId, claimId));
  await db
    .update(claims)
    .set({
      credibility: consensus.grade,
      credibilitySpread: consensus.spread,
      isDisputed: consensus.isDisputed,
      ratingsCount: consensus.count,
      updatedAt: sql`now()`,
    })
    .where(and(eq(claims.id, claimId), eq(claims.teamId, teamId)));
  return consensus;
}

/**
 * Recount the contradictions of these claims (either end of a "contradicts" link), so lists can mark
 * and filter contradicted claims without a join.
 */
export async function refreshContradictions(db: Database, teamId: string, claimIds: readonly string[]) {
  if (claimIds.length === 0) return;
  await db
    .update(claims)
    .set({
      contradictionsCount: sql`(select count(*)::int from ${claimLinks} where ${claimLinks.teamId} = ${teamId} and ${claimLinks.kind} = 'contradicts' and (${claimLinks.fromClaimId} = ${claims.id} or ${claimLinks.toClaimId} = ${claims.id}))`,
    })
    .where(and(eq(claims.teamId, teamId), inArray(claims.id, [...claimIds])));
}

/** The ids of claims linked to this one, either way. */
export async function linkedClaimIds(db: Database, teamId: string, claimId: string): Promise<string[]> {
  const rows = await db
    .select({ from: claimLinks.fromClaimId, to: claimLinks.toClaimId })
    .from(claimLinks)
    .where(
      and(
        eq(claimLinks.teamId, teamId),
        or(eq(claimLinks.fromClaimId, claimId), eq(claimLinks.toClaimId, claimId)),
      ),
    );
  return [...new Set(rows.map((row) => (row.from === claimId ? row.to : row.from)))];
}
