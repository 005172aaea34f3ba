"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { UserMinus } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { formatDate } from "@/lib/format";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, TEAM_ROLES, roleWithArticle, type TeamRole } from "@/lib/roles";

const ROLE_OPTIONS = TEAM_ROLES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
  description: ROLE_DESCRIPTIONS[role],
}));

/** The team's members. Owners change roles and remove people; everyone else sees the list. */
export function MembersTable({
  teamSlug,
  currentUserId,
  canManage,
}: {
  teamSlug: string;
  currentUserId: string;
  canManage: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: members } = useSuspenseQuery(trpc.teams.members.list.queryOptions({ teamSlug }));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.teams.members.list.queryKey({ teamSlug }) });

  const updateRole = useMutation(
    trpc.teams.members.update.mutationOptions({
      onSuccess: (result) => {
        const member = members.find((m) => m.userId === result.userId);
        toast.success(`${member?.name ?? "The member"} is now ${roleWithArticle(result.role)}.`);
      },
      onError: (error) => toast.error(error.message),
      onSettled: refresh,
    }),
  );
  const remove = useMutation(
    trpc.teams.members.delete.mutationOptions({
      onSuccess: () => toast.success("Removed from the team."),
      onError: (error) => toast.error(error.message),
      onSettled: refresh,
    }),
  );

  return (
    // `relative`: the screen-reader-only labels inside are positioned against this scroller, so
    // they scroll with the table instead of widening the page (406 px on a 390 px phone).
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Team members and their roles</caption>
        <thead>
          <tr className="border-border text-muted border-b text-left text-xs uppercase">
            <th scope="col" className="py-2 pr-3 font-medium">
              Member
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Role
            </th>
            <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">
              Joined
            </th>
            {canManage ? (
              <th scope="col" className="py-2 text-right font-medium">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const isSelf = member.userId === currentUserId;
            return (
              <tr key={member.userId} className="border-border border-b last:border-0">
                <td className="py-3 pr-3">
                  <div className="flex items-center gap-3">
                    <Avatar name={member.name} />
                    <div className="flex min-w-0 flex-col">
                      <span className="truncate font-medium">
                        {member.name} {isSelf ? <Badge className="ml-1">You</Badge> : null}
                      </span>
                      <span className="text-muted truncate text-xs">{member.email}</span>
                    </div>
                  </div>
                </td>
                <td className="py-3 pr-3">
                  {canManage ? (
                    <Select
                      aria-label={`Role of ${member.name}`}
                      className="h-9 w-32"
                      value={member.role}
                      options={ROLE_OPTIONS}
                      disabled={updateRole.isPending}
                      onValueChange={(role) =>
                        updateRole.mutate({ teamSlug, userId: member.userId, role: role as TeamRole })
                      }
                    />
                  ) : (
                    <Badge tone={member.role === "owner" ? "primary" : "neutral"}>
                      {ROLE_LABELS[member.role]}
                    </Badge>
                  )}
                </td>
                <td className="text-muted hidden py-3 pr-3 sm:table-cell">{formatDate(member.joinedAt)}</td>
                {canManage ? (
                  <td className="py-3 text-right">
                    {isSelf ? null : (
                      <ConfirmDialog
                        title={`Remove ${member.name}?`}
                        description={`${member.name} will lose access to everything in this team at once. You can invite them again later.`}
                        confirmLabel="Remove"
                        isPending={remove.isPending}
                        onConfirm={() => remove.mutate({ teamSlug, userId: member.userId })}
                        trigger={
                          <Button variant="ghost" size="icon-sm" aria-label={`Remove ${member.name}`}>
                            <UserMinus aria-hidden="true" />
                          </Button>
                        }
                      />
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
