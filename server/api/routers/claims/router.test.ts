import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { claims, sources } from "@/db/schema";
import {
  actorOf,
  createArticleFixture,
  createTeamWithMembers,
  selectionIn,
} from "@/server/testing/factories";
import { expectTRPCError } from "@/server/testing/expect-error";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

/** The article's text as stored: it has no title line (one that repeats the title is left out at import). */
const TEXT =
  "The delegations met for six hours on 27 February 2025. “The talks were constructive,” said Sergey Ryabkov.\n\nThe next round will be in Riyadh, officials said. The next round will follow within weeks.";

async function setup() {
  const world = await createTeamWithMembers(t.db, ["owner", "editor", "viewer"]);
  const slug = world.team.slug;
  const as = (role: "owner" | "editor" | "viewer") => callerFor(t.db, world.members[role].id);
  const editor = actorOf(world, "editor");
  const article = await createArticleFixture(t.db, editor, {
    text: TEXT,
    title: "Talks in Istanbul",
    outletName: "Wire One",
  });
  const select = (phrase: string) => selectionIn(t.db, editor, article.id, phrase);
  const countClaims = async () =>
    Number(
      (await t.db.select({ n: count() }).from(claims).where(eq(claims.teamId, world.team.id)))[0]?.n ?? 0,
    );
  return { world, slug, as, article, select, countClaims };
}

describe("claims: creating from a selection", () => {
  it("anchor the passage with its context and save speaker, tags and the tagger's rating together", async () => {
    const { world, slug, as, article, select } = await setup();
    const tag = await as("editor").tags.create({ teamSlug: slug, name: "Diplomacy", color: "blue" });
    const selection = await select("The talks were constructive");
    const created = await as("editor").claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...selection,
      statement: "Russia called the Istanbul talks constructive.",
      type: "quote",
      speaker: { name: "Sergey Ryabkov", kind: "person" },
      tagIds: [tag.id],
      rating: { level: "2", rationale: "Reported by two outlets." },
    });
    const claim = await as("viewer").claims.get({ teamSlug: slug, claimId: created.id });
    expect(claim.anchor).toMatchObject({
      quote: "The talks were constructive",
      start: selection.start,
      end: selection.end,
    });
    expect(claim.anchor.prefix).toBe(TEXT.slice(selection.start - 32, selection.start));
    expect(claim.anchor.suffix).toBe(TEXT.slice(selection.end, selection.end + 32));
    expect(claim.speaker).toMatchObject({ name: "Sergey Ryabkov", kind: "person" });
    expect(claim.tags.map((item) => item.name)).toEqual(["Diplomacy"]);
    expect(claim.credibility).toEqual({ grade: "2", spread: 0, isDisputed: false, count: 1 });
    expect(claim.code).toBe("?2");
    expect(claim.permissions).toMatchObject({ canEdit: false, canRate: false, canComment: true });

    // The same speaker typed again is found, not duplicated.
    await as("editor").claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...(await select("said Sergey Ryabkov")),
      statement: "Ryabkov spoke for Russia.",
      type: "fact",
      speaker: { name: "sergey  ryabkov", kind: "person" },
    });
    const people = await t.db
      .select({ n: count() })
      .from(sources)
      .where(
        and(eq(sources.teamId, world.team.id), eq(sources.kind, "person"), eq(sources.key, "sergey ryabkov")),
      );
    expect(people[0]?.n).toBe(1);
  });

  it("trim whitespace around a selection and refuse empty, out-of-range and mismatched ones, writing nothing", async () => {
    const { slug, as, article, select, countClaims } = await setup();
    const base = { teamSlug: slug, articleId: article.id, statement: "A claim.", type: "fact" as const };
    const phrase = await select("six hours");
    const padded = await as("editor").claims.create({
      ...base,
      start: phrase.start - 1,
      end: phrase.end + 1,
      quote: TEXT.slice(phrase.start - 1, phrase.end + 1),
    });
    expect(padded).toMatchObject({ start: phrase.start, end: phrase.end });

    const whitespace = TEXT.indexOf("\n\n");
    const empty = await expectTRPCError(
      as("editor").claims.create({ ...base, start: whitespace, end: whitespace + 2, quote: "\n\n" }),
      "BAD_REQUEST",
    );
    expect(empty.message).toMatch(/empty or only whitespace/);
    const outside = await expectTRPCError(
      as("editor").claims.create({
        ...base,
        start: TEXT.length - 2,
        end: TEXT.length + 40,
        quote: "weeks.xx",
      }),
      "BAD_REQUEST",
    );
    expect(outside.message).toMatch(/outside the article/);
    const mismatch = await expectTRPCError(
      as("editor").claims.create({ ...base, start: phrase.start, end: phrase.end, quote: "six days!" }),
      "BAD_REQUEST",
    );
    expect(mismatch.message).toMatch(/do not match the article/);
    expect(await countClaims()).toBe(1);
  });

  it("write nothing, not even a new speaker, when a tag is not the team's", async () => {
    const { slug, as, article, select, countClaims } = await setup();
    const other = await createTeamWithMembers(t.db, ["editor"]);
    const theirTag = await callerFor(t.db, other.members.editor.id).tags.create({
      teamSlug: other.team.slug,
      name: "Theirs",
      color: "red",
    });
    await expectTRPCError(
      as("editor").claims.create({
        teamSlug: slug,
        articleId: article.id,
        ...(await select("six hours")),
        statement: "Six hours of talks.",
        type: "figure",
        speaker: { name: "Unheard Of Person", kind: "person" },
        tagIds: [theirTag.id],
      }),
      "NOT_FOUND",
    );
    expect(await countClaims()).toBe(0);
    const speakers = await t.db
      .select({ n: count() })
      .from(sources)
      .where(eq(sources.key, "unheard of person"));
    expect(speakers[0]?.n).toBe(0);
  });

  it("refuse a claim in an article in the trash", async () => {
    const { slug, as, article, select } = await setup();
    await as("editor").articles.delete({ teamSlug: slug, articleId: article.id });
    const error = await expectTRPCError(
      as("editor").claims.create({
        teamSlug: slug,
        articleId: article.id,
        ...(await select("six hours")),
        statement: "x",
        type: "fact",
      }),
      "PRECONDITION_FAILED",
    );
    expect(error.message).toMatch(/trash/);
  });
});

