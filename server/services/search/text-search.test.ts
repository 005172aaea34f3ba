import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { queryRows } from "@/db";
import { articles } from "@/db/schema";

import {
  actorOf,
  createArticleFixture,
  createClaimFixture,
  createTeamWithMembers,
} from "@/server/testing/factories";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

import { textSearch } from "./text-search";

const t = setupTestDatabase();

/** A team with these articles (title → text), and a viewer's search of its library and claims. */
async function library(texts: Record<string, string>) {
  const world = await createTeamWithMembers(t.db, ["editor", "viewer"]);
  const editor = actorOf(world, "editor");
  const ids: Record<string, string> = {};
  for (const [title, text] of Object.entries(texts))
    ids[title] = (await createArticleFixture(t.db, editor, { title, text })).id;
  const viewer = callerFor(t.db, world.members.viewer.id);
  const find = async (q: string) =>
    (await viewer.articles.list({ teamSlug: world.team.slug, q })).items.map((item) => item.title);
  const findClaims = async (q: string) =>
    (await viewer.claims.list({ teamSlug: world.team.slug, q })).items.map((item) => item.statement);
  return { world, editor, ids, viewer, find, findClaims };
}

describe("search: exact phrases", () => {
  it("finds a phrase of stop words in order only, across a line break, and not inside a longer word", async () => {
    const { find } = await library({
      Closed: "The agenda was not up for discussion, a diplomat said of the Istanbul meeting.",
      Open: "Discussion was open: nothing was up, not for long, said the Istanbul officials.",
      Wrapped: "The embassy question was not up\nfor discussion at all in the Istanbul talks.",
      Staffing: "Both sides agreed on embassy staffing in the Istanbul talks.",
    });
    expect((await find(`"was not up for discussion"`)).sort()).toEqual(["Closed", "Wrapped"]);
    // Without the quotes the words are enough, in any order (stop words aside).
    expect((await find("discussion")).sort()).toEqual(["Closed", "Open", "Wrapped"]);
    // A phrase matches whole words: "embassy staff" is not "embassy staffing".
    expect(await find(`"embassy staff"`)).toEqual([]);
    expect(await find(`"embassy staffing"`)).toEqual(["Staffing"]);
    // Excluded, and one or the other.
    expect((await find(`istanbul -"was not up for discussion"`)).sort()).toEqual(["Open", "Staffing"]);
    expect((await find(`"embassy staffing" or "nothing was up"`)).sort()).toEqual(["Open", "Staffing"]);
    // A stop word or a term without words constrains nothing, negated or not.
    expect((await find("istanbul -the")).sort()).toEqual(["Closed", "Open", "Staffing", "Wrapped"]);
    expect((await find(`staffing -"—" -or`)).sort()).toEqual(["Staffing"]);
    expect((await find(`"embassy" or -"was not up for discussion"`)).sort()).toEqual([
      "Open",
      "Staffing",
      "Wrapped",
    ]);
  });

  it("lists the newest first when nothing positive was asked for", async () => {
    const { find } = await library({
      First: "The first report from Istanbul.",
      Second: "The second report from Istanbul.",
      Third: "The third report, a draft.",
    });
    expect(await find("-draft")).toEqual(["Second", "First"]);
    expect(await find(`-"a draft"`)).toEqual(["Second", "First"]);
  });

  it("ranks the article with more of the phrase first and marks the whole phrase in the snippet", async () => {
    const { world, viewer } = await library({
      Once: "Talks on the diplomatic missions resumed in Istanbul after a long pause between the sides.",
      Twice:
        "The diplomatic missions will reopen. Officials said the diplomatic missions need staff, and the diplomatic missions need money.",
      Apart:
        "Missions of a diplomatic kind were not discussed; the diplomatic talks went on about other missions.",
    });
    const { items } = await viewer.articles.list({ teamSlug: world.team.slug, q: `"diplomatic missions"` });
    expect(items.map((item) => item.title)).toEqual(["Twice", "Once"]);
    const stop = await viewer.articles.list({ teamSlug: world.team.slug, q: `"was not" apart` });
    expect(stop.items).toEqual([]);
    const marked = (
      await viewer.articles.list({ teamSlug: world.team.slug, q: `"on the diplomatic missions"` })
    ).items[0]?.snippet;
    expect(marked).toContain("\u0001on\u0002 \u0001the\u0002 \u0001diplomatic\u0002 \u0001missions\u0002");
  });

  it("is the same search on the Claims page and in the pickers that list claims", async () => {
    const { world, editor, findClaims } = await library({
      Report: "Officials said the visit was not up for discussion. Discussion of trade was open to all.",
    });
    const [first] = (
      await callerFor(t.db, world.members.editor.id).articles.list({ teamSlug: world.team.slug })
    ).items;
    await createClaimFixture(t.db, editor, first?.id ?? "", {
      phrase: "the visit was not up for discussion",
      statement: "The visit was not up for discussion.",
    });
    await createClaimFixture(t.db, editor, first?.id ?? "", {
      phrase: "Discussion of trade was open to all",
      statement: "Trade was up for discussion.",
    });
    expect(await findClaims(`"was not up for discussion"`)).toEqual(["The visit was not up for discussion."]);
    expect((await findClaims("discussion")).length).toBe(2);
  });
});

