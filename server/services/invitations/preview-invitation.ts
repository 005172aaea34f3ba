import type { DbContext } from "@/server/services/context";

import { assertUsable, findByToken } from "./find-invitation";

/**
 * What an invitation link offers: the team, the role, who sent it. Anyone holding the link may ask
 * (the token is the secret); an unusable link says why.
 */
export async function previewInvitation(ctx: DbContext, input: { token: string }, now = new Date()) {
  const row = await findByToken(ctx, input.token);
  assertUsable(row, now);
  return {
    teamName: row.teamName,
    teamSlug: row.teamSlug,
    role: row.role,
    invitedByName: row.invitedByName,
    expiresAt: row.expiresAt,
  };
}
