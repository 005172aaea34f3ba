import { protectedProcedure, publicProcedure, router } from "@/server/api/trpc";
import { acceptInvitation } from "@/server/services/invitations/accept-invitation";
import { previewInvitation } from "@/server/services/invitations/preview-invitation";

import { ZAcceptInvitationOutput, ZInvitationTokenInput, ZPreviewInvitationOutput } from "./schema";

export const invitationsRouter = router({
  /** What a link offers. Public: whoever holds the token may see the team's name and the role. */
  preview: publicProcedure
    .input(ZInvitationTokenInput)
    .output(ZPreviewInvitationOutput)
    .query(({ ctx, input }) => previewInvitation({ db: ctx.db }, input)),
  accept: protectedProcedure
    .input(ZInvitationTokenInput)
    .output(ZAcceptInvitationOutput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
});
