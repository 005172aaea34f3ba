import { and, eq } from "drizzle-orm";

import type { Database } from "@/db";
import { teams } from "@/db/schema";
import { hasRole } from "@/lib/roles";
import type { Actor } from "@/server/services/context";

/**
 * Blind rating: with the team setting on, someone who may rate a source (an editor or owner) sees
 * the others' ratings and the consensus only once they have rated it themselves, so the first grade
 * they give is their own. Viewers, who do not rate, always see the team's view.
 */
export async function isBlindFor(db: Database, actor: Actor): Promise<boolean> {
  if (!hasRole(actor.role, "editor")) return false;
  if (actor.teamHasBlindRating !== undefined) return actor.teamHasBlindRating;
  const [team] = await db
    .select({ hasBlindRating: teams.hasBlindRating })
    .from(teams)
    .where(and(eq(teams.id, actor.teamId)))
    .limit(1);
  return team?.hasBlindRating ?? true;
}
