import { describe, expect, it } from "vitest";

import { writeAssessmentContent } from "@/server/collab/persistence";
import {
  actorOf,
  createArticleFixture,
  createClaimFixture,
  createTeamWithMembers,
} from "@/server/testing/factories";
import { expectTRPCError } from "@/server/testing/expect-error";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

/** A team whose editor attached an article from `outlet`, tagged a claim in it and wrote an assessment. */
async function teamWith(word: string, outlet: string) {
  const world = await createTeamWithMembers(t.db, ["editor", "viewer"]);
  const editor = actorOf(world, "editor");
  const article = await createArticleFixture(t.db, editor, {
    title: `${word} report`,
    text: `Diplomats said the ${word} talks were not up for discussion this week.`,
    outletName: outlet,
  });
  await createClaimFixture(t.db, editor, article.id, {
    phrase: `the ${word} talks were not up for discussion`,
    statement: `The ${word} talks were not up for discussion.`,
  });
  const caller = callerFor(t.db, world.members.editor.id);
  const assessment = await caller.assessments.create({
    teamSlug: world.team.slug,
    title: `${word} outlook`,
    templateKey: "blank",
  });
  await writeAssessmentContent(t.db, {
    teamId: world.team.id,
    assessmentId: assessment.id,
    authorIds: [world.members.editor.id],
    json: {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: `The ${word} track.` }] }],
    },
  });
  return { world, viewer: callerFor(t.db, world.members.viewer.id) };
}

describe("search everything", () => {
  it("finds the team's articles, claims, sources and assessments at once, and nothing of another team", async () => {
    const mine = await teamWith("Bosphorus", "Bosphorus Wire");
    await teamWith("Bosphorus", "Bosphorus Herald");
    const found = await mine.viewer.search.everything({ teamSlug: mine.world.team.slug, q: "Bosphorus" });
    expect(found.articles.items.map((item) => item.title)).toEqual(["Bosphorus report"]);
    expect(found.claims.items.map((item) => item.statement)).toEqual([
      "The Bosphorus talks were not up for discussion.",
    ]);
    expect(found.sources.items.map((item) => item.name)).toEqual(["Bosphorus Wire"]);
    expect(found.assessments.items.map((item) => item.title)).toEqual(["Bosphorus outlook"]);
    expect(
      [found.articles, found.claims, found.sources, found.assessments].some((group) => group.hasMore),
    ).toBe(false);
    // A phrase is exact everywhere; sources are found by its words.
    const phrase = await mine.viewer.search.everything({
      teamSlug: mine.world.team.slug,
      q: `"were not up for discussion"`,
    });
    expect(phrase.articles.items).toHaveLength(1);
    expect(phrase.claims.items).toHaveLength(1);
    expect(phrase.assessments.items).toEqual([]);
  });

  it("says when there are more than it shows, and refuses an empty search", async () => {
    const { world, viewer } = await teamWith("Galata", "Galata Wire");
    const editor = actorOf(world, "editor");
    for (let i = 0; i < 3; i++)
      await createArticleFixture(t.db, editor, {
        title: `Galata note ${i}`,
        text: `Galata note number ${i}.`,
      });
    const found = await viewer.search.everything({ teamSlug: world.team.slug, q: "Galata", limit: 2 });
    expect(found.articles.items).toHaveLength(2);
    expect(found.articles.hasMore).toBe(true);
    await expectTRPCError(viewer.search.everything({ teamSlug: world.team.slug, q: "  " }), "BAD_REQUEST");
  });
});
