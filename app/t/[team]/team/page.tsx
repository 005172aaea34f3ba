import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { PageHeader } from "@/components/shell/page-header";
import { TeamSwitchSetting } from "@/components/teams/team-switch-setting";
import { InvitationsPanel } from "@/components/teams/invitations-panel";
import { LeaveTeamButton } from "@/components/teams/leave-team-button";
import { MembersTable } from "@/components/teams/members-table";
import { TeamSettingsForm } from "@/components/teams/team-settings-form";
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, getQueryClient, requireTeam, requireUserId, trpc } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Team" };

function ListSkeleton() {
  return (
    <div className="flex flex-col gap-3" role="status" aria-label="Loading">
      <Skeleton className="h-10" />
      <Skeleton className="h-10" />
      <Skeleton className="h-10" />
    </div>
  );
}

export default async function TeamPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const userId = await requireUserId(`/t/${slug}/team`);
  const team = await requireTeam(slug, `/t/${slug}/team`);
  const isOwner = team.permissions["member.update"];
  // Started here, awaited by nobody: the client components find the data in the hydrated cache.
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.teams.members.list.queryOptions({ teamSlug: team.slug }));
  if (team.permissions["invitation.manage"]) {
    void queryClient.prefetchQuery(trpc.teams.invitations.list.queryOptions({ teamSlug: team.slug }));
  }

  return (
    <HydrateClient>
      <PageHeader
        title="Team"
        description={
          isOwner ? "Members, roles, invitations and settings." : "The people in this team and their roles."
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>Members</CardTitle>
          <CardDescription>
            Owners manage the team; editors change its evidence and documents; viewers read and comment.
          </CardDescription>
        </CardHeader>
        <CardBody>
          <Suspense fallback={<ListSkeleton />}>
            <MembersTable teamSlug={team.slug} currentUserId={userId} canManage={isOwner} />
          </Suspense>
        </CardBody>
      </Card>
      {team.permissions["invitation.manage"] ? (
        <Card>
          <CardHeader>
            <CardTitle>Invite people</CardTitle>
            <CardDescription>Make a link for one person. They join with the role you choose.</CardDescription>
          </CardHeader>
          <CardBody>
            <Suspense fallback={<ListSkeleton />}>
              <InvitationsPanel teamSlug={team.slug} />
            </Suspense>
          </CardBody>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Tags</CardTitle>
          <CardDescription>
            The team&apos;s taxonomy for claims: nested tags, each with a colour.
          </CardDescription>
        </CardHeader>
        <CardBody>
          <Link
            href={`/t/${team.slug}/team/tags`}
            className="text-primary text-sm font-medium hover:underline"
          >
            Manage tags
          </Link>
        </CardBody>
      </Card>
      {team.permissions["team.update"] ? (
        <Card>
          <CardHeader>
            <CardTitle>Settings</CardTitle>
          </CardHeader>
          <CardBody className="flex flex-col gap-6">
            <div className="max-w-xl">
              <TeamSettingsForm team={team} />
            </div>
            <div className="border-border border-t pt-5">
              <TeamSwitchSetting teamSlug={team.slug} setting="hasBlindRating" isOn={team.hasBlindRating} />
            </div>
            <div className="border-border border-t pt-5">
              <TeamSwitchSetting
                teamSlug={team.slug}
                setting="requiresNothingOpen"
                isOn={team.requiresNothingOpen}
              />
            </div>
          </CardBody>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Leave the team</CardTitle>
          <CardDescription>
            {team.role === "owner"
              ? "If you are the only owner, make someone else an owner first."
              : "You can come back only with a new invitation."}
          </CardDescription>
        </CardHeader>
        <CardBody>
          <LeaveTeamButton team={team} />
        </CardBody>
      </Card>
    </HydrateClient>
  );
}
