import type { TeamRole } from "@/lib/roles";

/**
 * The demo team and its people. The README's "Demo logins" table repeats these; keep them in step.
 * One password for every demo account, long enough and not on the common-passwords list.
 */
export const DEMO_PASSWORD = "istanbul-desk-demo";

export interface DemoUser {
  name: string;
  email: string;
  role: TeamRole;
}

export interface DemoTeam {
  name: string;
  slug: string;
  /** The first is the owner, who creates the team and invites the others. */
  users: readonly [DemoUser, ...DemoUser[]];
}

export const DEMO_OWNER: DemoUser = { name: "Dana Reyes", email: "owner@demo.example", role: "owner" };

export const DEMO_TEAM: DemoTeam = {
  name: "Istanbul Desk",
  slug: "istanbul-desk",
  users: [
    DEMO_OWNER,
    { name: "Eli Novak", email: "editor@demo.example", role: "editor" },
    { name: "Vera Lind", email: "viewer@demo.example", role: "viewer" },
  ],
};

/** A second team, to show that teams cannot see each other's work. */
export const OTHER_TEAM: DemoTeam = {
  name: "Harbor Watch",
  slug: "harbor-watch",
  users: [{ name: "Hugo Sato", email: "hugo@harbor.example", role: "owner" }],
};
