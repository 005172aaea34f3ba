import { Plus, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ROLE_LABELS } from "@/lib/roles";
import { getCaller, requireUserId } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Your teams" };

export default async function TeamsPage() {
  await requireUserId("/teams");
  const teams = await (await getCaller()).teams.list();
  const newTeam = (
    <Button asChild>
      <Link href="/teams/new">
        <Plus aria-hidden="true" /> Create a team
      </Link>
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Your teams"
        description="Each team's work is visible only to its members."
        actions={newTeam}
      />
      {teams.length === 0 ? (
        <EmptyState
          icon={Users}
          title="You are not in a team yet"
          description="Create a team, or open an invitation link a teammate sent you."
          action={newTeam}
        />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {teams.map((team) => (
            <li key={team.id}>
              <Link
                href={`/t/${team.slug}`}
                className="border-border bg-surface hover:border-primary flex h-full flex-col gap-2 rounded-lg border p-4 shadow-xs"
              >
                <span className="font-medium">{team.name}</span>
                <span className="text-muted flex items-center gap-2 text-sm">
                  <Badge tone={team.role === "owner" ? "primary" : "neutral"}>{ROLE_LABELS[team.role]}</Badge>
                  {team.memberCount} member{team.memberCount === 1 ? "" : "s"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
