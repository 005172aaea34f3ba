import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { comments, users } from "@/db/schema";
import { parseMarkdown, plainTextOfBlocks } from "@/lib/markdown/parse";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { resolveSubject, type CommentSubject } from "./comment-rows";

/**
 * The discussion on a claim or an article: its threads in the order they were started, each with its
 * replies in order. Article threads are those on the article itself, not on its claims. Each body
 * comes parsed too (`blocks`, and a thread's `plainText`), so the browser renders comments without
 * the Markdown parser (markdown-it, 42 KB gzipped on every page with a discussion).
 */
export async function listComments({ db, actor }: TeamContext, input: { subject: CommentSubject }) {
  assertCan(actor, "comment.read");
  const subject = await resolveSubject(db, actor, input.subject);
  const resolver = alias(users, "resolver");
  const rows = await db
    .select({
      id: comments.id,
      threadId: comments.threadId,
      authorId: comments.authorId,
      authorName: users.name,
      body: comments.body,
      quote: comments.quote,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      deletedAt: comments.deletedAt,
      resolvedAt: comments.resolvedAt,
      resolvedByName: resolver.name,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .leftJoin(resolver, eq(resolver.id, comments.resolvedBy))
    .where(
      and(
        eq(comments.teamId, actor.teamId),
        subject.claimId ? eq(comments.claimId, subject.claimId) : isNull(comments.claimId),
        subject.articleId ? eq(comments.articleId, subject.articleId) : isNull(comments.articleId),
        subject.assessmentId
          ? eq(comments.assessmentId, subject.assessmentId)
          : isNull(comments.assessmentId),
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const canModerate = can(actor, "comment.moderate");
  const view = (row: (typeof rows)[number]) => {
    const isMine = row.authorId !== null && row.authorId === actor.userId;
    const isDeleted = row.deletedAt !== null;
    const body = isDeleted ? "" : row.body;
    return {
      id: row.id,
      authorId: row.authorId,
      authorName: row.authorName ?? "A former member",
      body,
      blocks: parseMarkdown(body),
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      isDeleted,
      canEdit: isMine && !isDeleted,
      canDelete: (isMine || canModerate) && !isDeleted,
    };
  };
  const threads = rows
    .filter((row) => row.threadId === null)
    .map((root) => {
      const shown = view(root);
      return {
        ...shown,
        plainText: plainTextOfBlocks(shown.blocks),
        quote: root.deletedAt ? null : root.quote,
        resolvedAt: root.resolvedAt,
        resolvedByName: root.resolvedAt ? (root.resolvedByName ?? "A former member") : null,
        replies: rows.filter((row) => row.threadId === root.id).map(view),
      };
    });
  return { threads, canComment: can(actor, "comment.create") };
}
