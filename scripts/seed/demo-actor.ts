import { and, eq } from "drizzle-orm";

import type { Database } from "@/db";
import { memberships, users } from "@/db/schema";
import type { Actor } from "@/server/services/context";

/** The demo team member with this email, as an actor (null when they are not in the team). */
export async function demoActor(db: Database, teamId: string, email: string): Promise<Actor | null> {
  const [row] = await db
    .select({ userId: users.id, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.teamId, teamId)))
    .where(eq(users.email, email))
    .limit(1);
  return row ? { userId: row.userId, teamId, role: row.role } : null;
}
