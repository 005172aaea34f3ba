import { cookies } from "next/headers";

import { LAST_TEAM_COOKIE, lastTeamOf } from "@/lib/last-team";
import { getCaller, getSessionUserId } from "@/server/api/rsc";

import { AppShell } from "./app-shell";

/**
 * Server half of the shell: loads the person and their teams, then renders the client shell.
 * Signed out, it renders the children bare: the page itself redirects to sign-in.
 */
export async function ShellFrame({
  currentSlug,
  children,
}: {
  currentSlug: string | null;
  children: React.ReactNode;
}) {
  if (!(await getSessionUserId())) return <>{children}</>;
  const caller = await getCaller();
  const [account, teams] = await Promise.all([caller.account.get(), caller.teams.list()]);
  const shown =
    currentSlug ?? lastTeamOf(teams, (await cookies()).get(LAST_TEAM_COOKIE)?.value)?.slug ?? null;
  return (
    <AppShell
      user={{ name: account.name, email: account.email }}
      teams={teams.map((team) => ({ slug: team.slug, name: team.name, role: team.role }))}
      currentSlug={shown}
    >
      {children}
    </AppShell>
  );
}
