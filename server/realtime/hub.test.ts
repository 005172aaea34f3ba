import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { openDatabase, queryRows, type DatabaseHandle } from "@/db";
import { RESYNC_VERB } from "@/lib/realtime";
import { TEAM_EVENTS_CHANNEL, type TeamEvent } from "@/server/realtime/events";
import { TeamEventHub } from "@/server/realtime/hub";
import {
  actorOf,
  createArticleFixture,
  createTeamWithMembers,
  selectionIn,
} from "@/server/testing/factories";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();
const extraHandles: DatabaseHandle[] = [];
afterAll(async () => {
  for (const handle of extraHandles) await handle.close();
});

/** The same server URL, with connections that name themselves (to find them in pg_stat_activity). */
function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("application_name", name);
  return parsed.toString();
}

/** Read events from an open subscription until `count` arrived or the time is up. */
async function take(iterator: AsyncIterator<TeamEvent>, count: number, ms = 5000): Promise<TeamEvent[]> {
  const events: TeamEvent[] = [];
  const deadline = Date.now() + ms;
  while (events.length < count && Date.now() < deadline) {
    const next = await Promise.race([
      iterator.next(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(1, deadline - Date.now()))),
    ]);
    if (!next || next.done) break;
    events.push(next.value);
  }
  return events;
}

describe("live team events", () => {
  it("reach the team's subscribers after commit, only the mentioned for notifications, never other teams", async () => {
    const world = await createTeamWithMembers(t.db, ["editor", "viewer"]);
    const other = await createTeamWithMembers(t.db, ["editor"]);
    const slug = world.team.slug;
    const editor = actorOf(world, "editor");
    const article = await createArticleFixture(t.db, editor);
    const controller = new AbortController();
    const options = { signal: controller.signal };
    const viewerStream = (await callerFor(t.db, world.members.viewer.id, null, options).events.subscribe({
      teamSlug: slug,
    })) as AsyncIterable<TeamEvent>;
    const otherStream = (await callerFor(t.db, other.members.editor.id, null, options).events.subscribe({
      teamSlug: other.team.slug,
    })) as AsyncIterable<TeamEvent>;
    const viewerEvents = viewerStream[Symbol.asyncIterator]();
    const otherEvents = otherStream[Symbol.asyncIterator]();
    // Start listening before anything happens (the generator subscribes on its first pull).
    const first = take(viewerEvents, 2);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const as = callerFor(t.db, editor.userId);
    const claim = await as.claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...(await selectionIn(t.db, editor, article.id)),
      statement: "Diplomats met in Istanbul.",
      type: "fact",
    });
    const thread = await as.comments.create({
      teamSlug: slug,
      subject: { claimId: claim.id },
      body: "Only the team hears of this.",
    });
    const events = await first;
    expect(events.map((event) => [event.verb, event.articleId])).toEqual([
      ["claim.created", article.id],
      ["comment.created", article.id],
    ]);
    expect(events[1]?.claimId).toBe(claim.id);
    // The viewer's reply notifies the editor: the viewer's own stream has the reply, not the notification.
    await callerFor(t.db, world.members.viewer.id).comments.create({
      teamSlug: slug,
      subject: { claimId: claim.id },
      threadId: thread.id,
      body: "Agreed.",
    });
    expect((await take(viewerEvents, 2, 800)).map((event) => event.verb)).toEqual(["comment.replied"]);
    // A failed change sends nothing: the transaction rolled back.
    await as.claims
      .create({
        teamSlug: slug,
        articleId: article.id,
        start: 0,
        end: 3,
        quote: "nope",
        statement: "x",
        type: "fact",
      })
      .catch(() => undefined);
    expect(await take(otherEvents, 1, 300)).toEqual([]);
    expect(await take(viewerEvents, 1, 300)).toEqual([]);
    controller.abort();
  });

  it("cross app instances on one Postgres server (LISTEN/NOTIFY)", async ({ skip }) => {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) skip("needs a Postgres server (TEST_DATABASE_URL); PGlite is one process by design");
    const second = await openDatabase({ url });
    extraHandles.push(second);
    const hub = new TeamEventHub(second);
    const world = await createTeamWithMembers(t.db, ["editor"]);
    const received: TeamEvent[] = [];
    await hub.start();
    hub.subscribe(world.team.id, (event) => received.push(event));
    await createArticleFixture(t.db, actorOf(world, "editor"));
    for (let i = 0; i < 50 && received.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.map((event) => event.verb)).toContain("article.attached");
    await hub.close();
  });

  it("comes back by itself when the listening connection is cut (as a database restart does), and says so", async ({
    skip,
  }) => {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) return skip("needs a Postgres server (TEST_DATABASE_URL): PGlite has no connection to lose");
    const second = await openDatabase({ url });
    extraHandles.push(second);
    // A channel of this test's own, so the backend to cut is unmistakably ours.
    const channel = `hub_restart_${Date.now()}`;
    const payloads: string[] = [];
    let reconnects = 0;
    const stop = await second.listen(
      channel,
      (payload) => payloads.push(payload),
      () => reconnects++,
    );
    const notify = (payload: string) => t.db.execute(sql`select pg_notify(${channel}, ${payload})`);
    const waitUntil = async (check: () => boolean) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    await notify("before");
    await waitUntil(() => payloads.includes("before"));
    expect(payloads).toEqual(["before"]);
    // What a restart does to every connection: the server ends the backend (FATAL 57P01).
    const cut = await queryRows<{ cut: boolean }>(
      t.db,
      sql`select pg_terminate_backend(pid) as cut from pg_stat_activity where query = ${`LISTEN "${channel}"`}`,
    );
    expect(cut.map((row) => row.cut)).toEqual([true]);
    await waitUntil(() => reconnects > 0);
    expect(reconnects).toBe(1);
    await notify("after");
    await waitUntil(() => payloads.includes("after"));
    expect(payloads).toEqual(["before", "after"]);
    await stop();
  });

  it("tells every subscriber to catch up after its listening connection came back", async ({ skip }) => {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) return skip("needs a Postgres server (TEST_DATABASE_URL): PGlite has no connection to lose");
    // Its own application name, so the test cuts this hub's connection and no other test file's.
    const name = `hub_resync_${Date.now()}`;
    const second = await openDatabase({ url: withApplicationName(url, name) });
    extraHandles.push(second);
    const hub = new TeamEventHub(second);
    const world = await createTeamWithMembers(t.db, ["editor"]);
    const mine: TeamEvent[] = [];
    const everyone: TeamEvent[] = [];
    await hub.start();
    hub.subscribe(world.team.id, (event) => mine.push(event));
    hub.subscribeAll((event) => everyone.push(event));
    const cut = await queryRows<{ cut: boolean }>(
      t.db,
      sql`select pg_terminate_backend(pid) as cut from pg_stat_activity where application_name = ${name} and query = ${`LISTEN "${TEAM_EVENTS_CHANNEL}"`}`,
    );
    expect(cut.map((row) => row.cut)).toEqual([true]);
    for (let i = 0; i < 100 && !mine.some((event) => event.verb === RESYNC_VERB); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mine.filter((event) => event.verb === RESYNC_VERB)).toEqual([
      expect.objectContaining({ teamId: world.team.id, subjectType: "team" }),
    ]);
    expect(everyone.some((event) => event.verb === RESYNC_VERB)).toBe(true);
    // And events flow again.
    await createArticleFixture(t.db, actorOf(world, "editor"));
    for (let i = 0; i < 100 && !mine.some((event) => event.verb === "article.attached"); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mine.map((event) => event.verb)).toContain("article.attached");
    await hub.close();
  });
});
