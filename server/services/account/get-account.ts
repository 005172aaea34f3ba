import { eq } from "drizzle-orm";

import { users } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { UserContext } from "@/server/services/context";

/** The caller's own profile. */
export async function getAccount({ db, userId }: UserContext) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, hasPassword: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw new AppError("USER_NOT_FOUND");
  return { id: user.id, name: user.name, email: user.email, hasPassword: user.hasPassword !== null };
}
