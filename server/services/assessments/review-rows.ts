import { and, desc, eq, gt, inArray, type SQL } from "drizzle-orm";

import type { Database } from "@/db";
import {
  assessmentAuthors,
  assessmentReviews,
  assessments,
  assessmentVersions,
  memberships,
  notifications,
} from "@/db/schema";
import { publishTeamEvent } from "@/server/realtime/events";
import type { Actor } from "@/server/services/context";

/**
 * Who wrote an assessment: whoever started it, and everyone the collaboration server recorded as
 * having changed its text. An author cannot review it.
 */
export async function authorIdsOf(db: Database, actor: Actor, assessmentId: string): Promise<Set<string>> {
  const [started] = await db
    .select({ createdBy: assessments.createdBy })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), eq(assessments.teamId, actor.teamId)))
    .limit(1);
  const rows = await db
    .select({ userId: assessmentAuthors.userId })
    .from(assessmentAuthors)
    .where(and(eq(assessmentAuthors.teamId, actor.teamId), eq(assessmentAuthors.assessmentId, assessmentId)));
  const ids = new Set(rows.map((row) => row.userId));
  if (started?.createdBy) ids.add(started.createdBy);
  return ids;
}

/** The people among `userIds` who are still members of the team (a notice to a former member is dropped). */
export async function membersAmong(db: Database, actor: Actor, userIds: Iterable<string>): Promise<string[]> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.teamId, actor.teamId), inArray(memberships.userId, ids)));
  return rows.map((row) => row.userId);
}

/** Close the review requests still waiting (the round ended: changes requested, withdrawn, published). */
export async function closeOpenRequests(db: Database, actor: Actor, assessmentId: string): Promise<void> {
  await db
    .update(assessmentReviews)
    .set({ state: "withdrawn" })
    .where(
      and(
        eq(assessmentReviews.teamId, actor.teamId),
        eq(assessmentReviews.assessmentId, assessmentId),
        eq(assessmentReviews.state, "requested"),
      ),
    );
}

/**
 * Notify people about an assessment (never the actor; each once), in the caller's transaction; their
 * inboxes hear about it live when it commits.
 */
export async function notifyAboutAssessment(
  db: Database,
  actor: Actor,
  input: {
    assessmentId: string;
    kind:
      "review_requested" | "changes_requested" | "approved" | "published" | "re_review" | "review_withdrawn";
    userIds: Iterable<string>;
    versionId?: string | null;
    detail?: string | null;
    /** Tell the actor too (a re-review flag: whoever downgraded the claim may be an author). */
    includeActor?: boolean;
  },
): Promise<string[]> {
  const recipients = (await membersAmong(db, actor, input.userIds)).filter(
    (id) => input.includeActor || id !== actor.userId,
  );
  if (recipients.length === 0) return [];
  await db.insert(notifications).values(
    recipients.map((userId) => ({
      teamId: actor.teamId,
      userId,
      kind: input.kind,
      actorId: actor.userId,
      assessmentId: input.assessmentId,
      versionId: input.versionId ?? null,
      detail: input.detail ?? null,
    })),
  );
  await publishTeamEvent(db, {
    teamId: actor.teamId,
    verb: "notification.created",
    subjectType: "assessment",
    subjectId: input.assessmentId,
    actorId: actor.userId,
    articleId: null,
    claimId: null,
    userIds: recipients,
  });
  return recipients;
}

/**
 * The reviews of the current round: those asked for since the latest version was published (a
 * published version ends a round). A condition on assessment_reviews, for the caller's WHERE.
 */
export async function currentRound(db: Database, actor: Actor, assessmentId: string): Promise<SQL> {
  const [latest] = await db
    .select({ publishedAt: assessmentVersions.publishedAt })
    .from(assessmentVersions)
    .where(
      and(eq(assessmentVersions.teamId, actor.teamId), eq(assessmentVersions.assessmentId, assessmentId)),
    )
    .orderBy(desc(assessmentVersions.number))
    .limit(1);
  const scope = and(
    eq(assessmentReviews.teamId, actor.teamId),
    eq(assessmentReviews.assessmentId, assessmentId),
  );
  return (latest ? and(scope, gt(assessmentReviews.createdAt, latest.publishedAt)) : scope) as SQL;
}
