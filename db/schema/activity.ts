import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { teams } from "./teams";
import { users } from "./users";

/**
 * Who did what, when: the team's activity feed and each object's history ("who changed what" on an
 * article's metadata lives in `data.changes`).
 */
export const activity = pgTable(
  "activity",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    verb: text().notNull(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    // The wall clock, not the transaction's start: several entries of one transaction keep their order.
    createdAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [
    index("activity_team_id_created_at_idx").on(t.teamId, t.createdAt.desc()),
    index("activity_team_id_subject_idx").on(t.teamId, t.subjectType, t.subjectId, t.createdAt.desc()),
  ],
);
