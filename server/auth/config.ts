import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { headers } from "next/headers";
import { z } from "zod";

import { getDatabase } from "@/db";
import { safeReturnPath } from "@/lib/safe-path";
import { PASSWORD_MAX } from "@/lib/limits";
import { zText } from "@/lib/validation";
import { AppError } from "@/server/errors";
import { authenticate } from "@/server/services/auth/authenticate";
import {
  endSessions,
  findLiveSession,
  SESSION_MAX_AGE_SECONDS,
  startSession,
} from "@/server/services/auth/session-rows";
import { upsertOidcUser } from "@/server/services/auth/upsert-oidc-user";

import { CLIENT_IP_HEADER } from "./client-ip";
import { sessionFromHeaders } from "./cookie-session";
import { oidcSettings } from "./oidc";

/**
 * Why sign-in failed, carried in next-auth's `code`. It ends up in a URL, so it says only "invalid"
 * or "throttled:<seconds>" — never which half of the credentials was wrong.
 */
class SignInFailed extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/** What the sign-in form sends; text with control characters is refused like a wrong password. */
const ZCredentials = z.object({
  email: zText("Email").trim().min(1).max(254),
  password: zText("Password").min(1).max(PASSWORD_MAX),
});

function providers(): Provider[] {
  const list: Provider[] = [
    Credentials({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) throw new SignInFailed("invalid");
        try {
          const user = await authenticate(
            { db: await getDatabase() },
            { ...parsed.data, ip: request.headers.get(CLIENT_IP_HEADER) },
          );
          return { id: user.id, name: user.name, email: user.email };
        } catch (error) {
          if (error instanceof AppError && error.code === "SIGN_IN_THROTTLED") {
            throw new SignInFailed(`throttled:${error.details?.retryAfterSeconds ?? 60}`);
          }
          if (error instanceof AppError) throw new SignInFailed("invalid");
          throw error;
        }
      },
    }),
  ];
  const oidc = oidcSettings();
  if (oidc) {
    list.push({
      id: "oidc",
      name: oidc.name,
      type: "oidc",
      issuer: oidc.issuer,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
    });
  }
  return list;
}

/** A URL on `baseUrl`'s origin as a path (next-auth hands over absolute URLs); anything else as is. */
function sameOriginPath(url: string, baseUrl: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.origin === new URL(baseUrl).origin) return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    // Not absolute: a path, judged as one.
  }
  return url;
}

/**
 * Record a sign-in with the browser and address it came from (next-auth runs this in the request). A
 * session the browser still held is ended: every sign-in gets a new session, never an old one's.
 */
async function startSessionFor(userId: string): Promise<string> {
  const request = await headers().catch(() => null);
  const db = await getDatabase();
  const previous = request ? await sessionFromHeaders(db, new Headers(request)) : null;
  if (previous) await endSessions(db, previous.userId, "signed in again", { only: previous.sessionId });
  const { sessionId } = await startSession(db, {
    userId,
    userAgent: request?.get("user-agent") ?? null,
    ipAddress: request?.get(CLIENT_IP_HEADER) || null,
  });
  return sessionId;
}

function buildConfig(): NextAuthConfig {
  return {
    secret: process.env.AUTH_SECRET,
    // The app runs behind its own server.ts (and possibly a proxy); the host header is trusted.
    trustHost: true,
    // The cookie is a JWT, but it names a server-side session row (`sid`) that every request checks:
    // see session-rows.ts. Its lifetime is the row's absolute lifetime.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      // A refused password is an expected outcome, not a server fault: one line, no stack.
      error(error) {
        if (error instanceof CredentialsSignin) console.warn(`[auth] sign-in refused (${error.code})`);
        else console.error("[auth]", error);
      },
    },
    providers: providers(),
    events: {
      // Signing out ends the session on the server: the same cookie, replayed, is then refused.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token?.sub && token.sid)
          await endSessions(await getDatabase(), token.sub, "signed out", { only: token.sid });
      },
    },
    callbacks: {
      signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        // Only a verified email may be matched to an existing account.
        return Boolean(profile?.email && profile.email_verified !== false);
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === "oidc" && profile?.email) {
          const local = await upsertOidcUser(
            { db: await getDatabase() },
            { email: profile.email, name: typeof profile.name === "string" ? profile.name : profile.email },
          );
          token.sub = local.id;
          token.sid = await startSessionFor(local.id);
        } else if (user?.id) {
          token.sub = user.id;
          token.sid = await startSessionFor(user.id);
        } else {
          // next-auth's own endpoints (/api/auth/session) read the cookie too: an ended session is
          // no session there either, and null makes next-auth clear the cookie.
          const live = await findLiveSession(await getDatabase(), {
            sessionId: token.sid,
            userId: token.sub,
          });
          if (!live) return null;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
      // Every redirect next-auth makes (after credentials, after the OIDC provider sends people
      // back, after sign-out) goes through the one return-path check.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeReturnPath(sameOriginPath(url, baseUrl))}`;
      },
    },
  };
}

/**
 * Built on first use (the environment is loaded by then: server.ts sets AUTH_SECRET before Next), then
 * kept: next-auth calls this on every request to /api/auth.
 */
let config: NextAuthConfig | undefined;

export const { handlers, auth, signIn, signOut } = NextAuth(() => (config ??= buildConfig()));
