import { eq } from "drizzle-orm";

import { users } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { UserContext } from "@/server/services/context";

/** Change the caller's display name. */
export async function updateAccount({ db, userId }: UserContext, input: { name: string }) {
  const [user] = await db
    .update(users)
    .set({ name: input.name, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id, name: users.name, email: users.email });
  if (!user) throw new AppError("USER_NOT_FOUND");
  return user;
}
