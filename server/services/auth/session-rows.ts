import { and, eq, gt, inArray, lt, ne, or, sql, type SQL } from "drizzle-orm";

import type { Database } from "@/db";
import { userSessions } from "@/db/schema";

/**
 * Server-side sessions. The session cookie is next-auth's signed and encrypted JWT; it carries the
 * id of a `user_sessions` row (`sid`) and counts only while that row exists and is within its time
 * limits. Ending a session deletes its row; every instance then refuses the cookie on its next
 * request, and the collaboration socket, told through {@link SESSION_ENDED_CHANNEL}, closes.
 */

/** A session ends this long after sign-in whatever happens (the cookie's own lifetime too). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A session nobody used for this long has ended (ASVS: an inactivity timeout). */
export const SESSION_IDLE_SECONDS = 14 * 24 * 60 * 60;
/** "Last seen" is moved forward at most this often, so a busy session does not write per request. */
const TOUCH_EVERY_SECONDS = 60;
const USER_AGENT_MAX = 512;

/** Where a session's end is announced, with the person's id as payload (any instance may hold it). */
export const SESSION_ENDED_CHANNEL = "session_ended";

/** What a request was made with: the row's id and the person it belongs to. */
export interface LiveSession {
  sessionId: string;
  userId: string;
}

/** Rows neither past their absolute lifetime nor idle too long (run-out rows are kept until ended). */
export function withinLimits(): SQL | undefined {
  return and(
    gt(userSessions.createdAt, sql`now() - make_interval(secs => ${SESSION_MAX_AGE_SECONDS})`),
    gt(userSessions.lastSeenAt, sql`now() - make_interval(secs => ${SESSION_IDLE_SECONDS})`),
  );
}

/** The row a cookie names, if the limits still allow it, for the person it claims to be. */
function isLive(sessionId: string, userId: string): SQL | undefined {
  return and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), withinLimits());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record a sign-in; its id goes into the session cookie. */
export async function startSession(
  db: Database,
  input: { userId: string; userAgent: string | null; ipAddress: string | null },
): Promise<LiveSession> {
  const [row] = await db
    .insert(userSessions)
    .values({
      userId: input.userId,
      userAgent: input.userAgent?.slice(0, USER_AGENT_MAX) || null,
      ipAddress: input.ipAddress,
    })
    .returning({ id: userSessions.id });
  if (!row) throw new Error("The session row was not written.");
  console.info(
    `[auth] session started for user ${input.userId} from ${input.ipAddress ?? "an unknown address"}`,
  );
  return { sessionId: row.id, userId: input.userId };
}

/**
 * The session a cookie names, if it is still live; null otherwise (signed out, ended elsewhere,
 * expired, or a cookie from before sessions were recorded). A deleted person's sessions go with them
 * (the foreign key cascades), so a live row is a person who exists. One primary-key read per request;
 * "last seen" (and the address) is written at most once a minute.
 */
export async function findLiveSession(
  db: Database,
  claim: { sessionId: unknown; userId: unknown },
  seenFrom: string | null = null,
): Promise<LiveSession | null> {
  const { sessionId, userId } = claim;
  if (typeof sessionId !== "string" || typeof userId !== "string") return null;
  if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
  const [row] = await db
    .select({
      isStale: sql<boolean>`${userSessions.lastSeenAt} < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS})`,
      ipAddress: userSessions.ipAddress,
    })
    .from(userSessions)
    .where(isLive(sessionId, userId))
    .limit(1);
  if (!row) return null;
  if (row.isStale || (seenFrom && seenFrom !== row.ipAddress)) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: sql`now()`, ...(seenFrom ? { ipAddress: seenFrom } : {}) })
      .where(eq(userSessions.id, sessionId));
  }
  return { sessionId, userId };
}

/** Of these session ids, the ones still live (the collaboration server re-checks its open sockets). */
export async function liveSessionIds(db: Database, sessionIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(sessionIds)].filter((id) => UUID.test(id));
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(and(inArray(userSessions.id, ids), withinLimits()));
  return new Set(rows.map((row) => row.id));
}

export type SessionEndReason =
  | "signed out"
  | "signed out elsewhere"
  | "signed out everywhere"
  | "password changed"
  | "removed from a team"
  | "signed in again";

/**
 * End a person's sessions: one (`only`), all but one (`except`), or all. The rows go in one statement
 * with the announcement, which the database delivers to every instance after commit.
 */
export async function endSessions(
  db: Database,
  userId: string,
  reason: SessionEndReason,
  which: { only?: string; except?: string | null } = {},
): Promise<number> {
  const count = await db.transaction(async (tx) => {
    // Rows that ran out are gone already as far as anyone can tell: cleared first, not counted.
    await pruneExpiredSessions(tx, userId);
    const ended = await tx
      .delete(userSessions)
      .where(
        and(
          eq(userSessions.userId, userId),
          which.only ? eq(userSessions.id, which.only) : undefined,
          which.except ? ne(userSessions.id, which.except) : undefined,
        ),
      )
      .returning({ id: userSessions.id });
    if (ended.length) await tx.execute(sql`select pg_notify(${SESSION_ENDED_CHANNEL}, ${userId})`);
    return ended.length;
  });
  // The security log (ASVS V16.3.1): who, how many, why; never a cookie or a session id in full.
  if (count)
    console.info(`[auth] ${count} session${count === 1 ? "" : "s"} of user ${userId} ended: ${reason}`);
  return count;
}

/** Forget a person's sessions that ran out (when some of theirs are ended). */
export async function pruneExpiredSessions(db: Database, userId: string): Promise<void> {
  await db
    .delete(userSessions)
    .where(
      and(
        eq(userSessions.userId, userId),
        or(
          lt(userSessions.createdAt, sql`now() - make_interval(secs => ${SESSION_MAX_AGE_SECONDS})`),
          lt(userSessions.lastSeenAt, sql`now() - make_interval(secs => ${SESSION_IDLE_SECONDS})`),
        ),
      ),
    );
}
