import { eq } from "drizzle-orm";

import { users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { confirmPassword } from "@/server/services/auth/confirm-password";
import { assertPasswordStrength, hashPassword } from "@/server/services/auth/password";
import { endSessions } from "@/server/services/auth/session-rows";
import type { SessionContext } from "@/server/services/context";

/**
 * Change the caller's password; the current one must be given. Every other session of the person
 * ends with it (whoever else held one no longer does); the one that changed it stays signed in.
 */
export async function changePassword(
  { db, userId, sessionId, clientIp }: SessionContext,
  input: { currentPassword: string; newPassword: string },
) {
  const [user] = await db
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw new AppError("USER_NOT_FOUND");
  const { passwordHash: currentHash } = user;
  const isCurrent =
    currentHash !== null &&
    (await confirmPassword(db, {
      email: user.email,
      passwordHash: currentHash,
      password: input.currentPassword,
      ip: clientIp,
    }));
  if (!isCurrent) throw new AppError("WRONG_PASSWORD");
  assertPasswordStrength(input.newPassword, user);
  const passwordHash = await hashPassword(input.newPassword);
  const otherSessionsEnded = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
    return endSessions(tx, userId, "password changed", { except: sessionId });
  });
  return { ok: true as const, otherSessionsEnded };
}
