import { desc, eq } from "drizzle-orm";

import { invitations, users } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { statusOf } from "./find-invitation";

/** The team's invitations, newest first, with their status (owners). */
export async function listInvitations({ db, actor }: TeamContext, now = new Date()) {
  assertCan(actor, "invitation.manage");
  const rows = await db
    .select({
      id: invitations.id,
      role: invitations.role,
      note: invitations.note,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      createdByName: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.createdBy))
    .where(eq(invitations.teamId, actor.teamId))
    .orderBy(desc(invitations.createdAt))
    .limit(100);
  return rows.map((row) => ({ ...row, status: statusOf(row, now) }));
}
