import { describe, expect, it } from "vitest";

import {
  activityHref,
  dayKey,
  dayLabel,
  describeActivity,
  groupActivity,
  quoted,
  type ActivityEntryFacts,
} from "./activity-text";

const SUBJECT = "0b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";
const CLAIM = "1b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";
const ARTICLE = "2b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";
const ASSESSMENT = "3b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";

function entry(verb: string, facts: Partial<ActivityEntryFacts> = {}): ActivityEntryFacts {
  const subjectType = verb.split(".")[0] ?? "";
  return {
    verb,
    subjectType,
    subjectId: SUBJECT,
    name: null,
    detail: null,
    claimId: null,
    articleId: null,
    assessmentId: null,
    ...facts,
  };
}

function sentence(verb: string, facts: Partial<ActivityEntryFacts> = {}, count = 1): string {
  return describeActivity(entry(verb, facts), count).sentence;
}

describe("activity sentences", () => {
  it("describes articles by their title", () => {
    expect(sentence("article.attached", { name: "Talks in Istanbul" })).toBe("attached “Talks in Istanbul”");
    expect(sentence("article.attached")).toBe("attached an article");
    expect(sentence("article.updated")).toBe("edited the details of an article");
    expect(sentence("article.deleted", { name: "Talks" })).toBe("moved “Talks” to the trash");
    expect(sentence("article.restored", { name: "Talks" })).toBe("restored “Talks” from the trash");
  });

  it("describes sources, with the grade when the feed may show it", () => {
    expect(sentence("source.rated", { name: "News.Az", detail: "B" })).toBe(
      "rated News.Az B (usually reliable)",
    );
    expect(sentence("source.rated", { name: "News.Az" })).toBe("rated News.Az");
    expect(sentence("source.created", { name: "TASS" })).toBe("added the source TASS");
    expect(sentence("source.merged")).toBe("merged a duplicate source");
  });

  it("describes claims with their statement", () => {
    expect(sentence("claim.created", { name: "Talks resume in Istanbul." })).toBe(
      "tagged a claim: “Talks resume in Istanbul.”",
    );
    expect(sentence("claim.rated", { name: "Talks resume.", detail: "2" })).toBe(
      "rated a claim 2 (probably true): “Talks resume.”",
    );
    expect(sentence("claim.updated", { name: "X", detail: "contradicted" })).toBe(
      "edited a claim (status: contradicted): “X”",
    );
    expect(sentence("claim.deleted", { name: "X" })).toBe("deleted a claim: “X”");
    expect(sentence("claim.linked", { name: "X", detail: "contradicts" })).toBe(
      "linked claims (contradicts)",
    );
    expect(sentence("claim.unlinked", { detail: "corroborates" })).toBe("unlinked claims (corroborates)");
  });

  it("reads a burst of bulk tagging once", () => {
    expect(sentence("claim.tagged")).toBe("changed the tags of a claim");
    expect(sentence("claim.tagged", {}, 40)).toBe("changed the tags of 40 claims");
    expect(sentence("claim.created", { name: "X" }, 3)).toBe("tagged 3 claims");
  });

  it("describes comments and where they were made", () => {
    expect(sentence("comment.created", { claimId: CLAIM })).toBe("commented on a claim");
    expect(sentence("comment.created", { articleId: ARTICLE })).toBe("commented on an article");
    expect(sentence("comment.created")).toBe("commented");
    expect(sentence("comment.replied", { claimId: CLAIM })).toBe("replied to a comment");
    expect(sentence("comment.resolved")).toBe("resolved a thread");
  });

  it("describes tags, people and verbs it was never taught", () => {
    expect(sentence("tag.created", { name: "Sanctions" })).toBe("created the tag “Sanctions”");
    expect(sentence("tag.merged", { name: "Sanctions" })).toBe("merged a tag into “Sanctions”");
    expect(sentence("member.joined")).toBe("joined the team");
    expect(sentence("key_judgment.added")).toBe("added a key judgment");
    expect(sentence("widget.spun_up", { name: "Left" })).toBe("spun up the widget “Left”");
  });

  it("describes an assessment's way through review and publication", () => {
    const name = "Four tracks";
    expect(sentence("assessment.created", { name })).toBe("started the assessment “Four tracks”");
    expect(sentence("assessment.renamed", { name })).toBe("renamed an assessment to “Four tracks”");
    expect(sentence("assessment.review_requested", { name })).toBe("asked for a review of “Four tracks”");
    expect(sentence("assessment.review_withdrawn", { name })).toBe("withdrew “Four tracks” from review");
    expect(sentence("assessment.approved", { name })).toBe("approved “Four tracks”");
    expect(sentence("assessment.changes_requested", { name })).toBe("asked for changes to “Four tracks”");
    expect(sentence("assessment.published", { name, detail: "2" })).toBe(
      "published version 2 of “Four tracks”",
    );
    expect(sentence("assessment.published")).toBe("published an assessment");
    expect(sentence("comment.created", { assessmentId: ASSESSMENT })).toBe("commented on an assessment");
  });
});

