import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { SOURCE_KINDS } from "@/lib/sources";
import { RELIABILITY_GRADES } from "@/lib/scales";

import { teams } from "./teams";
import { users } from "./users";

export const sourceKind = pgEnum("source_kind", SOURCE_KINDS);
export const reliabilityGrade = pgEnum("reliability_grade", RELIABILITY_GRADES);

/**
 * Outlets, people, organisations, social accounts and government bodies. `key` is how one source is
 * recognised again ("News.Az" = news.az); a merged source points at the one it was merged into and
 * disappears from lists. The consensus columns are kept in step with the ratings, in the rating's
 * transaction, so lists and filters need no aggregation.
 */
export const sources = pgTable(
  "sources",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    kind: sourceKind().notNull(),
    name: text().notNull(),
    key: text().notNull(),
    domain: text(),
    url: text(),
    description: text(),
    mergedIntoId: uuid().references((): AnyPgColumn => sources.id, { onDelete: "set null" }),
    consensusGrade: reliabilityGrade(),
    consensusSpread: integer().notNull().default(0),
    isDisputed: boolean().notNull().default(false),
    ratingsCount: integer().notNull().default(0),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sources_team_id_kind_key_idx")
      .on(t.teamId, t.kind, t.key)
      .where(sql`${t.mergedIntoId} is null`),
    index("sources_team_id_domain_idx").on(t.teamId, t.domain),
    index("sources_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
  ],
);

/** Each analyst's A–F grade with a rationale. Never updated: re-rating adds a row, so history is kept. */
export const sourceRatings = pgTable(
  "source_ratings",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    sourceId: uuid()
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    raterId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    grade: reliabilityGrade().notNull(),
    rationale: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("source_ratings_team_id_source_id_created_at_idx").on(t.teamId, t.sourceId, t.createdAt),
    index("source_ratings_source_id_rater_id_idx").on(t.sourceId, t.raterId),
  ],
);
