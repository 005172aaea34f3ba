import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { comments } from "@/db/schema";
import { mentionToken } from "@/lib/mentions";
import {
  actorOf,
  createArticleFixture,
  createClaimFixture,
  createTeamWithMembers,
  createUser,
} from "@/server/testing/factories";
import { expectTRPCError } from "@/server/testing/expect-error";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

async function setup() {
  const world = await createTeamWithMembers(t.db, ["owner", "editor", "viewer"]);
  const slug = world.team.slug;
  const as = (role: "owner" | "editor" | "viewer") => callerFor(t.db, world.members[role].id);
  const article = await createArticleFixture(t.db, actorOf(world, "editor"));
  const claim = await createClaimFixture(t.db, actorOf(world, "editor"), article.id);
  const mention = (role: "owner" | "editor" | "viewer") =>
    mentionToken({ userId: world.members[role].id, name: world.members[role].name });
  return { world, slug, as, article, claim, mention, subject: { claimId: claim.id } };
}

describe("comments", () => {
  it("let a viewer start a thread and reply; mentions and replies notify the right people once", async () => {
    const { slug, as, subject, mention } = await setup();
    const root = await as("viewer").comments.create({
      teamSlug: slug,
      subject,
      body: `Is the date right? ${mention("editor")} ${mention("editor")}`,
    });
    expect(root.notified).toBe(1);
    await as("editor").comments.create({ teamSlug: slug, subject, threadId: root.id, body: "Checking." });
    const reply = await as("owner").comments.create({
      teamSlug: slug,
      subject,
      threadId: root.id,
      body: `Agree with ${mention("viewer")}.`,
    });
    // The viewer is mentioned (one notification, not a second one for the reply); the editor replied earlier.
    expect(reply.notified).toBe(2);
    const viewerInbox = await as("viewer").notifications.list({ teamSlug: slug });
    expect(viewerInbox.items.map((item) => item.kind)).toEqual(["mention", "reply"]);
    expect(viewerInbox.items[0]).toMatchObject({
      actorName: expect.stringMatching(/^Owner/),
      claim: { id: subject.claimId },
    });
    expect(viewerInbox.items[0]?.excerpt).toMatch(/^Agree with @Viewer /);
    expect(viewerInbox.unreadCount).toBe(2);
    expect(await as("owner").notifications.unreadCount({ teamSlug: slug })).toBe(0);

    await as("viewer").notifications.markRead({ teamSlug: slug, ids: [viewerInbox.items[0]?.id ?? ""] });
    expect(await as("viewer").notifications.unreadCount({ teamSlug: slug })).toBe(1);
    await as("viewer").notifications.markRead({ teamSlug: slug });
    expect(await as("viewer").notifications.unreadCount({ teamSlug: slug })).toBe(0);

    const list = await as("viewer").comments.list({ teamSlug: slug, subject });
    expect(list.threads).toHaveLength(1);
    expect(list.threads[0]?.replies).toHaveLength(2);
    expect((await as("viewer").claims.get({ teamSlug: slug, claimId: subject.claimId })).commentsCount).toBe(
      3,
    );
  });

  it("refuse a mention of someone outside the team, and a too-long comment, writing nothing", async () => {
    const { slug, as, subject } = await setup();
    const stranger = await createUser(t.db, { name: "Stranger Danger" });
    const error = await expectTRPCError(
      as("editor").comments.create({
        teamSlug: slug,
        subject,
        body: `Ask ${mentionToken({ userId: stranger.id, name: stranger.name })}`,
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe("A mention names someone who is not a member of this team.");
    const long = await expectTRPCError(
      as("editor").comments.create({ teamSlug: slug, subject, body: "x".repeat(20_000) }),
      "BAD_REQUEST",
    );
    expect(long.message).toMatch(/at most 10,000 characters/);
    expect(await t.db.select().from(comments).where(eq(comments.claimId, subject.claimId))).toHaveLength(0);
  });

  it("keep HTML and scripts as plain text", async () => {
    const { slug, as, subject } = await setup();
    const body = `<script>alert("x")</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))`;
    await as("viewer").comments.create({ teamSlug: slug, subject, body });
    const list = await as("viewer").comments.list({ teamSlug: slug, subject });
    // Stored exactly as typed: it is rendered as text by the Markdown subset, never as HTML.
    expect(list.threads[0]?.body).toBe(body);
    // Parsed on the server for the browser: text leaves only, no link to a javascript: address.
    expect(JSON.stringify(list.threads[0]?.blocks)).not.toContain('"type":"link"');
    expect(JSON.stringify(list.threads[0]?.blocks)).toContain("<script>");
  });

  it("send each body parsed, and each thread as one line of plain text, for the browser to render", async () => {
    const { slug, as, subject, mention, world } = await setup();
    const body = `**Check** the _date_ with ${mention("editor")}\n\n- one\n- [two](https://example.org)`;
    const created = await as("viewer").comments.create({ teamSlug: slug, subject, body });
    await as("editor").comments.create({
      teamSlug: slug,
      subject,
      body: "Done.",
      threadId: created.threadId ?? created.id,
    });
    const [thread] = (await as("viewer").comments.list({ teamSlug: slug, subject })).threads;
    expect(thread?.blocks[0]).toEqual({
      type: "paragraph",
      children: [
        { type: "strong", children: [{ type: "text", text: "Check" }] },
        { type: "text", text: " the " },
        { type: "emphasis", children: [{ type: "text", text: "date" }] },
        { type: "text", text: " with " },
        { type: "mention", userId: world.members.editor.id, name: world.members.editor.name },
      ],
    });
    expect(thread?.blocks[1]).toMatchObject({ type: "list", ordered: false });
    expect(thread?.plainText).toBe(`Check the date with @${world.members.editor.name}\n- one\n- two`);
    expect(thread?.replies[0]?.blocks).toEqual([
      { type: "paragraph", children: [{ type: "text", text: "Done." }] },
    ]);
  });

  it("let people edit and delete only their own comments (owners may delete any), and resolve threads", async () => {
    const { slug, as, subject, mention } = await setup();
    const root = await as("editor").comments.create({ teamSlug: slug, subject, body: "First take." });
    await expectTRPCError(
      as("viewer").comments.update({ teamSlug: slug, commentId: root.id, body: "Hijacked." }),
      "FORBIDDEN",
    );
    await expectTRPCError(as("viewer").comments.delete({ teamSlug: slug, commentId: root.id }), "FORBIDDEN");
    await as("editor").comments.update({
      teamSlug: slug,
      commentId: root.id,
      body: `Second take, ${mention("viewer")}.`,
    });
    let thread = (await as("viewer").comments.list({ teamSlug: slug, subject })).threads[0];
    expect(thread).toMatchObject({
      body: expect.stringContaining("Second take"),
      canEdit: false,
      canDelete: false,
    });
    expect(thread?.editedAt).toBeInstanceOf(Date);
    // Editing added a mention: the viewer hears about it, once.
    expect(await as("viewer").notifications.unreadCount({ teamSlug: slug })).toBe(1);
    await as("editor").comments.update({
      teamSlug: slug,
      commentId: root.id,
      body: `Third take, ${mention("viewer")}.`,
    });
    expect(await as("viewer").notifications.unreadCount({ teamSlug: slug })).toBe(1);

    await as("viewer").comments.resolve({ teamSlug: slug, commentId: root.id, isResolved: true });
    thread = (await as("editor").comments.list({ teamSlug: slug, subject })).threads[0];
    expect(thread?.resolvedByName).toMatch(/^Viewer/);
    // A reply reopens it: someone has more to say.
    const reply = await as("owner").comments.create({
      teamSlug: slug,
      subject,
      threadId: root.id,
      body: "Not so fast.",
    });
    expect((await as("editor").comments.list({ teamSlug: slug, subject })).threads[0]?.resolvedAt).toBeNull();
    await expectTRPCError(
      as("owner").comments.resolve({ teamSlug: slug, commentId: reply.id, isResolved: true }),
      "BAD_REQUEST",
    );
    await expectTRPCError(
      as("owner").comments.create({ teamSlug: slug, subject, threadId: reply.id, body: "Nested?" }),
      "BAD_REQUEST",
    );

    await as("owner").comments.delete({ teamSlug: slug, commentId: root.id });
    thread = (await as("viewer").comments.list({ teamSlug: slug, subject })).threads[0];
    expect(thread).toMatchObject({ isDeleted: true, body: "" });
    expect(thread?.replies).toHaveLength(1);
    expect(await as("viewer").notifications.unreadCount({ teamSlug: slug })).toBe(0);
  });

  it("keep article threads apart from the article's claims' threads", async () => {
    const { slug, as, article, subject } = await setup();
    await as("viewer").comments.create({
      teamSlug: slug,
      subject: { articleId: article.id },
      body: "On the article.",
    });
    await as("viewer").comments.create({ teamSlug: slug, subject, body: "On the claim." });
    const onArticle = await as("viewer").comments.list({
      teamSlug: slug,
      subject: { articleId: article.id },
    });
    expect(onArticle.threads.map((thread) => thread.body)).toEqual(["On the article."]);
  });
});
