/**
 * Sessions end when people say so (issue 9, item 1): a cookie copied before a sign-out, a password
 * change, "sign out everywhere" or a removal from the team is refused everywhere afterwards — the
 * tRPC route over HTTP and the collaboration socket, where an open socket is closed — on this
 * instance and on another one serving the same database.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

import { userSessions, users } from "@/db/schema";
import { contextFor } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import { endSessions, findLiveSession, startSession } from "@/server/services/auth/session-rows";
import {
  connect,
  sessionCookie,
  startCollab,
  waitFor,
  withCollabTestSecret,
} from "@/server/testing/collab-harness";
import { createTeamWithMembers, FACTORY_PASSWORD } from "@/server/testing/factories";
import { callerFor, hubFor, setupTestDatabase } from "@/server/testing/test-database";

import { sessionFromHeaders } from "./cookie-session";
import { CLIENT_IP_HEADER } from "./client-ip";

const t = setupTestDatabase();
withCollabTestSecret();

/** A browser signed in as `userId`: its session row and its cookie. */
async function signedIn(userId: string, userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0") {
  const session = await startSession(t.db, { userId, userAgent, ipAddress: "203.0.113.7" });
  return { ...session, cookie: await sessionCookie({ sub: userId, sid: session.sessionId }) };
}

/** `account.get` over HTTP with this cookie, as the app's tRPC route answers it: the status code. */
async function accountStatus(cookie: string): Promise<number> {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request("http://app.test/api/trpc/account.get", { headers: { cookie } }),
    router: appRouter,
    createContext: () => contextFor(t.handle, hubFor(t.db), new Headers({ cookie })),
    onError: () => undefined,
  });
  return response.status;
}

const isLive = async (cookie: string) => (await sessionFromHeaders(t.db, new Headers({ cookie }))) !== null;

