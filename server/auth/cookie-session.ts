import { decode, getToken, type JWT } from "next-auth/jwt";

import type { Database } from "@/db";
import { findLiveSession, type LiveSession } from "@/server/services/auth/session-rows";

import { CLIENT_IP_HEADER } from "./client-ip";

/** The browser reached the app over https, as the TLS-terminating proxy says (next-auth's reading too). */
function isForwardedHttps(headers: Headers): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** At most this many decoded cookies are kept (a few per person signed in to this instance). */
const DECODED_MAX = 5_000;
const decodedCookies = new Map<string, JWT>();

/** next-auth's session cookie name, which is also the key derivation's salt. */
const cookieNameOf = (secure: boolean) => (secure ? "__Secure-authjs.session-token" : "authjs.session-token");

/**
 * The session cookie's content, decrypted with the secret; null when there is none or it does not
 * decrypt. Decrypting costs a key derivation and an AES pass (about half a millisecond): a cookie
 * that decrypted once is remembered, by its exact text and the secret, until its own expiry. Only
 * cookies that decrypted are kept, so made-up ones cannot fill the memory. This caches the cookie's
 * decoding only: the session row behind it is still read on every request.
 */
async function decodedCookie(
  req: { headers: Headers },
  secret: string,
  secure: boolean,
): Promise<JWT | null> {
  const cookieName = cookieNameOf(secure);
  const raw = await getToken({ req, secret, secureCookie: secure, cookieName, raw: true }).catch(() => null);
  if (!raw) return null;
  const key = `${cookieName}\n${secret}\n${raw}`;
  const known = decodedCookies.get(key);
  if (known && typeof known.exp === "number" && known.exp * 1000 > Date.now()) return known;
  const token = await decode({ token: raw, secret, salt: cookieName }).catch(() => null);
  if (!token) return null;
  decodedCookies.delete(key);
  if (decodedCookies.size >= DECODED_MAX) {
    const oldest = decodedCookies.keys().next().value;
    if (oldest !== undefined) decodedCookies.delete(oldest);
  }
  decodedCookies.set(key, token);
  return token;
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
    (await decodedCookie(req, secret, true)) ??
    (isForwardedHttps(headers) ? null : await decodedCookie(req, secret, false));
  if (!token) return null;
  return findLiveSession(
    db,
    { sessionId: token.sid, userId: token.sub },
    headers.get(CLIENT_IP_HEADER) || null,
  );
}
