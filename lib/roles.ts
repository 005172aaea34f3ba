/**
 * Team roles, strongest first. Owners manage the team and its members; editors change the team's
 * evidence and documents; viewers read and comment.
 */
export const TEAM_ROLES = ["owner", "editor", "viewer"] as const;

export type TeamRole = (typeof TEAM_ROLES)[number];

const RANK: Record<TeamRole, number> = { owner: 3, editor: 2, viewer: 1 };

export const ROLE_LABELS: Record<TeamRole, string> = {
  owner: "Owner",
  editor: "Editor",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<TeamRole, string> = {
  owner: "Manages members, invitations and team settings, and can do everything an editor can.",
  editor: "Attaches articles, tags and rates claims, and writes assessments.",
  viewer: "Reads everything in the team and takes part in discussions.",
};

/** True when `role` is at least as strong as `minimum`. */
export function hasRole(role: TeamRole, minimum: TeamRole): boolean {
  return RANK[role] >= RANK[minimum];
}

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === "string" && (TEAM_ROLES as readonly string[]).includes(value);
}

/** "an owner", "an editor", "a viewer": the role in a sentence. */
export function roleWithArticle(role: TeamRole): string {
  const word = ROLE_LABELS[role].toLowerCase();
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
