import { and, eq, isNull } from "drizzle-orm";

import { invitations, memberships } from "@/db/schema";
import { AppError, isUniqueViolation } from "@/server/errors";
import type { UserContext } from "@/server/services/context";

import { assertUsable, findByToken } from "./find-invitation";

/**
 * Join the team with the invitation's role. One use: the invitation is claimed with a conditional
 * UPDATE, so two people pressing "Join" at once cannot both get in.
 */
export async function acceptInvitation(
  { db, userId }: UserContext,
  input: { token: string },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const row = await findByToken({ db: tx }, input.token);
    assertUsable(row, now);
    const [existing] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.teamId, row.teamId), eq(memberships.userId, userId)))
      .limit(1);
    if (existing) throw new AppError("ALREADY_MEMBER");

    const [claimed] = await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(and(eq(invitations.id, row.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id });
    if (!claimed) throw new AppError("INVITATION_USED");
    try {
      await tx.insert(memberships).values({ teamId: row.teamId, userId, role: row.role });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("ALREADY_MEMBER");
      throw error;
    }
    return { teamSlug: row.teamSlug, teamName: row.teamName, role: row.role };
  });
}
