import { AppError } from "@/server/errors";
import { assertCan, authorize } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { deleteMembership, findMembership, lockOwners } from "./membership-rows";

/** Remove someone from the team (owners). The last owner cannot be removed. */
export async function removeMember({ db, actor }: TeamContext, input: { userId: string }) {
  assertCan(actor, "member.remove");
  await db.transaction(async (tx) => {
    const ownerCount = await lockOwners(tx, actor.teamId);
    const member = await findMembership(tx, actor.teamId, input.userId);
    authorize(actor, "member.remove", member, "MEMBER_NOT_FOUND");
    if (member.role === "owner" && ownerCount <= 1) throw new AppError("LAST_OWNER");
    await deleteMembership(tx, actor.teamId, input.userId);
  });
  return { userId: input.userId };
}
