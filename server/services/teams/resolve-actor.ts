import { and, eq } from "drizzle-orm";

import { memberships, teams } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { Actor, UserContext } from "@/server/services/context";

/** A team as its procedures see it: its name, address and settings. */
export interface TeamSettings {
  id: string;
  name: string;
  slug: string;
  hasBlindRating: boolean;
  requiresNothingOpen: boolean;
}

export interface ResolvedTeam {
  actor: Actor;
  team: TeamSettings;
}

/**
 * Find the team by its address and the caller's membership in it, in one query. A team that does not
 * exist and a team the caller is not in give the same TEAM_NOT_FOUND.
 */
export async function resolveActor({ db, userId }: UserContext, teamSlug: string): Promise<ResolvedTeam> {
  const [row] = await db
    .select({
      id: teams.id,
      name: teams.name,
      slug: teams.slug,
      hasBlindRating: teams.hasBlindRating,
      requiresNothingOpen: teams.requiresNothingOpen,
      role: memberships.role,
    })
    .from(teams)
    .innerJoin(memberships, and(eq(memberships.teamId, teams.id), eq(memberships.userId, userId)))
    .where(eq(teams.slug, teamSlug.trim().toLowerCase()))
    .limit(1);
  if (!row) throw new AppError("TEAM_NOT_FOUND");
  return {
    actor: { userId, teamId: row.id, role: row.role, teamHasBlindRating: row.hasBlindRating },
    team: {
      id: row.id,
      name: row.name,
      slug: row.slug,
      hasBlindRating: row.hasBlindRating,
      requiresNothingOpen: row.requiresNothingOpen,
    },
  };
}
