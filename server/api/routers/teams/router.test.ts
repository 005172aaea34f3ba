import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { memberships, teams } from "@/db/schema";
import { actorOf, createArticleFixture, createTeamWithMembers, createUser } from "@/server/testing/factories";
import { expectTRPCError } from "@/server/testing/expect-error";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();
const slug = () => `desk-${Math.random().toString(36).slice(2, 10)}`;

describe("teams.create and teams.list", () => {
  it("makes the creator the owner and lists the team", async () => {
    const user = await createUser(t.db);
    const caller = callerFor(t.db, user.id);
    const address = slug();
    const team = await caller.teams.create({ name: "  Kyiv Desk ", slug: address.toUpperCase() });
    expect(team).toMatchObject({ name: "Kyiv Desk", slug: address });
    expect(await caller.teams.list()).toEqual([{ ...team, role: "owner", memberCount: 1 }]);
  });

  it("refuses a taken address with a clear message and creates nothing", async () => {
    const user = await createUser(t.db);
    const { team } = await createTeamWithMembers(t.db, ["owner"]);
    const error = await expectTRPCError(
      callerFor(t.db, user.id).teams.create({ name: "Copy", slug: team.slug }),
      "CONFLICT",
    );
    expect(error.message).toBe("That team address is already taken. Choose another one.");
    expect(await t.db.select().from(memberships).where(eq(memberships.userId, user.id))).toEqual([]);
  });

  it("explains a bad name or address and writes nothing", async () => {
    const user = await createUser(t.db);
    const error = await expectTRPCError(
      callerFor(t.db, user.id).teams.create({ name: "x".repeat(61), slug: "Not A Slug!" }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("Team name must be at most 60 characters.");
    expect(error.message).toContain("Team address may use lower-case letters");
    expect(await callerFor(t.db, user.id).teams.list()).toEqual([]);
  });
});

describe("teams.get", () => {
  it("answers with the caller's role and permissions", async () => {
    const { team, members } = await createTeamWithMembers(t.db);
    const asViewer = await callerFor(t.db, members.viewer.id).teams.get({ teamSlug: team.slug });
    expect(asViewer.role).toBe("viewer");
    expect(asViewer.permissions["member.update"]).toBe(false);
    const asOwner = await callerFor(t.db, members.owner.id).teams.get({ teamSlug: team.slug });
    expect(asOwner.permissions["invitation.manage"]).toBe(true);
  });

  it("answers NOT_FOUND alike for an unknown address and another team's", async () => {
    const mine = await createTeamWithMembers(t.db, ["owner"]);
    const theirs = await createTeamWithMembers(t.db, ["owner"]);
    const caller = callerFor(t.db, mine.members.owner.id);
    const other = await expectTRPCError(caller.teams.get({ teamSlug: theirs.team.slug }), "NOT_FOUND");
    const unknown = await expectTRPCError(caller.teams.get({ teamSlug: "no-such-team-here" }), "NOT_FOUND");
    expect(other.message).toBe(unknown.message);
  });
});

describe("teams.update", () => {
  it("renames the team and changes its address", async () => {
    const { team, members } = await createTeamWithMembers(t.db, ["owner"]);
    const address = slug();
    const updated = await callerFor(t.db, members.owner.id).teams.update({
      teamSlug: team.slug,
      name: "New Name",
      slug: address,
    });
    expect(updated).toEqual({
      id: team.id,
      name: "New Name",
      slug: address,
      hasBlindRating: true,
      requiresNothingOpen: false,
    });
  });

  it("refuses another team's address and keeps the old one", async () => {
    const { team, members } = await createTeamWithMembers(t.db, ["owner"]);
    const other = await createTeamWithMembers(t.db, ["owner"]);
    await expectTRPCError(
      callerFor(t.db, members.owner.id).teams.update({
        teamSlug: team.slug,
        name: "Changed",
        slug: other.team.slug,
      }),
      "CONFLICT",
    );
    const [row] = await t.db.select().from(teams).where(eq(teams.id, team.id));
    expect(row).toMatchObject({ name: team.name, slug: team.slug });
  });

  it("needs a new name or address", async () => {
    const { team, members } = await createTeamWithMembers(t.db, ["owner"]);
    const error = await expectTRPCError(
      callerFor(t.db, members.owner.id).teams.update({ teamSlug: team.slug }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe("Give a new name, address or setting.");
  });
});

describe("teams.overview", () => {
  it("counts the team's articles, sources and members, and lists the activity feed's newest entries", async () => {
    const world = await createTeamWithMembers(t.db);
    const editor = callerFor(t.db, world.members.editor.id);
    const article = await createArticleFixture(t.db, actorOf(world, "editor"), {
      outletName: "Overview Wire",
    });
    const outlet = (await editor.articles.get({ teamSlug: world.team.slug, articleId: article.id })).outlet;
    await editor.sources.rate({
      teamSlug: world.team.slug,
      sourceId: outlet?.id ?? "",
      grade: "A",
      rationale: "Checked.",
    });
    const viewer = callerFor(t.db, world.members.viewer.id);
    const overview = await viewer.teams.overview({ teamSlug: world.team.slug });
    expect(overview.counts).toEqual({ articles: 1, sources: 1, members: 3 });
    expect(overview.recent.map((entry) => entry.verb)).toEqual([
      "source.rated",
      "article.attached",
      "source.created",
    ]);
    // The very entries the Activity page shows, so both word and link them alike (lib/activity-text).
    const feed = await viewer.activity.list({ teamSlug: world.team.slug, limit: 15 });
    expect(overview.recent).toEqual(feed.items);
    expect(overview.recent[1]).toMatchObject({ subjectType: "article", subjectId: article.id });
    // Blind rating as on the Activity page: viewers (who do not rate) see the grade; the owner, who
    // may rate and has not yet, does not.
    expect(overview.recent[0]?.detail).toBe("A");
    const owner = await callerFor(t.db, world.members.owner.id).teams.overview({ teamSlug: world.team.slug });
    expect(owner.recent[0]).toMatchObject({ verb: "source.rated", detail: null });
  });
});
