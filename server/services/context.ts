import type { Database } from "@/db";
import type { TeamRole } from "@/lib/roles";

/** What every service receives: the database (or a transaction on it). */
export interface DbContext {
  db: Database;
}

/** A signed-in person acting outside any team (creating a team, accepting an invitation). */
export interface UserContext extends DbContext {
  userId: string;
}

/** A signed-in person and the session they act through (null: a caller built without one). */
export interface SessionContext extends UserContext {
  sessionId: string | null;
  /** The client address (server.ts's view), for the password-attempt limits. */
  clientIp?: string | null;
}

/** A signed-in member acting inside one team. Resolved once per request by the team procedure. */
export interface Actor {
  userId: string;
  teamId: string;
  role: TeamRole;
  /**
   * The team's blind-rating setting as the membership check read it (team procedures resolve both in
   * one statement), so no call reads it again; actors built without it (tests, scripts) read it.
   */
  teamHasBlindRating?: boolean;
}

export interface TeamContext extends DbContext {
  actor: Actor;
}
