import { AppError } from "@/server/errors";
import type { TeamContext } from "@/server/services/context";

import { deleteMembership, lockOwners } from "./membership-rows";

/** Leave the team (anyone). The last owner must hand over ownership first. */
export async function leaveTeam({ db, actor }: TeamContext) {
  await db.transaction(async (tx) => {
    const ownerCount = await lockOwners(tx, actor.teamId);
    if (actor.role === "owner" && ownerCount <= 1) throw new AppError("LAST_OWNER");
    await deleteMembership(tx, actor.teamId, actor.userId);
  });
  return { teamId: actor.teamId };
}
