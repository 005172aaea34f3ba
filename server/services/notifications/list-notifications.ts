import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { articles, assessments, claims, comments, notifications, users } from "@/db/schema";
import { plainTextOf } from "@/lib/markdown/parse";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { encodeTimeCursor, olderThan } from "../activity/time-cursor";

/** Kinds whose detail is a person's note (quoted as their words); the others' is the app's own line. */
const PERSON_NOTE_KINDS: ReadonlySet<string> = new Set(["review_requested", "changes_requested", "approved"]);

/**
 * The caller's inbox in this team, newest first: who mentioned them or replied, an excerpt of the
 * comment, and where it is (a claim and its article, or an article) so it can be opened.
 */
export async function listNotifications(
  { db, actor }: TeamContext,
  input: { isUnreadOnly?: boolean | undefined; cursor?: string | undefined; limit?: number | undefined },
) {
  assertCan(actor, "notification.read");
  const limit = Math.min(input.limit ?? 30, 100);
  const claimArticle = alias(articles, "claim_article");
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      createdAtText: sql<string>`${notifications.createdAt}::text`,
      readAt: notifications.readAt,
      actorName: users.name,
      commentId: comments.id,
      threadId: comments.threadId,
      body: comments.body,
      detail: notifications.detail,
      assessmentId: assessments.id,
      assessmentTitle: assessments.title,
      claimId: claims.id,
      claimStatement: claims.statement,
      articleId: sql<string | null>`coalesce(${articles.id}, ${claimArticle.id})`,
      articleTitle: sql<string | null>`coalesce(${articles.title}, ${claimArticle.title})`,
    })
    .from(notifications)
    .leftJoin(comments, and(eq(comments.id, notifications.commentId), eq(comments.teamId, actor.teamId)))
    .leftJoin(
      assessments,
      and(
        eq(assessments.id, sql`coalesce(${notifications.assessmentId}, ${comments.assessmentId})`),
        eq(assessments.teamId, actor.teamId),
      ),
    )
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(claims, and(eq(claims.id, comments.claimId), eq(claims.teamId, actor.teamId)))
    .leftJoin(claimArticle, and(eq(claimArticle.id, claims.articleId), eq(claimArticle.teamId, actor.teamId)))
    .leftJoin(articles, and(eq(articles.id, comments.articleId), eq(articles.teamId, actor.teamId)))
    .where(
      and(
        eq(notifications.teamId, actor.teamId),
        eq(notifications.userId, actor.userId),
        input.isUnreadOnly ? isNull(notifications.readAt) : undefined,
        olderThan(input.cursor, notifications.createdAt, notifications.id),
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt,
    isRead: row.readAt !== null,
    actorName: row.actorName ?? "A former member",
    commentId: row.commentId,
    excerpt: row.body
      ? plainTextOf(row.body).slice(0, 240)
      : PERSON_NOTE_KINDS.has(row.kind)
        ? (row.detail ?? "")
        : "",
    detail: row.body || PERSON_NOTE_KINDS.has(row.kind) ? null : row.detail,
    claim: row.claimId ? { id: row.claimId, statement: row.claimStatement ?? "" } : null,
    article: row.articleId ? { id: row.articleId, title: row.articleTitle ?? "" } : null,
    assessment: row.assessmentId ? { id: row.assessmentId, title: row.assessmentTitle ?? "" } : null,
  }));
  const last = rows[limit - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeTimeCursor(last) : null,
    unreadCount: await countUnread({ db, actor }),
  };
}

/** How many of the caller's notifications in this team are unread (the badge in the navigation). */
export async function countUnread({ db, actor }: TeamContext): Promise<number> {
  assertCan(actor, "notification.read");
  const [row] = await db
    .select({ count: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.teamId, actor.teamId),
        eq(notifications.userId, actor.userId),
        isNull(notifications.readAt),
      ),
    );
  return Number(row?.count ?? 0);
}
