import { and, eq, inArray, or } from "drizzle-orm";

import type { Database } from "@/db";
import {
  articles,
  assessmentCitations,
  assessments,
  assessmentVersions,
  claims,
  notifications,
} from "@/db/schema";
import { describeFlags, reReviewFlags, withoutGrades, type ReReviewFlag } from "@/lib/assessments/re-review";
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

/**
 * The changes in `flags` that no earlier notice (`told`, as describeFlags worded them) named for the
 * same claim. A notice reads "Version 1: “A”: c1; c2 · “B”: c3". A change worded alike again ("2 more
 * claims now contradict it" after "another claim…") is new, and told.
 */
export function untold(flags: readonly ReReviewFlag[], told: readonly string[]): ReReviewFlag[] {
  const toldChanges = (statement: string): Set<string> => {
    const changes = new Set<string>();
    const head = `“${statement}”: `;
    for (const notice of told) {
      for (let at = notice.indexOf(head); at >= 0; at = notice.indexOf(head, at + 1)) {
        const rest = notice.slice(at + head.length);
        const end = rest.indexOf(" · “");
        for (const change of (end < 0 ? rest : rest.slice(0, end)).split("; ")) changes.add(change);
      }
    }
    return changes;
  };
  return flags.flatMap((flag) => {
    const known = toldChanges(flag.statement);
    const changes = flag.changes.filter((change) => !known.has(change));
    return changes.length ? [{ ...flag, changes }] : [];
  });
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
    // Each change is told once: a second rating that leaves it as it is, or a later change to another
    // claim, does not send again what the authors were already told.
    const told = await db
      .select({ detail: notifications.detail })
      .from(notifications)
      .where(
        and(
          eq(notifications.teamId, actor.teamId),
          eq(notifications.versionId, version.id),
          eq(notifications.kind, "re_review"),
        ),
      );
    // Worded without the source's grades (see withoutGrades), as the notices were.
    const fresh = untold(
      withoutGrades(flags),
      told.flatMap((notice) => (notice.detail ? [notice.detail] : [])),
    );
    if (fresh.length === 0) continue;
    const detail = `Version ${version.number}: ${describeFlags(fresh)}`.slice(0, 2000);
    // The authors, except whoever made the change: they know, and the version's banner shows it.
    await notifyAboutAssessment(db, actor, {
      assessmentId: version.assessmentId,
      versionId: version.id,
      kind: "re_review",
      userIds: await authorIdsOf(db, actor, version.assessmentId),
      detail,
    });
    flagged++;
  }
  return flagged;
}
