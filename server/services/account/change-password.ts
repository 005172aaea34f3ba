import { eq } from "drizzle-orm";

import { users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertPasswordStrength, hashPassword, verifyPassword } from "@/server/services/auth/password";
import type { UserContext } from "@/server/services/context";

/** Change the caller's password; the current one must be given. */
export async function changePassword(
  { db, userId }: UserContext,
  input: { currentPassword: string; newPassword: string },
) {
  const [user] = await db
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw new AppError("USER_NOT_FOUND");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("WRONG_PASSWORD");
  }
  assertPasswordStrength(input.newPassword, user);
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), updatedAt: new Date() })
    .where(eq(users.id, userId));
  return { ok: true as const };
}
