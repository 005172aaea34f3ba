import { and, eq } from "drizzle-orm";

import { memberships } from "@/db/schema";
import type { TeamRole } from "@/lib/roles";
import { AppError } from "@/server/errors";
import { assertCan, authorize } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { findMembership, lockOwners } from "./membership-rows";

/** Change a member's role (owners). The last owner cannot be demoted. */
export async function updateMemberRole(
  { db, actor }: TeamContext,
  input: { userId: string; role: TeamRole },
) {
  assertCan(actor, "member.update");
  return db.transaction(async (tx) => {
    const ownerCount = await lockOwners(tx, actor.teamId);
    const member = await findMembership(tx, actor.teamId, input.userId);
    authorize(actor, "member.update", member, "MEMBER_NOT_FOUND");
    if (member.role === "owner" && input.role !== "owner" && ownerCount <= 1) {
      throw new AppError("LAST_OWNER");
    }
    const [updated] = await tx
      .update(memberships)
      .set({ role: input.role, updatedAt: new Date() })
      .where(and(eq(memberships.teamId, actor.teamId), eq(memberships.userId, input.userId)))
      .returning({ userId: memberships.userId, role: memberships.role });
    if (!updated) throw new AppError("MEMBER_NOT_FOUND");
    return updated;
  });
}
