import { and, desc, eq } from "drizzle-orm";

import { userSessions } from "@/db/schema";
import { describeDevice } from "@/lib/device";
import { withinLimits } from "@/server/services/auth/session-rows";
import type { SessionContext } from "@/server/services/context";

/** The caller's signed-in sessions, the current one first, then the most recently used. */
export async function listSessions({ db, userId, sessionId }: SessionContext) {
  const rows = await db
    .select({
      id: userSessions.id,
      userAgent: userSessions.userAgent,
      ipAddress: userSessions.ipAddress,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), withinLimits()))
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.createdAt));
  return rows
    .map((row) => ({
      id: row.id,
      device: describeDevice(row.userAgent),
      ipAddress: row.ipAddress,
      signedInAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      isCurrent: row.id === sessionId,
    }))
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
}
