/**
 * The team a person used last, remembered in a cookie (not a secret: a team's address). "/" opens
 * it, and the pages outside a team (account, the team list) keep its navigation in the sidebar.
 */
export const LAST_TEAM_COOKIE = "last-team";

/** Of the person's teams, the one the cookie names; a team they have left is not it. */
export function lastTeamOf<T extends { slug: string }>(
  teams: readonly T[],
  cookie: string | undefined,
): T | null {
  return teams.find((team) => team.slug === cookie) ?? null;
}
