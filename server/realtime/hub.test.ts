import { afterAll, describe, expect, it } from "vitest";

import { openDatabase, type DatabaseHandle } from "@/db";
import type { TeamEvent } from "@/server/realtime/events";
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
});
