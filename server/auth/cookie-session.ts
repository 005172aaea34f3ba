import { eq } from "drizzle-orm";
import { getToken } from "next-auth/jwt";

import type { Database } from "@/db";
import { users } from "@/db/schema";

/**
 * The signed-in person behind a request's session cookie, outside Next's request scope (the
 * collaboration socket is upgraded by server.ts, where next-auth's `auth()` cannot run). Same cookie,
 * same secret, same check that the account still exists. Null when signed out or the cookie is bad.
 */
export async function userIdFromCookies(db: Database, headers: Headers): Promise<string | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret || !headers.get("cookie")) return null;
  const req = { headers };
  // Behind HTTPS the cookie has the __Secure- prefix; on plain http it does not. Try both.
  const token =
    (await getToken({ req, secret, secureCookie: false }).catch(() => null)) ??
    (await getToken({ req, secret, secureCookie: true }).catch(() => null));
  const id = typeof token?.sub === "string" ? token.sub : null;
  if (!id) return null;
  const [user] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return user?.id ?? null;
}
