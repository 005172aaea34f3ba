import { getToken } from "next-auth/jwt";

import type { Database } from "@/db";
import { findLiveSession, type LiveSession } from "@/server/services/auth/session-rows";

import { CLIENT_IP_HEADER } from "./client-ip";

/** The browser reached the app over https, as the TLS-terminating proxy says (next-auth's reading too). */
function isForwardedHttps(headers: Headers): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

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
  // Behind HTTPS the cookie has the __Secure- prefix, which only an https page can set; on plain http
  // it has none. The prefixed one wins, and over https (as the proxy reports it, which is how
  // next-auth names the cookie) the plain one is never read: a cookie planted over http or by a
  // sibling subdomain cannot stand in for the person's own.
  const token =
    (await getToken({ req, secret, secureCookie: true }).catch(() => null)) ??
    (isForwardedHttps(headers)
      ? null
      : await getToken({ req, secret, secureCookie: false }).catch(() => null));
  if (!token) return null;
  return findLiveSession(
    db,
    { sessionId: token.sid, userId: token.sub },
    headers.get(CLIENT_IP_HEADER) || null,
  );
}
