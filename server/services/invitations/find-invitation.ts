import { eq } from "drizzle-orm";

import { invitations, teams, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { DbContext } from "@/server/services/context";

import { hashInvitationToken } from "./tokens";

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

/** Where an invitation stands at `now`. */
export function statusOf(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
) {
  if (row.acceptedAt) return "accepted" as const;
  if (row.revokedAt) return "revoked" as const;
  if (row.expiresAt <= now) return "expired" as const;
  return "pending" as const;
}

/** The invitation behind a token, with its team, or undefined for a forged or unknown token. */
export async function findByToken({ db }: DbContext, token: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      teamId: invitations.teamId,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      teamName: teams.name,
      teamSlug: teams.slug,
      invitedByName: users.name,
    })
    .from(invitations)
    .innerJoin(teams, eq(teams.id, invitations.teamId))
    .leftJoin(users, eq(users.id, invitations.createdBy))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  return row;
}

/** Throw the reason an invitation cannot be used, if there is one. */
export function assertUsable(
  row: Awaited<ReturnType<typeof findByToken>>,
  now: Date,
): asserts row is NonNullable<typeof row> {
  if (!row) throw new AppError("INVITATION_NOT_FOUND");
  const status = statusOf(row, now);
  if (status === "accepted") throw new AppError("INVITATION_USED");
  if (status === "revoked") throw new AppError("INVITATION_REVOKED");
  if (status === "expired") throw new AppError("INVITATION_EXPIRED");
}