describe("claims: ratings, codes, links and lists", () => {
  it("keep credibility history, take each analyst's latest, mark disputes, and combine with the source's grade", async () => {
    const { slug, as, article, select } = await setup();
    const outlet = (await as("viewer").articles.get({ teamSlug: slug, articleId: article.id })).outlet;
    if (!outlet) throw new Error("no outlet");
    await as("owner").sources.rate({
      teamSlug: slug,
      sourceId: outlet.id,
      grade: "B",
      rationale: "Solid record.",
    });
    const { id } = await as("editor").claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...(await select("six hours")),
      statement: "The meeting lasted six hours.",
      type: "figure",
    });
    await as("editor").claims.rate({ teamSlug: slug, claimId: id, level: "5", rationale: "First look." });
    await as("editor").claims.rate({
      teamSlug: slug,
      claimId: id,
      level: "2",
      rationale: "Two outlets agree.",
    });
    const rated = await as("owner").claims.rate({
      teamSlug: slug,
      claimId: id,
      level: "4",
      rationale: "Unconfirmed.",
    });
    expect(rated.consensus).toEqual({ grade: "4", spread: 2, isDisputed: true, count: 2 });
    // The viewer sees the outlet's grade; the editor, who has not rated the outlet, does not (blind rating).
    const seen = await as("viewer").claims.get({ teamSlug: slug, claimId: id });
    expect(seen.code).toBe("B4");
    expect(seen.reliability).toMatchObject({ grade: "B", from: "outlet", sourceName: "Wire One" });
    expect(seen.ratings.map((rating) => [rating.level, rating.isCurrent])).toEqual([
      ["4", true],
      ["2", true],
      ["5", false],
    ]);
    const blind = await as("editor").claims.get({ teamSlug: slug, claimId: id });
    expect(blind.code).toBe("?4");
    expect(blind.reliability.isHidden).toBe(true);
    expect(blind.myRating?.level).toBe("2");

    // A rated speaker's grade takes the outlet's place.
    const speaker = await as("editor").sources.create({ teamSlug: slug, kind: "person", name: "Official" });
    await as("owner").sources.rate({
      teamSlug: slug,
      sourceId: speaker.id,
      grade: "D",
      rationale: "Often wrong.",
    });
    await as("editor").claims.update({ teamSlug: slug, claimId: id, speaker: { id: speaker.id } });
    const bySpeaker = await as("viewer").claims.get({ teamSlug: slug, claimId: id });
    expect(bySpeaker).toMatchObject({ code: "D4", reliability: { from: "speaker", sourceName: "Official" } });
  });

  it("link claims across articles both ways, count contradictions, and refuse self-links and duplicates", async () => {
    const { world, slug, as, article, select } = await setup();
    const second = await createArticleFixture(t.db, actorOf(world, "editor"), {
      text: "Other report\n\nThe next round will be held in Washington, the embassy said.",
      title: "Other report",
    });
    const riyadh = await as("editor").claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...(await select("The next round will be in Riyadh")),
      statement: "The next round is in Riyadh.",
      type: "fact",
    });
    const washington = await as("editor").claims.create({
      teamSlug: slug,
      articleId: second.id,
      ...(await selectionIn(
        t.db,
        actorOf(world, "editor"),
        second.id,
        "The next round will be held in Washington",
      )),
      statement: "The next round is in Washington.",
      type: "fact",
    });
    const link = await as("editor").claims.links.create({
      teamSlug: slug,
      claimId: riyadh.id,
      toClaimId: washington.id,
      kind: "contradicts",
      note: "Different cities.",
    });
    const incoming = await as("viewer").claims.get({ teamSlug: slug, claimId: washington.id });
    expect(incoming.links).toEqual([
      expect.objectContaining({
        id: link.id,
        direction: "incoming",
        label: "Contradicted by",
        note: "Different cities.",
      }),
    ]);
    expect(incoming.links[0]?.other.id).toBe(riyadh.id);
    expect(incoming.contradictionsCount).toBe(1);

    const self = await expectTRPCError(
      as("editor").claims.links.create({
        teamSlug: slug,
        claimId: riyadh.id,
        toClaimId: riyadh.id,
        kind: "corroborates",
      }),
      "BAD_REQUEST",
    );
    expect(self.message).toBe("A claim cannot be linked to itself.");
    await expectTRPCError(
      as("editor").claims.links.create({
        teamSlug: slug,
        claimId: washington.id,
        toClaimId: riyadh.id,
        kind: "contradicts",
      }),
      "CONFLICT",
    );
    const contradicted = await as("viewer").claims.list({ teamSlug: slug, hasContradictions: true });
    expect(contradicted.items.map((item) => item.id).sort()).toEqual([riyadh.id, washington.id].sort());

    await as("editor").claims.delete({ teamSlug: slug, claimId: washington.id });
    expect((await as("viewer").claims.get({ teamSlug: slug, claimId: riyadh.id })).contradictionsCount).toBe(
      0,
    );
  });

  it("search and filter the Claims page, and page through it without repeats", async () => {
    const { slug, as, article, select } = await setup();
    const track = await as("editor").tags.create({ teamSlug: slug, name: "Track", color: "green" });
    const child = await as("editor").tags.create({
      teamSlug: slug,
      name: "Sub-track",
      color: "green",
      parentId: track.id,
    });
    const phrases = [
      "six hours",
      "The talks were constructive",
      "in Riyadh",
      "within weeks",
      "The delegations met",
    ];
    const ids: string[] = [];
    for (const [index, phrase] of phrases.entries()) {
      const created = await as("editor").claims.create({
        teamSlug: slug,
        articleId: article.id,
        ...(await select(phrase)),
        statement: index === 2 ? "The next round is in Riyadh." : `Claim number ${index} about the talks.`,
        type: index === 1 ? "quote" : "fact",
        status: index === 3 ? "unresolved" : "open",
        tagIds: index === 0 ? [child.id] : [],
      });
      ids.push(created.id);
    }
    expect(
      (await as("viewer").claims.list({ teamSlug: slug, q: "Riyadh" })).items.map((item) => item.id),
    ).toEqual([ids[2]]);
    // A parent tag finds its children's claims.
    expect(
      (await as("viewer").claims.list({ teamSlug: slug, tagIds: [track.id] })).items.map((item) => item.id),
    ).toEqual([ids[0]]);
    expect((await as("viewer").claims.list({ teamSlug: slug, status: ["unresolved"] })).items).toHaveLength(
      1,
    );
    await as("editor").claims.rate({
      teamSlug: slug,
      claimId: ids[4] ?? "",
      level: "1",
      rationale: "Confirmed.",
    });
    expect(
      (await as("viewer").claims.list({ teamSlug: slug, credibility: ["1"] })).items.map((item) => item.id),
    ).toEqual([ids[4]]);
    const codeError = await expectTRPCError(
      as("viewer").claims.list({ teamSlug: slug, code: "G9" }),
      "BAD_REQUEST",
    );
    expect(codeError.message).toMatch(/combined code/);

    for (const sort of ["recent", "oldest", "credibility"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await as("viewer").claims.list({ teamSlug: slug, sort, limit: 2, cursor });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.sort(), sort).toEqual([...ids].sort());
    }
    const byCredibility = await as("viewer").claims.list({ teamSlug: slug, sort: "credibility", limit: 1 });
    expect(byCredibility.items[0]?.id).toBe(ids[4]);
  });

  it("tag in bulk, merge and delete tags with their claims kept", async () => {
    const { slug, as, article, select } = await setup();
    const a = await as("editor").tags.create({ teamSlug: slug, name: "Sanctions", color: "amber" });
    const b = await as("editor").tags.create({ teamSlug: slug, name: "sanctions relief", color: "red" });
    const duplicate = await expectTRPCError(
      as("editor").tags.create({ teamSlug: slug, name: "SANCTIONS", color: "red" }),
      "CONFLICT",
    );
    expect(duplicate.message).toMatch(/already exists/);
    const first = await as("editor").claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...(await select("six hours")),
      statement: "One.",
      type: "fact",
      tagIds: [b.id],
    });
    const second = await as("editor").claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...(await select("in Riyadh")),
      statement: "Two.",
      type: "fact",
    });
    await as("editor").claims.tag({ teamSlug: slug, claimIds: [first.id, second.id], addTagIds: [a.id] });
    const merged = await as("editor").tags.merge({ teamSlug: slug, tagId: b.id, intoId: a.id });
    expect(merged).toMatchObject({ name: "Sanctions", claimsMoved: 1 });
    const list = await as("viewer").tags.list({ teamSlug: slug });
    expect(list.items.map((tag) => [tag.name, tag.claimCount])).toEqual([["Sanctions", 2]]);
    await as("editor").tags.delete({ teamSlug: slug, tagId: a.id });
    expect((await as("viewer").claims.get({ teamSlug: slug, claimId: first.id })).tags).toEqual([]);
    const nested = await expectTRPCError(
      as("editor").tags.create({
        teamSlug: slug,
        name: "Grandchild",
        color: "red",
        parentId: (
          await as("editor").tags.create({
            teamSlug: slug,
            name: "Child",
            color: "red",
            parentId: (await as("editor").tags.create({ teamSlug: slug, name: "Parent", color: "red" })).id,
          })
        ).id,
      }),
      "BAD_REQUEST",
    );
    expect(nested.message).toMatch(/one level/);
  });
});

describe("claims: by ids (an assessment's citations)", () => {
  it("return the team's claims in the order asked, and leave out missing and other teams' ids", async () => {
    const { slug, as, article, select } = await setup();
    const first = await as("editor").claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...(await select("The talks were constructive")),
      statement: "Russia called the Istanbul talks constructive.",
      type: "quote",
    });
    const second = await as("editor").claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...(await select("The next round will be in Riyadh")),
      statement: "The next round will be in Riyadh.",
      type: "fact",
    });
    const other = await setup();
    const foreign = await other.as("editor").claims.create({
      teamSlug: other.slug,
      articleId: other.article.id,
      ...(await other.select("The talks were constructive")),
      statement: "Another team's claim.",
      type: "quote",
    });
    const missing = "00000000-0000-4000-8000-000000000000";
    const result = await as("viewer").claims.byIds({
      teamSlug: slug,
      claimIds: [second.id, foreign.id, missing, first.id, second.id],
    });
    expect(result.items.map((item) => item.id)).toEqual([second.id, first.id]);
    expect(
      (await other.as("viewer").claims.byIds({ teamSlug: other.slug, claimIds: [first.id, second.id] }))
        .items,
    ).toEqual([]);
  });
});
