import { and, eq, inArray, or, sql } from "drizzle-orm";

import type { Database } from "@/db";
import {
  articles,
  assessmentCitations,
  assessments,
  assessmentVersions,
  claims,
  notifications,
} from "@/db/schema";
import { describeFlags, reReviewFlags } from "@/lib/assessments/re-review";
import type { Actor } from "@/server/services/context";

import { snapshotCitedClaims } from "./cited-claims";
import { authorIdsOf, notifyAboutAssessment } from "./review-rows";

/**
 * After claims' ratings or links change (in the caller's transaction): for each assessment whose
 * latest published version cites one of them, compare the version's cited claims with how they stand
 * now, and notify its authors of any downgrade or new contradiction, once per distinct change. The
 * version's page shows the same comparison as a banner (computed when it is read).
 */
export async function flagReReviews(
  db: Database,
  actor: Actor,
  scope: { claimIds: readonly string[] } | { sourceId: string },
): Promise<number> {
  return flagVersions(db, actor, await latestVersionsCiting(db, actor, scope));
}

type CitingVersion = { id: string; assessmentId: string; number: number };

/**
 * The latest published versions that cite the claims (or claims whose speaker or outlet is the
 * source). A claim about to be deleted is looked up before it goes: its citation rows go with it.
 */
export async function latestVersionsCiting(
  db: Database,
  actor: Actor,
  scope: { claimIds: readonly string[] } | { sourceId: string },
): Promise<CitingVersion[]> {
  const touches =
    "claimIds" in scope
      ? scope.claimIds.length
        ? inArray(claims.id, [...scope.claimIds])
        : undefined
      : or(eq(claims.speakerId, scope.sourceId), eq(articles.outletId, scope.sourceId));
  if (!touches) return [];
  return db
    .selectDistinct({
      id: assessmentVersions.id,
      assessmentId: assessmentVersions.assessmentId,
      number: assessmentVersions.number,
    })
    .from(assessmentCitations)
    .innerJoin(
      assessmentVersions,
      and(
        eq(assessmentVersions.id, assessmentCitations.versionId),
        eq(assessmentVersions.teamId, actor.teamId),
      ),
    )
    .innerJoin(
      assessments,
      and(
        eq(assessments.id, assessmentVersions.assessmentId),
        eq(assessments.teamId, actor.teamId),
        eq(assessments.publishedVersion, assessmentVersions.number),
      ),
    )
    .innerJoin(claims, and(eq(claims.id, assessmentCitations.claimId), eq(claims.teamId, actor.teamId)))
    .innerJoin(articles, and(eq(articles.id, claims.articleId), eq(articles.teamId, actor.teamId)))
    .where(and(eq(assessmentCitations.teamId, actor.teamId), touches));
}

/** Compare each version's cited claims with how they stand now; notify its authors of what got worse. */
export async function flagVersions(
  db: Database,
  actor: Actor,
  versions: readonly CitingVersion[],
): Promise<number> {
  let flagged = 0;
  for (const version of versions) {
    const [row] = await db
      .select({ citations: assessmentVersions.citations })
      .from(assessmentVersions)
      .where(and(eq(assessmentVersions.id, version.id), eq(assessmentVersions.teamId, actor.teamId)));
    if (!row) continue;
    const current = await snapshotCitedClaims(
      db,
      actor,
      row.citations.map((citation) => citation.claimId),
    );
    const flags = reReviewFlags(row.citations, new Map(current.map((claim) => [claim.claimId, claim])));
    if (flags.length === 0) continue;
    // The notice names what changed without the source's grades: under blind rating an author who
    // has not rated the source must not learn the team's grade from an inbox.
    const detail = `Version ${version.number}: ${describeFlags(flags, { hideReliability: true })}`.slice(
      0,
      2000,
    );
    // The same finding is not sent twice (a second rating that leaves it as it is).
    const [already] = await db
      .select({ n: sql<number>`1` })
      .from(notifications)
      .where(
        and(
          eq(notifications.teamId, actor.teamId),
          eq(notifications.versionId, version.id),
          eq(notifications.kind, "re_review"),
          eq(notifications.detail, detail),
        ),
      )
      .limit(1);
    if (already) continue;
    const authors = await authorIdsOf(db, actor, version.assessmentId);
    // The analyst who made the change is told too when they are an author: it is about their work.
    await notifyAboutAssessment(db, actor, {
      assessmentId: version.assessmentId,
      versionId: version.id,
      kind: "re_review",
      userIds: authors,
      detail,
      includeActor: true,
    });
    flagged++;
  }
  return flagged;
}
