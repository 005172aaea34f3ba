import { and, eq, isNotNull, isNull, ne, or } from "drizzle-orm";

import type { Database } from "@/db";
import { comments, notifications } from "@/db/schema";
import { publishTeamEvent } from "@/server/realtime/events";
import type { Actor } from "@/server/services/context";

/**
 * Notify the people a new or edited comment concerns (in the caller's transaction): everyone newly
 * mentioned, and, for a reply, everyone else who wrote in the thread. Never the author; never twice
 * for one comment. Their inboxes hear about it live.
 */
export async function notifyForComment(
  db: Database,
  actor: Actor,
  input: {
    commentId: string;
    threadId: string | null;
    mentioned: readonly string[];
    place: { claimId: string | null; articleId: string | null };
  },
): Promise<string[]> {
  const mentioned = new Set(input.mentioned.filter((userId) => userId !== actor.userId));
  const repliedTo = new Set<string>();
  if (input.threadId) {
    const participants = await db
      .selectDistinct({ authorId: comments.authorId })
      .from(comments)
      .where(
        and(
          eq(comments.teamId, actor.teamId),
          or(eq(comments.id, input.threadId), eq(comments.threadId, input.threadId)),
          isNotNull(comments.authorId),
          ne(comments.id, input.commentId),
          isNull(comments.deletedAt),
        ),
      );
    for (const { authorId } of participants)
      if (authorId && authorId !== actor.userId && !mentioned.has(authorId)) repliedTo.add(authorId);
  }
  const rows = [
    ...[...mentioned].map((userId) => ({ userId, kind: "mention" as const })),
    ...[...repliedTo].map((userId) => ({ userId, kind: "reply" as const })),
  ];
  if (rows.length === 0) return [];
  await db.insert(notifications).values(
    rows.map((row) => ({
      teamId: actor.teamId,
      userId: row.userId,
      kind: row.kind,
      actorId: actor.userId,
      commentId: input.commentId,
    })),
  );
  const userIds = rows.map((row) => row.userId);
  await publishTeamEvent(db, {
    teamId: actor.teamId,
    verb: "notification.created",
    subjectType: "comment",
    subjectId: input.commentId,
    actorId: actor.userId,
    articleId: input.place.articleId,
    claimId: input.place.claimId,
    userIds,
  });
  return userIds;
}
