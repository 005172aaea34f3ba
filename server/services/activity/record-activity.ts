import type { Database } from "@/db";
import { activity } from "@/db/schema";
import { publishTeamEvent } from "@/server/realtime/events";
import type { Actor } from "@/server/services/context";

export interface ActivityEntry {
  verb: string;
  subjectType: "article" | "source" | "team" | "claim" | "tag" | "comment" | "assessment";
  subjectId: string;
  data?: Record<string, unknown>;
  /** Where it happened, for teammates' live views (see server/realtime/events.ts). */
  articleId?: string | null;
  claimId?: string | null;
  /** The assessment a comment was made on, so the feed can lead to it. */
  assessmentId?: string | null;
}

/**
 * Record who did what, in the caller's transaction so the entry exists exactly when the change does,
 * and tell teammates' open screens about it (delivered on commit, see publishTeamEvent).
 */
export async function recordActivity(db: Database, actor: Actor, entry: ActivityEntry): Promise<void> {
  await db.insert(activity).values({
    teamId: actor.teamId,
    actorId: actor.userId,
    verb: entry.verb,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    data: {
      ...entry.data,
      // Where it happened, so the feed can link a comment or a rating to its claim and article.
      ...(entry.claimId ? { claimId: entry.claimId } : {}),
      ...(entry.articleId ? { articleId: entry.articleId } : {}),
      ...(entry.assessmentId ? { assessmentId: entry.assessmentId } : {}),
    },
  });
  await publishTeamEvent(db, {
    teamId: actor.teamId,
    verb: entry.verb,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    actorId: actor.userId,
    articleId: entry.articleId ?? (entry.subjectType === "article" ? entry.subjectId : null),
    claimId: entry.claimId ?? (entry.subjectType === "claim" ? entry.subjectId : null),
  });
}