describe("search: the pairs index", () => {
  it("is what a phrase's search asks, spelled so the planner can use it", async () => {
    // Only stop words: the stemmed index has nothing to find, so a plan without a scan of the table
    // must use the pairs index.
    const search = textSearch(`"it was not up to them" OR "then it was"`, {
      stemmed: sql`${articles.searchVector}`,
      exact: sql`${articles.exactVector}`,
      pairs: sql`search_pairs(${articles.exactVector})`,
    });
    const plan = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<{ "QUERY PLAN": string }>(
        tx,
        sql`explain select ${articles.id} from ${articles} where ${search?.matches}`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("articles_exact_pairs_idx");
  });
});

describe("search: snippets of long texts", () => {
  it("marks a match in the middle, at the end and in a phrase, and falls back to the text's start for a title match", async () => {
    const filler = "Weather reports spoke of rain and wind over the coast. ".repeat(60);
    const { world, viewer } = await library({
      Middle: `${filler}The envoy signed the Istanbul accord at noon.\n\n${filler}`,
      End: `${filler}${filler}In the end the envoy signed the Ankara accord.`,
      "Accord news": filler,
    });
    const snippets = async (q: string) =>
      Object.fromEntries(
        (await viewer.articles.list({ teamSlug: world.team.slug, q })).items.map((item) => [
          item.title,
          item.snippet,
        ]),
      );
    const words = await snippets("accord");
    expect(words.Middle).toContain("Istanbul \u0001accord\u0002");
    expect(words.End).toContain("Ankara \u0001accord\u0002");
    expect(words["Accord news"]).toMatch(/^Weather reports spoke/);
    const phrase = await snippets(`"the istanbul accord"`);
    expect(phrase.Middle).toContain("\u0001the\u0002 \u0001Istanbul\u0002 \u0001accord\u0002");
  });
});

describe("search: snippets of phrases", () => {
  it("shows a phrase where it is written, past earlier lone uses of its words, across a line break, whatever marks surround it", async () => {
    const filler = "Weather reports spoke of rain and wind over the coast. ".repeat(60);
    const { world, viewer } = await library({
      Late: `Diplomatic notes were sent. ${filler}At last the diplomatic\nmissions reopened today. ${filler}`,
    });
    const snippetOf = async (q: string) =>
      (await viewer.articles.list({ teamSlug: world.team.slug, q })).items[0]?.snippet ?? "";
    for (const q of [`"diplomatic missions"`, `"(diplomatic missions)"`, `"diplomatic -- missions!"`]) {
      const snippet = await snippetOf(q);
      expect(snippet).toMatch(/\u0001diplomatic\u0002\s+\u0001missions\u0002 reopened/);
      expect(snippet).not.toContain("notes were sent");
    }
    // A phrase of punctuation alone asks for nothing, and breaks nothing.
    expect(await snippetOf(`"--" diplomatic`)).toContain("\u0001");
  });
});

describe("search: phrases in long texts", () => {
  it("finds a phrase of common words beyond the 256 positions a tsvector keeps of one word", async () => {
    const filler = "The envoy met the press and the staff in the hall. ".repeat(400);
    const { find } = await library({
      Long: `${filler}Finally the ambassador was not up for discussion.`,
      Short: "The ambassador was not up for discussion, the envoy said.",
      Other: `${filler}The ambassador spoke; nothing was up for discussion.`,
    });
    expect((await find(`"the ambassador was not"`)).sort()).toEqual(["Long", "Short"]);
    expect((await find(`envoy -"the ambassador was not"`)).sort()).toEqual(["Other"]);
    // Two words, the second past its 255th: the pair is not in the index, the text has it.
    expect(await find(`"finally the"`)).toEqual(["Long"]);
  });
});

describe("search: folding", () => {
  it("reads dashes, quotes, diacritics and full-width digits as their plain forms, both ways", async () => {
    const { find } = await library({
      Range: "Officials expect 25–30 diplomats at the Türkiye talks on Russia’s embassy in Washington.",
      Plain: "Between 25-30 staff may return to the Turkiye mission under Russia's plan for embassies.",
      Other: "Nothing about numbers here, only the weather in Istanbul today.",
    });
    const both = ["Plain", "Range"];
    for (const q of ["25-30", "25–30", "25—30", "25−30", "25 30", "２５–３０", `"25 30"`, `“25-30”`])
      expect((await find(q)).sort(), q).toEqual(both);
    for (const q of ["Türkiye", "Turkiye", "TURKIYE", `"russia's"`, `"russia’s"`])
      expect((await find(q)).sort(), q).toEqual(both);
  });
});
