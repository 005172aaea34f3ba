import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { CLAIM_STATUSES, CLAIM_TYPES, LINK_KINDS } from "@/lib/claims";
import { CREDIBILITY_LEVELS } from "@/lib/scales";

import { articles } from "./articles";
import { tsvector } from "./custom-types";
import { sources } from "./sources";
import { tags } from "./tags";
import { teams } from "./teams";
import { users } from "./users";

export const claimType = pgEnum("claim_type", CLAIM_TYPES);
export const claimStatus = pgEnum("claim_status", CLAIM_STATUSES);
export const credibilityLevel = pgEnum("credibility_level", CREDIBILITY_LEVELS);
export const linkKind = pgEnum("link_kind", LINK_KINDS);

/**
 * A passage of an article turned into a claim. The anchor is W3C-style: the exact quote with its
 * prefix and suffix (TextQuoteSelector) and offsets into the article's immutable text
 * (TextPositionSelector); the reader re-anchors by quote if they ever disagree, and shows the claim
 * as orphaned rather than guessing. The credibility consensus and the count of contradictions are
 * kept in step in the transactions that change them, so lists and filters need no aggregation.
 */
export const claims = pgTable(
  "claims",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    quote: text().notNull(),
    prefix: text().notNull(),
    suffix: text().notNull(),
    startOffset: integer().notNull(),
    endOffset: integer().notNull(),
    statement: text().notNull(),
    speakerId: uuid().references(() => sources.id, { onDelete: "set null" }),
    type: claimType().notNull(),
    status: claimStatus().notNull().default("open"),
    credibility: credibilityLevel(),
    credibilitySpread: integer().notNull().default(0),
    isDisputed: boolean().notNull().default(false),
    ratingsCount: integer().notNull().default(0),
    contradictionsCount: integer().notNull().default(0),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // As articles' (search_fold, migration 0011): stemmed words, and every word for exact phrases.
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('search_english'::regconfig, search_fold("statement")), 'A') || setweight(to_tsvector('search_english'::regconfig, search_fold("quote")), 'B')`,
      ),
    exactVector: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('search_exact'::regconfig, search_fold("statement")), 'A') || setweight(to_tsvector('search_exact'::regconfig, search_fold("quote")), 'B')`,
      ),
  },
  (t) => [
    check("claims_offsets_check", sql`${t.startOffset} >= 0 and ${t.endOffset} > ${t.startOffset}`),
    index("claims_team_id_article_id_start_offset_idx").on(t.teamId, t.articleId, t.startOffset),
    index("claims_team_id_created_at_id_idx").on(t.teamId, t.createdAt.desc(), t.id.desc()),
    index("claims_team_id_credibility_created_at_id_idx").on(
      t.teamId,
      t.credibility.asc().nullsLast(),
      t.createdAt.desc(),
      t.id.desc(),
    ),
    index("claims_team_id_speaker_id_idx").on(t.teamId, t.speakerId),
    index("claims_team_id_status_idx").on(t.teamId, t.status),
    index("claims_team_id_created_by_idx").on(t.teamId, t.createdBy),
    index("claims_search_vector_idx").using("gin", t.searchVector),
    // Adjacent word pairs, for phrases (search_pairs, migration 0012).
    index("claims_exact_pairs_idx").using("gin", sql`search_pairs(${t.exactVector})`),
  ],
);

/** Each analyst's 1–6 credibility with a rationale. Never updated: re-rating adds a row (history). */
export const claimRatings = pgTable(
  "claim_ratings",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    raterId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    level: credibilityLevel().notNull(),
    rationale: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("claim_ratings_team_id_claim_id_created_at_idx").on(t.teamId, t.claimId, t.createdAt),
    index("claim_ratings_claim_id_rater_id_idx").on(t.claimId, t.raterId),
  ],
);

export const claimTags = pgTable(
  "claim_tags",
  {
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    tagId: uuid()
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.tagId] }),
    index("claim_tags_team_id_tag_id_claim_id_idx").on(t.teamId, t.tagId, t.claimId),
  ],
);

/**
 * A relation from one claim to another, anywhere in the team. Stored once, from the claim it was
 * made on; shown on both. A claim never relates to itself.
 */
export const claimLinks = pgTable(
  "claim_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    fromClaimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    toClaimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    kind: linkKind().notNull(),
    note: text(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("claim_links_not_self_check", sql`${t.fromClaimId} <> ${t.toClaimId}`),
    uniqueIndex("claim_links_from_claim_id_to_claim_id_kind_idx").on(t.fromClaimId, t.toClaimId, t.kind),
    index("claim_links_team_id_from_claim_id_idx").on(t.teamId, t.fromClaimId),
    index("claim_links_team_id_to_claim_id_idx").on(t.teamId, t.toClaimId),
  ],
);
