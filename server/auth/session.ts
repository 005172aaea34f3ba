import { eq } from "drizzle-orm";

import { getDatabase } from "@/db";
import { users } from "@/db/schema";

import { auth } from "./config";

/**
 * The signed-in person's id from the session cookie, or null. The id is checked against the users
 * table, so a cookie that outlived its account (a reset database, say) counts as signed out.
 */
export async function getSessionUserId(): Promise<string | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDatabase();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, id)).limit(1);
  return user?.id ?? null;
}
