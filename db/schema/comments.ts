import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { articles } from "./articles";
import { assessmentVersions, assessments } from "./assessments";
import { claims } from "./claims";
import { teams } from "./teams";
import { users } from "./users";

/**
 * Threaded discussion on a claim or an article (assessments join later). A thread is a root comment
 * (`threadId` null) and its replies (`threadId` = the root); resolving is a property of the root.
 * Exactly one subject is set, with a real foreign key, so deleting the subject deletes its threads.
 * A deleted comment keeps its row (and its place in the thread) with the body cleared.
 */
export const comments = pgTable(
  "comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    claimId: uuid().references(() => claims.id, { onDelete: "cascade" }),
    articleId: uuid().references(() => articles.id, { onDelete: "cascade" }),
    assessmentId: uuid().references(() => assessments.id, { onDelete: "cascade" }),
    /** For a thread on part of an assessment: the words it is about (the editor marks the range). */
    quote: text(),
    threadId: uuid().references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    /** The team members mentioned in the body, as validated when it was saved. */
    mentions: jsonb().$type<string[]>().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true }),
    deletedAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check(
      "comments_one_subject_check",
      sql`num_nonnulls(${t.claimId}, ${t.articleId}, ${t.assessmentId}) = 1`,
    ),
    index("comments_team_id_claim_id_created_at_idx").on(t.teamId, t.claimId, t.createdAt),
    index("comments_team_id_article_id_created_at_idx").on(t.teamId, t.articleId, t.createdAt),
    index("comments_team_id_assessment_id_created_at_idx").on(t.teamId, t.assessmentId, t.createdAt),
    index("comments_thread_id_created_at_idx").on(t.threadId, t.createdAt),
  ],
);

export const notificationKind = pgEnum("notification_kind", [
  "mention",
  "reply",
  "review_requested",
  "changes_requested",
  "approved",
  "published",
  "re_review",
  "review_withdrawn",
]);

/**
 * What each person has to look at: someone mentioned them or replied in a thread they are in (a
 * comment), or something happened to an assessment they review or wrote (an assessment, a version).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    commentId: uuid().references(() => comments.id, { onDelete: "cascade" }),
    assessmentId: uuid().references(() => assessments.id, { onDelete: "cascade" }),
    versionId: uuid().references(() => assessmentVersions.id, { onDelete: "cascade" }),
    /** What changed, for a re-review notice ("credibility of … went from 2 to 4"). */
    detail: text(),
    createdAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("notifications_user_id_team_id_created_at_idx").on(t.userId, t.teamId, t.createdAt.desc()),
    index("notifications_unread_idx")
      .on(t.userId, t.teamId)
      .where(sql`${t.readAt} is null`),
  ],
);
