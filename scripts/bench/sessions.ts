/**
 * What server-side sessions cost per request. The cookie is decoded either way; the difference is
 * the lookup behind it: before sessions, the user's row by id; now, the session row joined to the
 * user (and, once a minute per session, the "last seen" write). Measured in process on the bench
 * database with SESSION_COUNT (default 100,000) sessions in the table, then through the tRPC HTTP
 * handler for `account.get`, the cheapest signed-in call, where it is a share of the whole request.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq, sql } from "drizzle-orm";
import { getToken } from "next-auth/jwt";

import { userSessions, users } from "@/db/schema";
import { contextFor } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { sessionFromHeaders } from "@/server/auth/cookie-session";
import { TeamEventHub } from "@/server/realtime/hub";
import { startSession } from "@/server/services/auth/session-rows";
import { sessionCookie } from "@/server/testing/collab-harness";
import { createUser } from "@/server/testing/factories";

import { benchDatabase } from "./database";
import { ms, timeIt } from "./shared";

const SESSION_COUNT = Number(process.env.SESSION_COUNT ?? 100_000);
const SAMPLES = Number(process.env.SAMPLES ?? 400);
const SECRET = "bench-secret-0123456789abcdef0123456789";

export async function benchSessions(): Promise<string> {
  const target = benchDatabase();
  const handle = await target.open();
  const previousSecret = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = SECRET;
  try {
    const db = handle.db;
    const people = await Promise.all(Array.from({ length: 20 }, () => createUser(db)));
    const existing = Number(
      (await db.select({ count: sql<number>`count(*)::int` }).from(userSessions))[0]?.count ?? 0,
    );
    // Other people's sessions, so the lookup runs against a table of realistic size.
    for (let added = existing; added < SESSION_COUNT; added += 5_000) {
      await db.execute(sql`
        insert into user_sessions (user_id, user_agent, ip_address)
        select ${people[0]?.id ?? ""}::uuid, 'bench', '127.0.0.1' from generate_series(1, ${Math.min(5_000, SESSION_COUNT - added)})
      `);
    }
    const person = people[1] ?? people[0];
    if (!person) throw new Error("no bench user");
    const session = await startSession(db, { userId: person.id, userAgent: "bench", ipAddress: "127.0.0.1" });
    const cookie = await sessionCookie({ sub: person.id, sid: session.sessionId }, SECRET);
    const headers = new Headers({ cookie, "x-workspace-client-ip": "127.0.0.1" });

    // Before: the cookie decoded, then the person's row (what every request did until sessions).
    const before = await timeIt(async () => {
      const token = await getToken({ req: { headers }, secret: SECRET, secureCookie: false });
      if (typeof token?.sub !== "string") throw new Error("no token");
      await db.select({ id: users.id }).from(users).where(eq(users.id, token.sub)).limit(1);
    }, SAMPLES);
    const now = await timeIt(async () => {
      if (!(await sessionFromHeaders(db, headers))) throw new Error("session refused");
    }, SAMPLES);
    // The minute's write: "last seen" is stale on every call.
    const touching = await timeIt(
      async () => {
        await db
          .update(userSessions)
          .set({ lastSeenAt: sql`now() - interval '2 minutes'` })
          .where(eq(userSessions.id, session.sessionId));
        if (!(await sessionFromHeaders(db, headers))) throw new Error("session refused");
      },
      Math.min(SAMPLES, 200),
    );

    const events = new TeamEventHub(handle);
    const http = await timeIt(async () => {
      const response = await fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request("http://127.0.0.1/api/trpc/account.get", { headers }),
        router: appRouter,
        createContext: () => contextFor(handle, events, headers),
      });
      if (response.status !== 200) throw new Error(`account.get answered ${response.status}`);
      await response.text();
    }, SAMPLES);
    await events.close();

    const rows = [
      ["cookie + user row (before sessions)", before],
      ["cookie + live session row (now)", now],
      ["… with the once-a-minute last-seen write (incl. the reset)", touching],
      ["account.get through the tRPC handler (now)", http],
    ] as const;
    return [
      `## Sessions: the cost per request (${target.label}, ${SESSION_COUNT.toLocaleString("en")} sessions, ${SAMPLES} samples)`,
      "",
      "| step | p50 | p95 |",
      "|---|---|---|",
      ...rows.map(([label, timing]) => `| ${label} | ${ms(timing.p50)} | ${ms(timing.p95)} |`),
      "",
      `Per request, the session check costs ${ms(now.p50 - before.p50)} more at p50 than the check it replaced (${ms(now.p95 - before.p95)} at p95).`,
    ].join("\n");
  } finally {
    process.env.AUTH_SECRET = previousSecret;
    await handle.close();
    target.cleanup();
  }
}
