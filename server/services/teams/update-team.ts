import { and, eq, ne } from "drizzle-orm";

import { teams } from "@/db/schema";
import { AppError, isUniqueViolation } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

export interface UpdateTeamInput {
  name?: string | undefined;
  slug?: string | undefined;
  hasBlindRating?: boolean | undefined;
  requiresNothingOpen?: boolean | undefined;
}

/**
 * Rename a team, change its address (old links stop working), or switch a setting (owners): blind
 * rating, and nothing open before review and publishing.
 */
export async function updateTeam({ db, actor }: TeamContext, input: UpdateTeamInput) {
  assertCan(actor, "team.update");
  if (input.slug) {
    const [taken] = await db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.slug, input.slug), ne(teams.id, actor.teamId)))
      .limit(1);
    if (taken) throw new AppError("SLUG_TAKEN");
  }
  try {
    const [team] = await db
      .update(teams)
      .set({
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.slug === undefined ? {} : { slug: input.slug }),
        ...(input.hasBlindRating === undefined ? {} : { hasBlindRating: input.hasBlindRating }),
        ...(input.requiresNothingOpen === undefined
          ? {}
          : { requiresNothingOpen: input.requiresNothingOpen }),
        updatedAt: new Date(),
      })
      .where(eq(teams.id, actor.teamId))
      .returning({
        id: teams.id,
        name: teams.name,
        slug: teams.slug,
        hasBlindRating: teams.hasBlindRating,
        requiresNothingOpen: teams.requiresNothingOpen,
      });
    if (!team) throw new AppError("TEAM_NOT_FOUND");
    return team;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("SLUG_TAKEN");
    throw error;
  }
}
