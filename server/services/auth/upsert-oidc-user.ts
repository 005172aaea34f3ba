import { eq } from "drizzle-orm";

import { users } from "@/db/schema";
import { isUniqueViolation } from "@/server/errors";
import type { DbContext } from "@/server/services/context";

/**
 * The local account for someone who signed in through the OIDC provider, matched by (verified)
 * email and created on first sign-in without a password.
 */
export async function upsertOidcUser({ db }: DbContext, profile: { email: string; name: string }) {
  const email = profile.email.trim().toLowerCase();
  const find = async () =>
    (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1))[0];
  const existing = await find();
  if (existing) return existing;
  try {
    const [created] = await db
      .insert(users)
      .values({ email, name: profile.name.trim().slice(0, 80) || email })
      .returning({ id: users.id });
    if (created) return created;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const raced = await find();
  if (!raced) throw new Error("OIDC user could not be created");
  return raced;
}
