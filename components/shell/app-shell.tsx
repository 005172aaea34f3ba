"use client";

import { Menu } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

import { UnreadCount } from "@/components/notifications/unread-count";
import { TeamLiveUpdates } from "@/components/realtime/team-live-updates";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { cn } from "@/lib/cn";
import { LAST_TEAM_COOKIE } from "@/lib/last-team";

import { Logo } from "./logo";
import { TEAM_NAV } from "./nav-items";
import { TeamSwitcher, type ShellTeam } from "./team-switcher";
import { UserMenu } from "./user-menu";

export interface AppShellProps {
  user: { name: string; email: string };
  teams: ShellTeam[];
  /**
   * The team whose pages these are; on pages outside a team (account, team list), the one used last,
   * so its sections stay one click away; null when there is none.
   */
  currentSlug: string | null;
  children: React.ReactNode;
}

function Sidebar({
  user,
  teams,
  current,
  onNavigate,
}: {
  user: AppShellProps["user"];
  teams: ShellTeam[];
  current: ShellTeam | null;
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  return (
    <div className="flex h-full flex-col gap-4">
      <TeamSwitcher teams={teams} current={current} />
      {current ? (
        <nav aria-label="Team sections" className="flex flex-col gap-0.5">
          {TEAM_NAV.map((item) => {
            const href = item.segment ? `/t/${current.slug}/${item.segment}` : `/t/${current.slug}`;
            const isActive = item.segment ? pathname.startsWith(href) : pathname === href;
            return (
              <Link
                key={item.label}
                href={href}
                onClick={onNavigate}
                aria-current={isActive ? "page" : undefined}
                className={cn(
                  "text-muted hover:bg-surface-muted hover:text-foreground flex items-center gap-2.5 rounded-md px-2.5 py-2 text-sm font-medium",
                  isActive && "bg-primary-soft text-primary hover:bg-primary-soft hover:text-primary",
                )}
              >
                <item.icon aria-hidden="true" className="size-4" />
                {item.label}
                {item.segment === "inbox" ? <UnreadCount teamSlug={current.slug} /> : null}
              </Link>
            );
          })}
        </nav>
      ) : null}
      <div className="border-border mt-auto border-t pt-3">
        <UserMenu user={user} />
      </div>
    </div>
  );
}

/**
 * The frame of every signed-in page: a sidebar with the team switcher, the team's sections and the
 * account menu; on a phone the sidebar becomes a drawer behind a menu button.
 */
export function AppShell({ user, teams, currentSlug, children }: AppShellProps) {
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const current = teams.find((team) => team.slug === currentSlug) ?? null;
  const isPrintView = /\/assessments\/[^/]+\/print$/.test(usePathname());

  useEffect(() => {
    if (current)
      document.cookie = `${LAST_TEAM_COOKIE}=${current.slug}; path=/; max-age=31536000; samesite=lax`;
  }, [current]);

  // The print view is the document alone, on screen as on paper (its own bar leads back).
  if (isPrintView)
    return (
      <main id="main" className="min-h-dvh px-4 py-6 sm:px-6 print:p-0">
        {children}
      </main>
    );
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[16rem_1fr] print:block">
      <a
        href="#main"
        className="bg-surface sr-only z-50 rounded-md px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <div className="border-border bg-surface hidden border-r md:block print:hidden">
        <aside className="sticky top-0 flex h-dvh flex-col gap-4 px-3 py-4">
          <Link href="/" className="rounded-md px-1">
            <Logo />
          </Link>
          <Sidebar user={user} teams={teams} current={current} />
        </aside>
      </div>
      <header className="border-border bg-surface/95 sticky top-0 z-30 flex items-center gap-3 border-b px-3 py-2 backdrop-blur md:hidden print:hidden">
        <Dialog open={isDrawerOpen} onOpenChange={setDrawerOpen}>
          <DialogTrigger asChild>
            <Button variant="ghost" size="icon" aria-label="Open navigation">
              <Menu aria-hidden="true" />
            </Button>
          </DialogTrigger>
          <DialogContent side="left" title="Navigation">
            <Sidebar user={user} teams={teams} current={current} onNavigate={() => setDrawerOpen(false)} />
          </DialogContent>
        </Dialog>
        <Link href="/" className="rounded-md">
          <Logo />
        </Link>
      </header>
      {current ? <TeamLiveUpdates teamSlug={current.slug} /> : null}
      <main id="main" className="min-w-0 px-4 py-6 sm:px-6 lg:px-10 lg:py-8 print:p-0">
        <div className="mx-auto flex w-full max-w-6xl flex-col gap-6">{children}</div>
      </main>
    </div>
  );
}
