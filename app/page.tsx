import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { LAST_TEAM_COOKIE, lastTeamOf } from "@/lib/last-team";
import { getCaller, requireUserId } from "@/server/api/rsc";

/** The front door: the team used last, the only team, the team list, or creating a first team. */
export default async function HomePage() {
  await requireUserId("/");
  const teams = await (await getCaller()).teams.list();
  if (teams.length === 0) redirect("/teams/new");
  const target = lastTeamOf(teams, (await cookies()).get(LAST_TEAM_COOKIE)?.value) ?? teams[0];
  redirect(target ? `/t/${target.slug}` : "/teams");
}
