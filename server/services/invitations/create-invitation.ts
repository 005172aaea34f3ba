import { invitations } from "@/db/schema";
import type { TeamRole } from "@/lib/roles";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { hashInvitationToken, newInvitationToken } from "./tokens";

export interface CreateInvitationInput {
  role: TeamRole;
  expiresInDays: number;
  note?: string | undefined;
}

/**
 * Create a one-use invitation link (owners). The token is returned once, here, and never again: the
 * database keeps only its SHA-256.
 */
export async function createInvitation({ db, actor }: TeamContext, input: CreateInvitationInput) {
  assertCan(actor, "invitation.manage");
  const token = newInvitationToken();
  const expiresAt = new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000);
  const [row] = await db
    .insert(invitations)
    .values({
      teamId: actor.teamId,
      tokenHash: hashInvitationToken(token),
      role: input.role,
      note: input.note || null,
      createdBy: actor.userId,
      expiresAt,
    })
    .returning({ id: invitations.id, role: invitations.role, expiresAt: invitations.expiresAt });
  if (!row) throw new Error("insert returned no row");
  return { ...row, token, path: `/invite/${token}` };
}
