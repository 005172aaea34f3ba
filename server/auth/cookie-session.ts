import { getToken } from "next-auth/jwt";

import type { Database } from "@/db";
import { findLiveSession, type LiveSession } from "@/server/services/auth/session-rows";

import { CLIENT_IP_HEADER } from "./client-ip";

/**
 * The session behind a request's cookie, for every way in: pages, tRPC over HTTP, and the
 * collaboration socket (upgraded by server.ts, outside Next's request scope). The cookie must decode
 * with the secret and name a session row that is still live for a person who still exists; null
 * otherwise, so a cookie copied before a sign-out, a password change or a removal is worth nothing.
 */
export async function sessionFromHeaders(db: Database, headers: Headers): Promise<LiveSession | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret || !headers.get("cookie")) return null;
  const req = { headers };
  // Behind HTTPS the cookie has the __Secure- prefix; on plain http it does not. Try both.
  const token =
    (await getToken({ req, secret, secureCookie: false }).catch(() => null)) ??
    (await getToken({ req, secret, secureCookie: true }).catch(() => null));
  if (!token) return null;
  return findLiveSession(
    db,
    { sessionId: token.sid, userId: token.sub },
    headers.get(CLIENT_IP_HEADER) || null,
  );
}

/** The signed-in person's id behind a request's cookie, or null (see {@link sessionFromHeaders}). */
export async function userIdFromCookies(db: Database, headers: Headers): Promise<string | null> {
  return (await sessionFromHeaders(db, headers))?.userId ?? null;
}
