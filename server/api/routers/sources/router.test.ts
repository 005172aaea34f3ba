import { describe, expect, it } from "vitest";

import { createArticleFixture, actorOf, createTeamWithMembers } from "@/server/testing/factories";
import { expectTRPCError } from "@/server/testing/expect-error";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

async function team() {
  const world = await createTeamWithMembers(t.db, ["owner", "editor", "viewer"]);
  const slug = world.team.slug;
  const as = (role: "owner" | "editor" | "viewer") => callerFor(t.db, world.members[role].id);
  const source = await as("editor").sources.create({ teamSlug: slug, kind: "outlet", name: "News.Az" });
  return { world, slug, as, source };
}

describe("sources", () => {
  it("recognise an outlet again by name or domain, and refuse a duplicate by hand", async () => {
    const { world, slug, as, source } = await team();
    const article = await createArticleFixture(t.db, actorOf(world, "editor"), {
      outletName: "https://www.news.az/",
    });
    expect((await as("viewer").articles.get({ teamSlug: slug, articleId: article.id })).outlet?.id).toBe(
      source.id,
    );
    const conflict = await expectTRPCError(
      as("editor").sources.create({ teamSlug: slug, kind: "outlet", name: "news.az" }),
      "CONFLICT",
    );
    expect(conflict.message).toBe("A source with this name already exists in the team.");
    // A person of the same name is a different source.
    await as("editor").sources.create({ teamSlug: slug, kind: "person", name: "News.Az" });
  });

  it("keep every rating as history, count each analyst's latest, and mark disputes", async () => {
    const { slug, as, source } = await team();
    await as("editor").sources.rate({
      teamSlug: slug,
      sourceId: source.id,
      grade: "E",
      rationale: "First impression.",
    });
    await as("editor").sources.rate({
      teamSlug: slug,
      sourceId: source.id,
      grade: "B",
      rationale: "Checked their record.",
    });
    const rated = await as("owner").sources.rate({
      teamSlug: slug,
      sourceId: source.id,
      grade: "D",
      rationale: "Often repeats state media.",
    });
    expect(rated.consensus).toEqual({ grade: "D", spread: 2, isDisputed: true, count: 2 });
    const view = await as("owner").sources.get({ teamSlug: slug, sourceId: source.id });
    expect(view.source?.history).toHaveLength(3);
    expect(view.source?.ratings?.map((rating) => rating.grade)).toEqual(["B", "D"]);
    expect(view.source?.timeline?.map((point) => point.grade)).toEqual(["E", "B", "D"]);
    expect(view.source?.distribution?.find((bucket) => bucket.grade === "B")?.count).toBe(1);
  });

  it("hide others' ratings from an analyst until they rate (blind rating), but not from viewers", async () => {
    const { slug, as, source } = await team();
    await as("owner").sources.rate({
      teamSlug: slug,
      sourceId: source.id,
      grade: "A",
      rationale: "Excellent record.",
    });
    const blind = await as("editor").sources.get({ teamSlug: slug, sourceId: source.id });
    expect(blind.source).toMatchObject({ ratings: null, history: null, distribution: null, timeline: null });
    expect(blind.source?.consensus).toMatchObject({ grade: null, isHidden: true, count: 1 });
    const listed = await as("editor").sources.list({ teamSlug: slug });
    expect(listed.items[0]?.consensus.isHidden).toBe(true);
    expect(
      (await as("viewer").sources.get({ teamSlug: slug, sourceId: source.id })).source?.consensus.grade,
    ).toBe("A");

    await as("editor").sources.rate({
      teamSlug: slug,
      sourceId: source.id,
      grade: "C",
      rationale: "Mixed record.",
    });
    const seen = await as("editor").sources.get({ teamSlug: slug, sourceId: source.id });
    expect(seen.source?.ratings).toHaveLength(2);
    expect(seen.source?.consensus).toMatchObject({ grade: "C", isDisputed: true, isHidden: false });
  });

  it("list each source with its articles, and its grade for one who has rated it", async () => {
    const { world, slug, as, source } = await team();
    await createArticleFixture(t.db, actorOf(world, "editor"), { outletName: "News.Az" });
    await createArticleFixture(t.db, actorOf(world, "editor"), { outletName: "News.Az" });
    await as("editor").sources.create({ teamSlug: slug, kind: "outlet", name: "Quiet Wire" });
    await as("owner").sources.rate({ teamSlug: slug, sourceId: source.id, grade: "E", rationale: "Spotty." });
    const listed = (await as("owner").sources.list({ teamSlug: slug })).items;
    const byName = new Map(listed.map((item) => [item.name, item]));
    // The same figures the source's own page shows.
    expect(byName.get("News.Az")).toMatchObject({
      articleCount: 2,
      consensus: { grade: "E", isHidden: false, count: 1 },
    });
    expect(byName.get("Quiet Wire")).toMatchObject({ articleCount: 0, consensus: { grade: null } });
    const page = await as("owner").sources.get({ teamSlug: slug, sourceId: source.id });
    expect(page.source?.consensus.grade).toBe("E");
    const sorted = await as("owner").sources.list({ teamSlug: slug, sort: "articles" });
    expect(sorted.items[0]?.name).toBe("News.Az");
  });

  it("show everything when the team turns blind rating off", async () => {
    const { slug, as, source } = await team();
    await as("owner").sources.rate({ teamSlug: slug, sourceId: source.id, grade: "B", rationale: "Good." });
    await as("owner").teams.update({ teamSlug: slug, hasBlindRating: false });
    expect(
      (await as("editor").sources.get({ teamSlug: slug, sourceId: source.id })).source?.consensus.grade,
    ).toBe("B");
  });

  it("count two ratings made at the same moment", async () => {
    const { slug, as, source } = await team();
    await Promise.all([
      as("owner").sources.rate({ teamSlug: slug, sourceId: source.id, grade: "B", rationale: "One." }),
      as("editor").sources.rate({ teamSlug: slug, sourceId: source.id, grade: "C", rationale: "Two." }),
    ]);
    const view = await as("viewer").sources.get({ teamSlug: slug, sourceId: source.id });
    expect(view.source?.consensus.count).toBe(2);
  });

  it("merge a duplicate: its articles and ratings move, and it leaves the lists", async () => {
    const { world, slug, as, source } = await team();
    const duplicate = await as("editor").sources.create({
      teamSlug: slug,
      kind: "outlet",
      name: "NewsAz Agency",
    });
    const article = await createArticleFixture(t.db, actorOf(world, "editor"), {
      outletName: "NewsAz Agency",
    });
    await as("owner").sources.rate({
      teamSlug: slug,
      sourceId: duplicate.id,
      grade: "C",
      rationale: "Fair.",
    });
    const merged = await as("editor").sources.merge({
      teamSlug: slug,
      sourceId: duplicate.id,
      intoId: source.id,
    });
    expect(merged.consensus).toMatchObject({ grade: "C", count: 1 });
    expect((await as("viewer").articles.get({ teamSlug: slug, articleId: article.id })).outlet?.id).toBe(
      source.id,
    );
    expect((await as("viewer").sources.list({ teamSlug: slug })).items.map((item) => item.id)).toEqual([
      source.id,
    ]);
    expect((await as("viewer").sources.get({ teamSlug: slug, sourceId: duplicate.id })).mergedIntoId).toBe(
      source.id,
    );
    await expectTRPCError(
      as("editor").sources.merge({ teamSlug: slug, sourceId: source.id, intoId: source.id }),
      "BAD_REQUEST",
    );
  });

  it("find sources by fuzzy name", async () => {
    const { slug, as } = await team();
    await as("editor").sources.create({ teamSlug: slug, kind: "person", name: "Sergey Markov" });
    const found = await as("viewer").sources.list({ teamSlug: slug, q: "Sergei Markov" });
    expect(found.items[0]?.name).toBe("Sergey Markov");
  });

  it("refuse a rating without a rationale or with an unknown grade, writing nothing", async () => {
    const { slug, as, source } = await team();
    const error = await expectTRPCError(
      as("editor").sources.rate({ teamSlug: slug, sourceId: source.id, grade: "B", rationale: " " }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe("Give a rationale for the grade, in a sentence or two.");
    expect((await as("viewer").sources.get({ teamSlug: slug, sourceId: source.id })).source?.history).toEqual(
      [],
    );
  });
});