describe("activity links", () => {
  const slug = "demo";
  const href = (value: ActivityEntryFacts) => {
    const target = describeActivity(value).target;
    return target ? activityHref(slug, target) : null;
  };

  it("leads to the claim, article, source or tag", () => {
    expect(href(entry("claim.rated"))).toBe(`/t/demo/claims/${SUBJECT}`);
    expect(href(entry("article.attached"))).toBe(`/t/demo/articles/${SUBJECT}`);
    expect(href(entry("source.rated"))).toBe(`/t/demo/sources/${SUBJECT}`);
    expect(href(entry("tag.created"))).toBe(`/t/demo/claims?tag=${SUBJECT}`);
  });

  it("leads to the assessment, and a comment on one to it", () => {
    expect(href(entry("assessment.published"))).toBe(`/t/demo/assessments/${SUBJECT}`);
    expect(href(entry("assessment.review_requested"))).toBe(`/t/demo/assessments/${SUBJECT}`);
    expect(href(entry("comment.created", { assessmentId: ASSESSMENT }))).toBe(
      `/t/demo/assessments/${ASSESSMENT}`,
    );
    expect(href(entry("comment.replied", { assessmentId: ASSESSMENT }))).toBe(
      `/t/demo/assessments/${ASSESSMENT}`,
    );
  });

  it("leads a comment to its claim, else its article", () => {
    expect(href(entry("comment.created", { claimId: CLAIM, articleId: ARTICLE }))).toBe(
      `/t/demo/claims/${CLAIM}`,
    );
    expect(href(entry("comment.created", { articleId: ARTICLE }))).toBe(`/t/demo/articles/${ARTICLE}`);
  });

  it("does not lead to what is gone", () => {
    expect(href(entry("tag.deleted"))).toBeNull();
    expect(href(entry("claim.deleted"))).toBeNull();
    expect(href(entry("claim.deleted", { articleId: ARTICLE }))).toBe(`/t/demo/articles/${ARTICLE}`);
    expect(href(entry("member.joined"))).toBeNull();
  });
});

describe("activity grouping and days", () => {
  const at = new Date(2025, 1, 27, 10, 30);
  const row = (verb: string, actorName: string, createdAt: Date) => ({ verb, actorName, createdAt });

  it("joins entries one action wrote together", () => {
    const groups = groupActivity([
      row("claim.tagged", "Ana", at),
      row("claim.tagged", "Ana", new Date(at)),
      row("claim.tagged", "Ben", at),
      row("claim.tagged", "Ben", new Date(at.getTime() - 1000)),
    ]);
    expect(groups.map((group) => [group.entry.actorName, group.count])).toEqual([
      ["Ana", 2],
      ["Ben", 1],
      ["Ben", 1],
    ]);
  });

  it("labels today, yesterday and older days", () => {
    const now = new Date(2025, 1, 27, 18, 0);
    expect(dayLabel(at, now)).toBe("Today");
    expect(dayLabel(new Date(2025, 1, 26, 23, 59), now)).toBe("Yesterday");
    expect(dayLabel(new Date(2025, 1, 20, 9, 0), now)).toBe("Thursday 20 February 2025");
    expect(dayLabel(new Date(2025, 1, 28, 23, 0), new Date(2025, 2, 1, 8, 0))).toBe("Yesterday");
    expect(dayKey(at)).toBe("2025-02-27");
  });

  it("cuts long statements at a word", () => {
    expect(quoted("short")).toBe("“short”");
    const long = quoted("word ".repeat(60), 30);
    expect(long.endsWith("…”")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(33);
  });
});
