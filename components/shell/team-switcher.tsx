"use client";

import { Check, ChevronsUpDown, LayoutGrid, Plus } from "lucide-react";
import Link from "next/link";

import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ROLE_LABELS, type TeamRole } from "@/lib/roles";

export interface ShellTeam {
  slug: string;
  name: string;
  role: TeamRole;
}

/** Shows the current team and switches to another, or to creating one. */
export function TeamSwitcher({ teams, current }: { teams: ShellTeam[]; current: ShellTeam | null }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="border-border bg-surface hover:bg-surface-muted flex w-full items-center gap-2 rounded-md border px-2.5 py-2 text-left text-sm">
        <span
          aria-hidden="true"
          className="bg-primary-soft text-primary flex size-7 shrink-0 items-center justify-center rounded text-xs font-semibold"
        >
          {(current?.name ?? "?").slice(0, 2).toUpperCase()}
        </span>
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="truncate font-medium">
            {current ? <span className="sr-only">Team: </span> : null}
            {current?.name ?? "Choose a team"}
          </span>
          {current ? <span className="text-muted truncate text-xs">{ROLE_LABELS[current.role]}</span> : null}
          {current ? <span className="sr-only">. Switch team</span> : null}
        </span>
        <ChevronsUpDown aria-hidden="true" className="text-muted size-4 shrink-0" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel>Your teams</DropdownMenuLabel>
        {teams.map((team) => (
          <DropdownMenuItem key={team.slug} asChild>
            <Link href={`/t/${team.slug}`}>
              <span className="flex-1 truncate">{team.name}</span>
              {team.slug === current?.slug ? <Check aria-label="Current team" /> : null}
            </Link>
          </DropdownMenuItem>
        ))}
        {teams.length === 0 ? <DropdownMenuItem disabled>No teams yet</DropdownMenuItem> : null}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/teams">
            <LayoutGrid aria-hidden="true" /> All teams
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/teams/new">
            <Plus aria-hidden="true" /> Create a team
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
