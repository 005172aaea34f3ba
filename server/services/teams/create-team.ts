import { eq } from "drizzle-orm";

import { memberships, teams } from "@/db/schema";
import { AppError, isUniqueViolation } from "@/server/errors";
import type { UserContext } from "@/server/services/context";

export interface CreateTeamInput {
  name: string;
  slug: string;
}

/** Create a team with the caller as its owner, in one transaction. */
export async function createTeam({ db, userId }: UserContext, input: CreateTeamInput) {
  const [taken] = await db.select({ id: teams.id }).from(teams).where(eq(teams.slug, input.slug)).limit(1);
  if (taken) throw new AppError("SLUG_TAKEN");
  try {
    return await db.transaction(async (tx) => {
      const [team] = await tx
        .insert(teams)
        .values({ name: input.name, slug: input.slug, createdBy: userId })
        .returning({ id: teams.id, name: teams.name, slug: teams.slug });
      if (!team) throw new Error("insert returned no row");
      await tx.insert(memberships).values({ teamId: team.id, userId, role: "owner" });
      return team;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("SLUG_TAKEN");
    throw error;
  }
}