describe("sessions", () => {
  it("refuses a cookie that names no live session: one from before sessions, a forged id, an ended one", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const userId = team.members.editor.id;
    const browser = await signedIn(userId);
    expect(await accountStatus(browser.cookie)).toBe(200);

    expect(await accountStatus(await sessionCookie({ sub: userId }))).toBe(401);
    expect(await accountStatus(await sessionCookie({ sub: userId, sid: crypto.randomUUID() }))).toBe(401);
    // Someone else's live session id under this person's name.
    const other = await signedIn((await createTeamWithMembers(t.db, ["viewer"])).members.viewer.id);
    expect(await accountStatus(await sessionCookie({ sub: userId, sid: other.sessionId }))).toBe(401);

    await endSessions(t.db, userId, "signed out", { only: browser.sessionId });
    expect(await accountStatus(browser.cookie)).toBe(401);
  });

  it("over https reads only the __Secure- cookie: a plain one planted beside it, or alone, is not the session", async () => {
    const team = await createTeamWithMembers(t.db, ["editor", "viewer"]);
    const victim = await startSession(t.db, {
      userId: team.members.editor.id,
      userAgent: null,
      ipAddress: null,
    });
    const attacker = await signedIn(team.members.viewer.id);
    const secure = await sessionCookie({ sub: victim.userId, sid: victim.sessionId }, undefined, {
      secure: true,
    });
    const overHttps = (cookie: string) =>
      sessionFromHeaders(t.db, new Headers({ cookie, "x-forwarded-proto": "https" }));
    expect((await overHttps(`${attacker.cookie}; ${secure}`))?.userId).toBe(victim.userId);
    expect(await overHttps(attacker.cookie)).toBeNull();
    // On plain http (no proxy saying otherwise) the plain cookie is the session, as next-auth sets it.
    expect((await sessionFromHeaders(t.db, new Headers({ cookie: attacker.cookie })))?.userId).toBe(
      team.members.viewer.id,
    );
  });

  it("remembers a decrypted cookie only under its own secret, its own name and until its expiry", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const browser = await signedIn(team.members.editor.id);
    expect(await isLive(browser.cookie)).toBe(true);
    const secret = process.env.AUTH_SECRET;
    try {
      // The same cookie, already decrypted once, under a rotated secret: no longer a session.
      process.env.AUTH_SECRET = "another-secret-0123456789abcdef0123456789";
      expect(await isLive(browser.cookie)).toBe(false);
    } finally {
      process.env.AUTH_SECRET = secret;
    }
    expect(await isLive(browser.cookie)).toBe(true);
    // The same value under the __Secure- name is another key (the name is the derivation's salt).
    const value = browser.cookie.slice(browser.cookie.indexOf("=") + 1);
    expect(await isLive(`__Secure-authjs.session-token=${value}`)).toBe(false);
    // A cookie past its expiry is refused even after it decrypted while it was valid.
    const fresh = await sessionCookie({ sub: team.members.editor.id, sid: browser.sessionId });
    expect(await isLive(fresh)).toBe(true);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 31 * 24 * 3600 * 1000);
    try {
      expect(await isLive(fresh)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("ends sessions past 14 idle days or 30 days after sign-in", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const idle = await signedIn(team.members.editor.id);
    const old = await signedIn(team.members.editor.id);
    const fresh = await signedIn(team.members.editor.id);
    await t.db
      .update(userSessions)
      .set({ lastSeenAt: sql`now() - interval '15 days'` })
      .where(eq(userSessions.id, idle.sessionId));
    await t.db
      .update(userSessions)
      .set({ createdAt: sql`now() - interval '31 days'` })
      .where(eq(userSessions.id, old.sessionId));
    expect([await isLive(idle.cookie), await isLive(old.cookie), await isLive(fresh.cookie)]).toEqual([
      false,
      false,
      true,
    ]);
    // Run-out sessions are not listed, and ending "everything" does not count them.
    const caller = callerFor(t.db, team.members.editor.id, null, { sessionId: fresh.sessionId });
    expect((await caller.account.sessions.list()).map((session) => session.id)).toEqual([fresh.sessionId]);
    expect(await caller.account.sessions.endAll()).toEqual({ ended: 1 });
  });

  it("counts a signed-in person's password confirmations against the sign-in limits", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const userId = team.members.editor.id;
    const here = await signedIn(userId);
    const other = await signedIn(userId);
    const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const caller = callerFor(t.db, userId, address, { sessionId: here.sessionId });
    const codes: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++)
      codes.push(
        await caller.account.sessions
          .end({ sessionId: other.sessionId, password: `wrong guess ${attempt}` })
          .then(
            () => "OK",
            (error: { code: string }) => error.code,
          ),
      );
    expect(codes).toEqual([
      "BAD_REQUEST",
      "BAD_REQUEST",
      "BAD_REQUEST",
      "BAD_REQUEST",
      "TOO_MANY_REQUESTS",
      "TOO_MANY_REQUESTS",
    ]);
    // Locked: even the right password waits, and the other device stays signed in.
    await expect(
      caller.account.sessions.end({ sessionId: other.sessionId, password: FACTORY_PASSWORD }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await isLive(other.cookie)).toBe(true);
  });

  it("moves last seen forward at most once a minute, and records a new address", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const browser = await signedIn(team.members.editor.id);
    const row = async () =>
      (await t.db.select().from(userSessions).where(eq(userSessions.id, browser.sessionId)))[0];
    const before = await row();
    await findLiveSession(t.db, { sessionId: browser.sessionId, userId: browser.userId }, "203.0.113.7");
    expect((await row())?.lastSeenAt).toEqual(before?.lastSeenAt);

    await t.db
      .update(userSessions)
      .set({ lastSeenAt: sql`now() - interval '2 minutes'` })
      .where(eq(userSessions.id, browser.sessionId));
    const headers = new Headers({ cookie: browser.cookie, [CLIENT_IP_HEADER]: "198.51.100.4" });
    expect(await sessionFromHeaders(t.db, headers)).not.toBeNull();
    const after = await row();
    expect(after?.ipAddress).toBe("198.51.100.4");
    expect(Date.now() - (after?.lastSeenAt.getTime() ?? 0)).toBeLessThan(60_000);
  });

  it("lists the person's own sessions, this one first, with device and address; ends one, or all", async () => {
    const team = await createTeamWithMembers(t.db, ["editor", "viewer"]);
    const userId = team.members.editor.id;
    const laptop = await signedIn(userId);
    const phone = await signedIn(
      userId,
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Version/17.5 Safari/604.1",
    );
    const stranger = await signedIn(team.members.viewer.id);
    const caller = callerFor(t.db, userId, null, { sessionId: laptop.sessionId });

    const listed = await caller.account.sessions.list();
    expect(listed.map((session) => [session.id, session.isCurrent])).toEqual([
      [laptop.sessionId, true],
      [phone.sessionId, false],
    ]);
    expect(listed[0]).toMatchObject({ device: "Chrome 156 on Linux", ipAddress: "203.0.113.7" });
    expect(listed[1]?.device).toBe("Safari 17 on iOS");

    // Someone else's session is one that does not exist, and stays signed in.
    await expect(caller.account.sessions.end({ sessionId: stranger.sessionId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await isLive(stranger.cookie)).toBe(true);

    await caller.account.sessions.end({ sessionId: phone.sessionId });
    expect([await isLive(laptop.cookie), await isLive(phone.cookie)]).toEqual([true, false]);

    const again = await signedIn(userId);
    expect(await caller.account.sessions.endAll()).toEqual({ ended: 2 });
    expect([await isLive(laptop.cookie), await isLive(again.cookie), await isLive(stranger.cookie)]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it("asks for the password (or, without one, a fresh sign-in) when the sign-in is older than ten minutes", async () => {
    const team = await createTeamWithMembers(t.db, ["editor", "viewer"]);
    const userId = team.members.editor.id;
    const here = await signedIn(userId);
    const other = await signedIn(userId);
    await t.db
      .update(userSessions)
      .set({ createdAt: sql`now() - interval '11 minutes'` })
      .where(eq(userSessions.id, here.sessionId));
    const caller = callerFor(t.db, userId, null, { sessionId: here.sessionId });
    const errorOf = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
      );

    expect(await errorOf(caller.account.sessions.end({ sessionId: other.sessionId }))).toEqual({
      code: "FORBIDDEN",
      message: "Enter your password to sign devices out: you signed in more than 10 minutes ago.",
    });
    expect(await errorOf(caller.account.sessions.endAll({ password: "not the password" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect([await isLive(here.cookie), await isLive(other.cookie)]).toEqual([true, true]);
    await caller.account.sessions.end({ sessionId: other.sessionId, password: FACTORY_PASSWORD });
    expect(await isLive(other.cookie)).toBe(false);

    // Someone who signs in only through single sign-on has no password to give.
    const sso = team.members.viewer.id;
    await t.db.update(users).set({ passwordHash: null }).where(eq(users.id, sso));
    const old = await signedIn(sso);
    await t.db
      .update(userSessions)
      .set({ createdAt: sql`now() - interval '11 minutes'` })
      .where(eq(userSessions.id, old.sessionId));
    expect(
      await errorOf(callerFor(t.db, sso, null, { sessionId: old.sessionId }).account.sessions.endAll()),
    ).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/^Sign out and sign in again/) });
    const fresh = await signedIn(sso);
    expect(
      await callerFor(t.db, sso, null, { sessionId: fresh.sessionId }).account.sessions.endAll(),
    ).toEqual({
      ended: 2,
    });
  });

  it("a password change ends every other session of the person, not the one that changed it", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const userId = team.members.editor.id;
    const here = await signedIn(userId);
    const copied = await signedIn(userId);
    const result = await callerFor(t.db, userId, null, { sessionId: here.sessionId }).account.changePassword({
      currentPassword: FACTORY_PASSWORD,
      newPassword: "a brand new passphrase",
    });
    expect(result).toEqual({ ok: true, otherSessionsEnded: 1 });
    expect(await accountStatus(here.cookie)).toBe(200);
    expect(await accountStatus(copied.cookie)).toBe(401);
  });

  it("a wrong current password ends nothing", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const userId = team.members.editor.id;
    const here = await signedIn(userId);
    const other = await signedIn(userId);
    await expect(
      callerFor(t.db, userId, null, { sessionId: here.sessionId }).account.changePassword({
        currentPassword: "not the password",
        newPassword: "a brand new passphrase",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await isLive(other.cookie)).toBe(true);
  });

  it("an owner removing a member ends the member's sessions, not the owner's", async () => {
    const team = await createTeamWithMembers(t.db, ["owner", "editor"]);
    const member = await signedIn(team.members.editor.id);
    const owner = await signedIn(team.members.owner.id);
    await callerFor(t.db, team.members.owner.id, null, { sessionId: owner.sessionId }).teams.members.delete({
      teamSlug: team.team.slug,
      userId: team.members.editor.id,
    });
    expect(await accountStatus(member.cookie)).toBe(401);
    expect(await accountStatus(owner.cookie)).toBe(200);
  });

  it("ends the session's live-updates stream as signed out, and leaves its other sessions' streams open", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const userId = team.members.editor.id;
    const ended = await signedIn(userId);
    const kept = await signedIn(userId);
    const controller = new AbortController();
    const open = async (sessionId: string) =>
      (
        (await callerFor(t.db, userId, null, { sessionId, signal: controller.signal }).events.subscribe({
          teamSlug: team.team.slug,
        })) as AsyncIterable<unknown>
      )[Symbol.asyncIterator]();
    try {
      const endedStream = await open(ended.sessionId);
      const keptStream = await open(kept.sessionId);
      const endedNext = endedStream.next().then(
        () => "event",
        (error: { code?: string }) => error.code,
      );
      let keptSettled = false;
      void keptStream.next().finally(() => {
        keptSettled = true;
      });
      // The generators subscribe on their first pull.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await endSessions(t.db, userId, "signed out", { only: ended.sessionId });
      expect(await endedNext).toBe("UNAUTHORIZED");
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(keptSettled).toBe(false);
    } finally {
      controller.abort();
    }
  });

  it("closes the session's open collaboration sockets on every instance, refuses them after, and leaves the person's other sessions open", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const userId = team.members.editor.id;
    const assessment = await createAssessment(
      { db: t.db, actor: { userId, teamId: team.team.id, role: "editor" } },
      { title: "Sessions", templateKey: "four-track" },
    );
    // Two instances on one database, without the periodic re-read: the database's notice does it,
    // heard by the first on a LISTEN of its own and by the second through its process's event hub.
    const first = await startCollab(t.handle, undefined, 0, { refreshMs: 600_000 });
    const second = await startCollab(t.handle, hubFor(t.db), 0, { refreshMs: 600_000 });
    const ended = await signedIn(userId);
    const kept = await signedIn(userId);
    const clients = [
      connect(first.port, assessment.id, ended.cookie),
      connect(second.port, assessment.id, ended.cookie),
      connect(second.port, assessment.id, kept.cookie),
    ];
    try {
      await waitFor(() => clients.every((client) => client.provider.isSynced), "every socket to sync");
      const closes = clients.map(() => [] as number[]);
      clients.forEach((client, index) =>
        client.socket.on("close", ({ event }: { event: { code: number } }) =>
          closes[index]?.push(event.code),
        ),
      );

      await endSessions(t.db, userId, "signed out", { only: ended.sessionId });
      await waitFor(() => closes[0]?.includes(4401) === true, "the first instance's socket to close");
      await waitFor(() => closes[1]?.includes(4401) === true, "the second instance's socket to close");
      // Their reconnects are refused, saying why; the other session's socket stays open and synced.
      await waitFor(() => clients.slice(0, 2).every((client) => client.failures.length > 0), "refusals");
      expect(clients[0]?.failures[0]).toMatch(/sign in/i);
      expect(closes[2]).toEqual([]);
      expect(clients[2]?.provider.isSynced).toBe(true);
    } finally {
      for (const client of clients) client.destroy();
      await first.stop();
      await second.stop();
    }
  });
});
