import { AppError } from "@/server/errors";
import { assertCan, authorize } from "@/server/policies";
import { endSessions } from "@/server/services/auth/session-rows";
import type { TeamContext } from "@/server/services/context";

import { deleteMembership, findMembership, lockOwners } from "./membership-rows";

/**
 * Remove someone from the team (owners). The last owner cannot be removed. The person's sessions end
 * with it, on every device and every instance (their open editors close): whatever they had open of
 * this team's is closed at once, and they sign in again to go on with any other team.
 */
export async function removeMember({ db, actor }: TeamContext, input: { userId: string }) {
  assertCan(actor, "member.remove");
  await db.transaction(async (tx) => {
    const ownerCount = await lockOwners(tx, actor.teamId);
    const member = await findMembership(tx, actor.teamId, input.userId);
    authorize(actor, "member.remove", member, "MEMBER_NOT_FOUND");
    if (member.role === "owner" && ownerCount <= 1) throw new AppError("LAST_OWNER");
    await deleteMembership(tx, actor.teamId, input.userId);
    // An owner removing themselves is leaving: they stay signed in, as with "Leave team".
    if (input.userId !== actor.userId) await endSessions(tx, input.userId, "removed from a team");
  });
  return { userId: input.userId };
}
