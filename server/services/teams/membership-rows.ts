import { and, eq } from "drizzle-orm";

import type { Database } from "@/db";
import { memberships } from "@/db/schema";

/**
 * Lock the team's owner rows and return how many owners there are. Taken before any change that could
 * remove an owner, so two owners demoting each other at the same moment cannot leave the team with none.
 */
export async function lockOwners(tx: Database, teamId: string): Promise<number> {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.teamId, teamId), eq(memberships.role, "owner")))
    .for("update");
  return owners.length;
}

/** One membership of the team, or undefined. */
export async function findMembership(tx: Database, teamId: string, userId: string) {
  const [row] = await tx
    .select({ teamId: memberships.teamId, userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)))
    .limit(1);
  return row;
}

/** Delete one membership row of the team. */
export async function deleteMembership(tx: Database, teamId: string, userId: string): Promise<void> {
  await tx.delete(memberships).where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
}
