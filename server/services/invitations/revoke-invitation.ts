import { and, eq, isNull } from "drizzle-orm";

import { invitations } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan, authorize } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

/** Withdraw a pending invitation (owners). */
export async function revokeInvitation({ db, actor }: TeamContext, input: { invitationId: string }) {
  assertCan(actor, "invitation.manage");
  const [row] = await db
    .select({ id: invitations.id, teamId: invitations.teamId, acceptedAt: invitations.acceptedAt })
    .from(invitations)
    .where(and(eq(invitations.id, input.invitationId), eq(invitations.teamId, actor.teamId)))
    .limit(1);
  authorize(actor, "invitation.manage", row, "INVITATION_NOT_FOUND");
  if (row.acceptedAt) throw new AppError("INVITATION_USED");
  await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(invitations.id, row.id), eq(invitations.teamId, actor.teamId), isNull(invitations.revokedAt)),
    );
  return { id: row.id };
}
