import { ownerProcedure, protectedProcedure, router, teamProcedure } from "@/server/api/trpc";
import { createInvitation } from "@/server/services/invitations/create-invitation";
import { listInvitations } from "@/server/services/invitations/list-invitations";
import { revokeInvitation } from "@/server/services/invitations/revoke-invitation";
import { createTeam } from "@/server/services/teams/create-team";
import { getTeam } from "@/server/services/teams/get-team";
import { getTeamOverview } from "@/server/services/teams/get-team-overview";
import { leaveTeam } from "@/server/services/teams/leave-team";
import { listMembers } from "@/server/services/teams/list-members";
import { listMyTeams } from "@/server/services/teams/list-my-teams";
import { removeMember } from "@/server/services/teams/remove-member";
import { updateMemberRole } from "@/server/services/teams/update-member-role";
import { updateTeam } from "@/server/services/teams/update-team";

import {
  ZCreateInvitationInput,
  ZCreateInvitationOutput,
  ZCreateTeamInput,
  ZDeleteMemberInput,
  ZDeleteMemberOutput,
  ZGetTeamOutput,
  ZLeaveTeamOutput,
  ZListInvitationsOutput,
  ZListMembersOutput,
  ZListTeamsOutput,
  ZRevokeInvitationInput,
  ZRevokeInvitationOutput,
  ZTeamOverviewOutput,
  ZTeamSummary,
  ZUpdateMemberInput,
  ZUpdateMemberOutput,
  ZUpdateTeamInput,
  ZUpdateTeamOutput,
} from "./schema";

const membersRouter = router({
  list: teamProcedure.output(ZListMembersOutput).query(({ ctx }) => listMembers(ctx)),
  update: ownerProcedure
    .input(ZUpdateMemberInput)
    .output(ZUpdateMemberOutput)
    .mutation(({ ctx, input }) => updateMemberRole(ctx, input)),
  delete: ownerProcedure
    .input(ZDeleteMemberInput)
    .output(ZDeleteMemberOutput)
    .mutation(({ ctx, input }) => removeMember(ctx, input)),
});

const teamInvitationsRouter = router({
  list: ownerProcedure.output(ZListInvitationsOutput).query(({ ctx }) => listInvitations(ctx)),
  create: ownerProcedure
    .input(ZCreateInvitationInput)
    .output(ZCreateInvitationOutput)
    .mutation(({ ctx, input }) => createInvitation(ctx, input)),
  revoke: ownerProcedure
    .input(ZRevokeInvitationInput)
    .output(ZRevokeInvitationOutput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input)),
});

export const teamsRouter = router({
  /** The caller's teams. */
  list: protectedProcedure.output(ZListTeamsOutput).query(({ ctx }) => listMyTeams(ctx)),
  create: protectedProcedure
    .input(ZCreateTeamInput)
    .output(ZTeamSummary)
    .mutation(({ ctx, input }) => createTeam(ctx, input)),
  /** The team and what the caller may do in it (the UI hides what the role does not allow). */
  get: teamProcedure.output(ZGetTeamOutput).query(({ ctx }) => getTeam(ctx)),
  /** Counts and recent activity for the team's home page. */
  overview: teamProcedure.output(ZTeamOverviewOutput).query(({ ctx }) => getTeamOverview(ctx)),
  update: ownerProcedure
    .input(ZUpdateTeamInput)
    .output(ZUpdateTeamOutput)
    .mutation(({ ctx, input }) =>
      updateTeam(ctx, {
        name: input.name,
        slug: input.slug,
        hasBlindRating: input.hasBlindRating,
        requiresNothingOpen: input.requiresNothingOpen,
      }),
    ),
  leave: teamProcedure.output(ZLeaveTeamOutput).mutation(({ ctx }) => leaveTeam(ctx)),
  members: membersRouter,
  invitations: teamInvitationsRouter,
});
