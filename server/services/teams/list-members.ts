import { asc, eq, sql } from "drizzle-orm";

import { memberships, users } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

/** The team's members: owners first, then editors, then viewers, each by name. */
export async function listMembers({ db, actor }: TeamContext) {
  assertCan(actor, "member.read");
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, actor.teamId))
    .orderBy(
      sql`case ${memberships.role} when 'owner' then 0 when 'editor' then 1 else 2 end`,
      asc(users.name),
    );
}
