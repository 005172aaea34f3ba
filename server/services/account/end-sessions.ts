import { and, eq, gt, sql } from "drizzle-orm";

import { userSessions, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { confirmPassword } from "@/server/services/auth/confirm-password";
import { endSessions } from "@/server/services/auth/session-rows";
import type { SessionContext } from "@/server/services/context";

/** How long after signing in a person counts as just authenticated (ASVS V7.5.2's "again"). */
export const RECENT_SIGN_IN_SECONDS = 10 * 60;

/**
 * Ending sessions asks for proof that the person is the one at the keyboard, so a stolen session
 * cannot sign its owner out everywhere: a sign-in in the last ten minutes on this session, or the
 * password. Someone who signs in only through single sign-on, and not recently, is asked to sign in
 * again.
 */
async function assertJustAuthenticated(
  { db, userId, sessionId, clientIp }: SessionContext,
  password: string | undefined,
) {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw new AppError("USER_NOT_FOUND");
  if (password !== undefined) {
    const { email, passwordHash } = user;
    if (passwordHash && (await confirmPassword(db, { email, passwordHash, password, ip: clientIp }))) return;
    throw new AppError("WRONG_PASSWORD");
  }
  if (sessionId) {
    const [recent] = await db
      .select({ id: userSessions.id })
      .from(userSessions)
      .where(
        and(
          eq(userSessions.id, sessionId),
          eq(userSessions.userId, userId),
          gt(userSessions.createdAt, sql`now() - make_interval(secs => ${RECENT_SIGN_IN_SECONDS})`),
        ),
      )
      .limit(1);
    if (recent) return;
  }
  throw new AppError(user.passwordHash ? "REAUTHENTICATION_REQUIRED" : "RECENT_SIGN_IN_REQUIRED");
}

/** Sign one of the caller's sessions out (another device, or this one). */
export async function endSession(context: SessionContext, input: { sessionId: string; password?: string }) {
  await assertJustAuthenticated(context, input.password);
  // Scoped to the caller: someone else's session id answers as one that does not exist.
  const ended = await endSessions(context.db, context.userId, "signed out elsewhere", {
    only: input.sessionId,
  });
  if (!ended) throw new AppError("SESSION_NOT_FOUND");
  return { ended };
}

/** "Sign out everywhere": every session of the caller, this one included. */
export async function endAllSessions(context: SessionContext, input: { password?: string } = {}) {
  await assertJustAuthenticated(context, input.password);
  return { ended: await endSessions(context.db, context.userId, "signed out everywhere") };
}
