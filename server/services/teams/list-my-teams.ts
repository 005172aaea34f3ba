import { asc, count, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { memberships, teams } from "@/db/schema";
import type { UserContext } from "@/server/services/context";

/** The teams the caller belongs to, with their role and member count, by name. */
export async function listMyTeams({ db, userId }: UserContext) {
  const everyone = alias(memberships, "everyone");
  return db
    .select({
      id: teams.id,
      name: teams.name,
      slug: teams.slug,
      role: memberships.role,
      memberCount: count(everyone.userId),
    })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .innerJoin(everyone, eq(everyone.teamId, teams.id))
    .where(eq(memberships.userId, userId))
    .groupBy(teams.id, memberships.role)
    .orderBy(asc(teams.name));
}
