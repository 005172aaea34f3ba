import { z } from "zod";

import { TEAM_ROLES } from "@/lib/roles";
import { zTeamName, zTeamSlug } from "@/lib/validation";
import { ZActivityEntry } from "@/server/api/routers/shared-schema";
import { PERMISSIONS } from "@/server/policies";

const zRole = z.enum(TEAM_ROLES, { error: "Role must be owner, editor or viewer." });
const zUserId = z.uuid({ error: "That is not a valid person id." });

export const ZTeamSummary = z.object({ id: z.uuid(), name: z.string(), slug: z.string() });

export const ZListTeamsOutput = z.array(ZTeamSummary.extend({ role: zRole, memberCount: z.number().int() }));

export const ZCreateTeamInput = z.object({ name: zTeamName, slug: zTeamSlug });
export type TCreateTeamInput = z.infer<typeof ZCreateTeamInput>;

export const ZGetTeamOutput = ZTeamSummary.extend({
  hasBlindRating: z.boolean(),
  requiresNothingOpen: z.boolean(),
  role: zRole,
  permissions: z.record(z.enum(Object.keys(PERMISSIONS) as [keyof typeof PERMISSIONS]), z.boolean()),
});

export const ZUpdateTeamInput = z
  .object({
    name: zTeamName.optional(),
    slug: zTeamSlug.optional(),
    hasBlindRating: z.boolean().optional(),
    requiresNothingOpen: z.boolean().optional(),
  })
  .refine(
    (input) => Object.values(input).some((value) => value !== undefined),
    "Give a new name, address or setting.",
  );

export const ZUpdateTeamOutput = ZTeamSummary.extend({
  hasBlindRating: z.boolean(),
  requiresNothingOpen: z.boolean(),
});

export const ZTeamOverviewOutput = z.object({
  counts: z.object({ articles: z.number().int(), sources: z.number().int(), members: z.number().int() }),
  /** The newest entries of the activity feed, the same as `activity.list` gives. */
  recent: z.array(ZActivityEntry),
});

export const ZLeaveTeamOutput = z.object({ teamId: z.uuid() });

export const ZMemberOutput = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: zRole,
  joinedAt: z.date(),
});
export const ZListMembersOutput = z.array(ZMemberOutput);

export const ZUpdateMemberInput = z.object({ userId: zUserId, role: zRole });
export const ZUpdateMemberOutput = z.object({ userId: z.uuid(), role: zRole });

export const ZDeleteMemberInput = z.object({ userId: zUserId });
export const ZDeleteMemberOutput = z.object({ userId: z.uuid() });

/** How long a new invitation link works. */
export const INVITATION_EXPIRY_DAYS = [1, 7, 30] as const;

export const ZCreateInvitationInput = z.object({
  role: zRole,
  expiresInDays: z
    .number({ error: "Expiry must be 1, 7 or 30 days." })
    .int()
    .refine(
      (days) => (INVITATION_EXPIRY_DAYS as readonly number[]).includes(days),
      "Expiry must be 1, 7 or 30 days.",
    ),
  note: z.string().trim().max(200, "Note must be at most 200 characters.").optional(),
});
export const ZCreateInvitationOutput = z.object({
  id: z.uuid(),
  role: zRole,
  expiresAt: z.date(),
  token: z.string(),
  path: z.string(),
});

export const ZInvitationOutput = z.object({
  id: z.uuid(),
  role: zRole,
  note: z.string().nullable(),
  createdAt: z.date(),
  expiresAt: z.date(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdByName: z.string().nullable(),
  status: z.enum(["pending", "accepted", "revoked", "expired"]),
});
export const ZListInvitationsOutput = z.array(ZInvitationOutput);

export const ZRevokeInvitationInput = z.object({
  invitationId: z.uuid({ error: "That is not a valid invitation id." }),
});
export const ZRevokeInvitationOutput = z.object({ id: z.uuid() });
