import { sql } from "drizzle-orm";
import { type AnyPgColumn, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import type { TagColor } from "@/lib/claims";

import { teams } from "./teams";
import { users } from "./users";

/**
 * The team's taxonomy: named, coloured tags with one level of parent and child (a track and its
 * sub-topics). Names are unique in a team regardless of case. Deleting a parent lifts its children
 * to the top level rather than deleting them.
 */
export const tags = pgTable(
  "tags",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    name: text().notNull(),
    color: text().$type<TagColor>().notNull(),
    description: text(),
    parentId: uuid().references((): AnyPgColumn => tags.id, { onDelete: "set null" }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tags_team_id_name_idx").on(t.teamId, sql`lower(${t.name})`),
    index("tags_team_id_parent_id_idx").on(t.teamId, t.parentId),
  ],
);
