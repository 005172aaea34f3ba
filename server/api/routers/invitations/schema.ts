import { z } from "zod";

import { TEAM_ROLES } from "@/lib/roles";

export const ZInvitationTokenInput = z.object({
  token: z
    .string({ error: "Invitation token is required." })
    .trim()
    .min(1, "Invitation token is required.")
    .max(200, "Invitation token is too long."),
});

export const ZPreviewInvitationOutput = z.object({
  teamName: z.string(),
  teamSlug: z.string(),
  role: z.enum(TEAM_ROLES),
  invitedByName: z.string().nullable(),
  expiresAt: z.date(),
});

export const ZAcceptInvitationOutput = z.object({
  teamSlug: z.string(),
  teamName: z.string(),
  role: z.enum(TEAM_ROLES),
});
