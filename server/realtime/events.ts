import { sql } from "drizzle-orm";
import { z } from "zod";

import type { Database } from "@/db";

/** The one channel every team's events travel on; each payload names its team. */
export const TEAM_EVENTS_CHANNEL = "team_events";

/**
 * What teammates' screens need to know to refresh: which kind of thing changed, and where. Never the
 * content itself: a client refetches through the procedures, which apply the usual permissions.
 */
export const ZTeamEvent = z.object({
  teamId: z.uuid(),
  verb: z.string().max(64),
  subjectType: z.string().max(32),
  subjectId: z.uuid(),
  actorId: z.uuid().nullable(),
  /** The article the change happened in, when there is one (claims, article comments). */
  articleId: z.uuid().nullable(),
  /** The claim the change happened on, when there is one (ratings, links, claim comments). */
  claimId: z.uuid().nullable(),
  /** Only these people receive the event (notifications); absent: the whole team. */
  userIds: z.array(z.uuid()).max(500).optional(),
});
export type TeamEvent = z.infer<typeof ZTeamEvent>;

/**
 * Send an event to everyone watching the team, in the caller's transaction: Postgres (and PGlite)
 * deliver a NOTIFY only when the transaction commits, and never when it rolls back, so a screen
 * never refreshes for a change that did not happen. Several app instances on one server all hear it.
 */
export async function publishTeamEvent(db: Database, event: TeamEvent): Promise<void> {
  await db.execute(sql`select pg_notify(${TEAM_EVENTS_CHANNEL}, ${JSON.stringify(event)})`);
}

/** Parse a payload from the channel; anything malformed is dropped, never thrown at a listener. */
export function parseTeamEvent(payload: string): TeamEvent | null {
  try {
    const parsed = ZTeamEvent.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
