import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import type { CitedClaimSnapshot, DocJson } from "@/lib/assessments/types";

import { claims } from "./claims";
import { bytea, tsvector } from "./custom-types";
import { teams } from "./teams";
import { users } from "./users";

export const assessmentStatus = pgEnum("assessment_status", ["draft", "in_review", "approved"]);
export const reviewState = pgEnum("review_state", [
  "requested",
  "approved",
  "changes_requested",
  "withdrawn",
]);

/**
 * An assessment's working draft. The collaborative document is the Yjs state (`ydoc`, the truth the
 * editors sync); `content` (ProseMirror JSON) and `contentText` are derived from it on every store, for
 * search, rendering, the checks and export. Published versions are separate, immutable rows.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    title: text().notNull(),
    templateKey: text().notNull(),
    status: assessmentStatus().notNull().default("draft"),
    ydoc: bytea(),
    content: jsonb().$type<DocJson>().notNull(),
    contentText: text().notNull().default(""),
    wordCount: integer().notNull().default(0),
    sizeBytes: integer().notNull().default(0),
    /** The number of the latest published version; 0 before the first. */
    publishedVersion: integer().notNull().default(0),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // As articles' (search_fold, migration 0011): stemmed words, and every word for exact phrases.
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('search_english'::regconfig, search_fold("title")), 'A') || setweight(to_tsvector('search_english'::regconfig, search_fold("content_text")), 'B')`,
      ),
    exactVector: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('search_exact'::regconfig, search_fold("title")), 'A') || setweight(to_tsvector('search_exact'::regconfig, search_fold("content_text")), 'B')`,
      ),
  },
  (t) => [
    index("assessments_team_id_updated_at_id_idx").on(t.teamId, t.updatedAt.desc(), t.id.desc()),
    index("assessments_search_vector_idx").using("gin", t.searchVector),
  ],
);

/** Who has written in an assessment: recorded by the collaboration server as their edits are stored. */
export const assessmentAuthors = pgTable(
  "assessment_authors",
  {
    assessmentId: uuid()
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    firstEditAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastEditAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.userId] })],
);

/** Review requests and decisions, one row per reviewer per request. */
export const assessmentReviews = pgTable(
  "assessment_reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    assessmentId: uuid()
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    reviewerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requestedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    state: reviewState().notNull().default("requested"),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("assessment_reviews_team_id_assessment_id_idx").on(t.teamId, t.assessmentId, t.createdAt)],
);

/**
 * A published version: numbered, immutable, with the content as it was and the cited claims with
 * their ratings at that moment (so a later downgrade can be shown against them).
 */
export const assessmentVersions = pgTable(
  "assessment_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    assessmentId: uuid()
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    title: text().notNull(),
    content: jsonb().$type<DocJson>().notNull(),
    contentText: text().notNull(),
    citations: jsonb().$type<CitedClaimSnapshot[]>().notNull(),
    approvedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    publishedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("assessment_versions_assessment_id_number_idx").on(t.assessmentId, t.number),
    index("assessment_versions_team_id_published_at_idx").on(t.teamId, t.publishedAt.desc()),
  ],
);

/** Which claims each published version cites: how a claim's downgrade finds the versions to flag. */
export const assessmentCitations = pgTable(
  "assessment_citations",
  {
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    versionId: uuid()
      .notNull()
      .references(() => assessmentVersions.id, { onDelete: "cascade" }),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.claimId] }),
    index("assessment_citations_team_id_claim_id_idx").on(t.teamId, t.claimId),
  ],
);

/**
 * The collaboration server's write-ahead log: every change an instance receives is appended here in
 * small batches (every ~100 ms), before it is folded into `assessments.ydoc` by the next store, which
 * deletes the rows it folded in. A crash loses at most one batch; another instance that has the same
 * document open reads the rows as they arrive and converges even without Redis.
 */
export const assessmentUpdates = pgTable(
  "assessment_updates",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    assessmentId: uuid()
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    /** Whose typing this batch holds (recorded as an author when it is folded in); null: relayed. */
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    update: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("assessment_updates_assessment_id_id_idx").on(t.assessmentId, t.id)],
);
