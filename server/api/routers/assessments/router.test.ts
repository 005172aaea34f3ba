import { describe, expect, it } from "vitest";

import { assessmentAuthors, memberships } from "@/db/schema";
import { mentionToken } from "@/lib/mentions";
import type { DocJson } from "@/lib/assessments/types";
import { writeAssessmentContent } from "@/server/collab/persistence";
import { logAssessmentEdit } from "@/server/testing/assessment-edits";
import { expectTRPCError } from "@/server/testing/expect-error";
import {
  actorOf,
  createArticleFixture,
  createTeamWithMembers,
  createUser,
  selectionIn,
} from "@/server/testing/factories";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

const ARTICLE =
  "Talks in Istanbul\n\nDiplomats met in Istanbul to discuss the embassies. Both sides called the talks constructive. The next round will be in Riyadh.";
const STATEMENT = "Diplomats met in Istanbul about the embassies";

/** A key-judgments document: one judgment citing `claimId`, then a paragraph. */
function judgmentDoc(judgment: string, claimId: string, paragraph = "The evidence is thin."): DocJson {
  return {
    type: "doc",
    content: [
      {
        type: "keyJudgment",
        attrs: { likelihood: "likely", confidence: "moderate" },
        content: [
          { type: "text", text: judgment },
          { type: "citation", attrs: { claimId } },
        ],
      },
      { type: "paragraph", content: [{ type: "text", text: paragraph }] },
    ],
  };
}

/**
 * A team with an author (the editor who starts each assessment), two possible reviewers (the owner
 * and a second editor, the colleague), a viewer, and one claim on a rated outlet, rated 2.
 */
async function setup() {
  const world = await createTeamWithMembers(t.db, ["owner", "editor", "viewer"]);
  const slug = world.team.slug;
  const colleague = await createUser(t.db, { name: `Colleague ${slug}` });
  await t.db.insert(memberships).values({ teamId: world.team.id, userId: colleague.id, role: "editor" });
  const { owner, editor, viewer } = world.members;
  const as = (user: { id: string }) => callerFor(t.db, user.id);

  const article = await createArticleFixture(t.db, actorOf(world, "editor"), {
    text: ARTICLE,
    title: "Talks in Istanbul",
    outletName: "Wire One",
  });
  const outlet = (await as(owner).articles.get({ teamSlug: slug, articleId: article.id })).outlet;
  if (!outlet) throw new Error("no outlet");
  await as(owner).sources.rate({ teamSlug: slug, sourceId: outlet.id, grade: "B", rationale: "Solid." });
  const createClaim = async (phrase: string, statement: string) =>
    as(editor).claims.create({
      teamSlug: slug,
      articleId: article.id,
      ...(await selectionIn(t.db, actorOf(world, "editor"), article.id, phrase)),
      statement,
      type: "fact",
      rating: { level: "2", rationale: "Two outlets agree." },
    });
  const claim = await createClaim("Diplomats met in Istanbul", STATEMENT);

  /** The text as the collaboration server stores it (it is edited over a socket, not tRPC). */
  const writeDraft = async (assessmentId: string, doc: DocJson) => {
    await writeAssessmentContent(t.db, {
      teamId: world.team.id,
      assessmentId,
      json: doc,
      authorIds: [editor.id],
    });
  };
  const start = async (
    title = "Istanbul talks outlook",
    doc = judgmentDoc("Talks will resume.", claim.id),
  ) => {
    const created = await as(editor).assessments.create({
      teamSlug: slug,
      title,
      templateKey: "key-judgments",
    });
    await writeDraft(created.id, doc);
    return created.id;
  };
  const ref = (assessmentId: string) => ({ teamSlug: slug, assessmentId });
  const status = async (assessmentId: string) => (await as(viewer).assessments.get(ref(assessmentId))).status;
  /** Review by `reviewer`, approve, and publish as `publisher`. */
  const publishRound = async (
    assessmentId: string,
    reviewer: { id: string } = owner,
    publisher: { id: string } = editor,
  ) => {
    await as(editor).assessments.requestReview({ ...ref(assessmentId), reviewerIds: [reviewer.id] });
    await as(reviewer).assessments.decideReview({ ...ref(assessmentId), decision: "approve" });
    return as(publisher).assessments.publish(ref(assessmentId));
  };
  /** The kinds of one person's notifications about an assessment, oldest first. */
  const inbox = async (user: { id: string }, assessmentId: string) =>
    (await as(user).notifications.list({ teamSlug: slug })).items
      .filter((item) => item.assessment?.id === assessmentId)
      .reverse();
  return {
    world,
    slug,
    owner,
    editor,
    viewer,
    colleague,
    as,
    claim,
    createClaim,
    writeDraft,
    start,
    ref,
    status,
    publishRound,
    inbox,
  };
}

describe("assessments: asking for a review", () => {
  it("send a draft to review and notify each reviewer, refusing authors, viewers and an empty text", async () => {
    const s = await setup();
    const id = await s.start();
    await t.db
      .insert(assessmentAuthors)
      .values({ assessmentId: id, userId: s.colleague.id, teamId: s.world.team.id });

    const coauthor = await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.colleague.id] }),
      "BAD_REQUEST",
    );
    expect(coauthor.message).toContain(s.colleague.name);
    expect(coauthor.message).toMatch(/cannot review it/);
    const self = await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.editor.id] }),
      "BAD_REQUEST",
    );
    expect(self.message).toBe("Ask a teammate: you cannot review what you send for review.");
    const viewer = await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.viewer.id] }),
      "BAD_REQUEST",
    );
    expect(viewer.message).toMatch(/editors or owners/);
    const stranger = await createTeamWithMembers(t.db, ["editor"]);
    await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [stranger.members.editor.id] }),
      "BAD_REQUEST",
    );
    await expectTRPCError(
      s.as(s.viewer).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.owner.id] }),
      "FORBIDDEN",
    );
    await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [] }),
      "BAD_REQUEST",
    );
    expect(await s.status(id)).toBe("draft");
    expect(await s.inbox(s.owner, id)).toEqual([]);

    const sent = await s.as(s.editor).assessments.requestReview({
      ...s.ref(id),
      reviewerIds: [s.owner.id],
      note: "Please check the judgment.",
    });
    expect(sent).toEqual({ id, status: "in_review" });
    const page = await s.as(s.owner).assessments.get(s.ref(id));
    expect(page.status).toBe("in_review");
    expect(page.reviews.map((review) => [review.reviewerName, review.state])).toEqual([
      [s.owner.name, "requested"],
    ]);
    expect(page.permissions).toMatchObject({ canReview: true, canEdit: false });
    const [notice, ...more] = await s.inbox(s.owner, id);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({
      kind: "review_requested",
      actorName: s.editor.name,
      excerpt: "Please check the judgment.",
    });
    expect(await s.inbox(s.editor, id)).toEqual([]);
  });

  it("count whoever started the assessment as an author, though they never typed in it", async () => {
    const s = await setup();
    const started = await s.as(s.owner).assessments.create({
      teamSlug: s.slug,
      title: "Owner's outlook",
      templateKey: "four-track",
    });
    const error = await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(started.id), reviewerIds: [s.owner.id] }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain(s.owner.name);
    expect(await s.status(started.id)).toBe("draft");
  });

  it("say what is still open in the text: the Checks findings and the template's sentences", async () => {
    const s = await setup();
    const fresh = await s.as(s.editor).assessments.create({
      teamSlug: s.slug,
      title: "Embassy outlook",
      templateKey: "key-judgments",
    });
    const { readiness } = await s.as(s.owner).assessments.get(s.ref(fresh.id));
    expect(readiness).toMatchObject({
      summary: "9 open findings in Checks and 6 template sentences still in the text.",
      findings: 9,
    });
    expect(readiness.placeholders[0]).toBe("First judgment.");
    const own = await s.start("Istanbul talks outlook", judgmentDoc("Talks will resume.", s.claim.id));
    expect((await s.as(s.owner).assessments.get(s.ref(own))).readiness.placeholders).toEqual([]);
  });

  it("under the team's rule of nothing open, refuse to send or publish a text with open findings, saying what is open", async () => {
    const s = await setup();
    const open: DocJson = {
      type: "doc",
      content: [
        { type: "keyJudgment", attrs: {}, content: [{ type: "text", text: "Talks will resume." }] },
        { type: "paragraph", content: [{ type: "text", text: "The evidence is thin." }] },
      ],
    };
    // Only owners set the rule; it is off for a new team.
    expect((await s.as(s.editor).teams.get({ teamSlug: s.slug })).requiresNothingOpen).toBe(false);
    await expectTRPCError(
      s.as(s.editor).teams.update({ teamSlug: s.slug, requiresNothingOpen: true }),
      "FORBIDDEN",
    );
    // Off: a text with open findings goes to review and is approved (the dialogs say what is open).
    const early = await s.start("Approved before the rule", open);
    await s.as(s.editor).assessments.requestReview({ ...s.ref(early), reviewerIds: [s.owner.id] });
    await s.as(s.owner).assessments.decideReview({ ...s.ref(early), decision: "approve" });

    const turned = await s.as(s.owner).teams.update({ teamSlug: s.slug, requiresNothingOpen: true });
    expect(turned.requiresNothingOpen).toBe(true);
    const id = await s.start("Istanbul talks outlook", open);
    const page = await s.as(s.editor).assessments.get(s.ref(id));
    expect(page.requiresNothingOpen).toBe(true);
    expect(page.readiness.findings).toBeGreaterThan(0);
    const refused = await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.owner.id] }),
      "PRECONDITION_FAILED",
    );
    expect(refused.message).toBe(
      `This team sends for review and publishes only a text with nothing open, and this one has ${page.readiness.summary?.replace(/\.$/, "")}. Resolve them, then send it again.`,
    );
    expect(await s.status(id)).toBe("draft");
    expect(await s.inbox(s.owner, id)).toEqual([]);

    // The one approved before the rule stays approved, and is not published while it has findings.
    const notPublished = await expectTRPCError(
      s.as(s.editor).assessments.publish(s.ref(early)),
      "PRECONDITION_FAILED",
    );
    expect(notPublished.message).toMatch(
      /^This team sends for review and publishes only a text with nothing open/,
    );
    expect(await s.status(early)).toBe("approved");
    expect((await s.as(s.viewer).assessments.versions(s.ref(early))).items).toEqual([]);

    // Resolved a moment ago (the change logged, not yet stored), it goes: the rule reads the text as
    // its editors have it, not the stored copy that trails it by a store.
    const key = { teamId: s.world.team.id, assessmentId: id, userId: s.editor.id };
    await logAssessmentEdit(t.db, key, judgmentDoc("Talks will resume.", s.claim.id));
    expect((await s.as(s.editor).assessments.get(s.ref(id))).readiness.summary).not.toBeNull();
    expect(await s.publishRound(id)).toMatchObject({ number: 1 });

    // And a finding typed a moment ago, not yet stored, holds the next round back.
    await logAssessmentEdit(t.db, key, open);
    const fresh = await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.owner.id] }),
      "PRECONDITION_FAILED",
    );
    expect(fresh.message).toMatch(/^This team sends for review and publishes only a text with nothing open/);
  });

  it("refuse to send a blank assessment, which has no words to review", async () => {
    const s = await setup();
    const blank = await s.as(s.editor).assessments.create({
      teamSlug: s.slug,
      title: "Nothing yet",
      templateKey: "blank",
    });
    const error = await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(blank.id), reviewerIds: [s.owner.id] }),
      "PRECONDITION_FAILED",
    );
    expect(error.message).toMatch(/no text/);
  });
});

describe("assessments: deciding and withdrawing a review", () => {
  it("let no author approve, need a note to request changes, and send it back to draft with a notice", async () => {
    const s = await setup();
    const id = await s.start();
    await t.db
      .insert(assessmentAuthors)
      .values({ assessmentId: id, userId: s.colleague.id, teamId: s.world.team.id });
    await s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.owner.id] });

    for (const author of [s.editor, s.colleague]) {
      const error = await expectTRPCError(
        s.as(author).assessments.decideReview({ ...s.ref(id), decision: "approve" }),
        "FORBIDDEN",
      );
      expect(error.message).toMatch(/You wrote part of this assessment/);
    }
    await expectTRPCError(
      s.as(s.viewer).assessments.decideReview({ ...s.ref(id), decision: "approve" }),
      "FORBIDDEN",
    );
    for (const note of [undefined, "   "]) {
      const error = await expectTRPCError(
        s.as(s.owner).assessments.decideReview({ ...s.ref(id), decision: "request_changes", note }),
        "BAD_REQUEST",
      );
      expect(error.message).toMatch(/Say what should change/);
    }
    expect(await s.status(id)).toBe("in_review");

    const sentBack = await s.as(s.owner).assessments.decideReview({
      ...s.ref(id),
      decision: "request_changes",
      note: "Cite a second source.",
    });
    expect(sentBack).toEqual({ id, status: "draft" });
    expect(await s.status(id)).toBe("draft");
    for (const author of [s.editor, s.colleague]) {
      const kinds = (await s.inbox(author, id)).map((item) => [item.kind, item.excerpt]);
      expect(kinds).toEqual([["changes_requested", "Cite a second source."]]);
    }
    const late = await expectTRPCError(
      s.as(s.owner).assessments.decideReview({ ...s.ref(id), decision: "approve" }),
      "PRECONDITION_FAILED",
    );
    expect(late.message).toMatch(/not waiting for a review/);
  });

  it("approve a reviewed draft, lock it from further requests, and refuse a second decision", async () => {
    const s = await setup();
    const id = await s.start();
    await s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.owner.id] });
    const approved = await s.as(s.owner).assessments.decideReview({ ...s.ref(id), decision: "approve" });
    expect(approved).toEqual({ id, status: "approved" });
    const page = await s.as(s.editor).assessments.get(s.ref(id));
    expect(page.status).toBe("approved");
    expect(page.reviews.map((review) => review.state)).toEqual(["approved"]);
    expect(page.permissions).toMatchObject({ canPublish: true, canEdit: false });
    expect((await s.inbox(s.editor, id)).map((item) => item.kind)).toEqual(["approved"]);

    await expectTRPCError(
      s.as(s.owner).assessments.decideReview({ ...s.ref(id), decision: "approve" }),
      "PRECONDITION_FAILED",
    );
    await expectTRPCError(
      s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.colleague.id] }),
      "PRECONDITION_FAILED",
    );
  });

  it("withdraw a review back to draft, closing the requests; a draft has nothing to withdraw", async () => {
    const s = await setup();
    const id = await s.start();
    const draft = await expectTRPCError(
      s.as(s.editor).assessments.withdrawReview(s.ref(id)),
      "PRECONDITION_FAILED",
    );
    expect(draft.message).toMatch(/not waiting for a review/);
    await s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.owner.id] });
    await expectTRPCError(s.as(s.viewer).assessments.withdrawReview(s.ref(id)), "FORBIDDEN");

    expect(await s.as(s.editor).assessments.withdrawReview(s.ref(id))).toEqual({ id, status: "draft" });
    // The reviewer who had not decided is told the request is withdrawn.
    expect((await s.inbox(s.owner, id)).map((item) => item.kind)).toEqual([
      "review_requested",
      "review_withdrawn",
    ]);
    const page = await s.as(s.editor).assessments.get(s.ref(id));
    expect(page.status).toBe("draft");
    expect(page.reviews).toEqual([]);
    await expectTRPCError(
      s.as(s.owner).assessments.decideReview({ ...s.ref(id), decision: "approve" }),
      "PRECONDITION_FAILED",
    );
  });
});

describe("assessments: publishing versions", () => {
  it("publish only an approved assessment, keeping its content, approver and the claims' codes of that moment", async () => {
    const s = await setup();
    const doc = judgmentDoc("Talks will resume.", s.claim.id);
    const id = await s.start("Istanbul talks outlook", doc);
    await expectTRPCError(s.as(s.editor).assessments.publish(s.ref(id)), "PRECONDITION_FAILED");
    await s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.owner.id] });
    const early = await expectTRPCError(s.as(s.editor).assessments.publish(s.ref(id)), "PRECONDITION_FAILED");
    expect(early.message).toMatch(/Only an approved assessment/);
    await s.as(s.owner).assessments.decideReview({ ...s.ref(id), decision: "approve" });
    await expectTRPCError(s.as(s.viewer).assessments.publish(s.ref(id)), "FORBIDDEN");

    // The colleague, who neither wrote nor reviewed it, publishes: author and reviewer are both told.
    const published = await s.as(s.colleague).assessments.publish(s.ref(id));
    expect(published).toMatchObject({ id, number: 1 });
    const page = await s.as(s.editor).assessments.get(s.ref(id));
    expect(page).toMatchObject({ status: "draft", publishedVersion: 1 });
    // Publishing ends the round: the next version's review starts with none listed.
    expect(page.reviews).toEqual([]);

    const version = await s.as(s.viewer).assessments.version({ ...s.ref(id), number: 1 });
    expect(version).toMatchObject({
      id: published.versionId,
      number: 1,
      title: "Istanbul talks outlook",
      content: doc,
      approvedByName: s.owner.name,
      publishedByName: s.colleague.name,
      isLatest: true,
      latestNumber: 1,
      reReview: [],
    });
    expect(version.citations).toEqual([
      expect.objectContaining({
        claimId: s.claim.id,
        statement: STATEMENT,
        quote: "Diplomats met in Istanbul",
        code: "B2",
        credibility: "2",
        reliability: "B",
        contradictionsCount: 0,
        articleTitle: "Talks in Istanbul",
        outletName: "Wire One",
      }),
    ]);
    expect((await s.inbox(s.editor, id)).map((item) => item.kind)).toEqual(["approved", "published"]);
    expect((await s.inbox(s.owner, id)).map((item) => item.kind)).toEqual(["review_requested", "published"]);
    expect(await s.inbox(s.colleague, id)).toEqual([]);
    await expectTRPCError(s.as(s.viewer).assessments.version({ ...s.ref(id), number: 2 }), "NOT_FOUND");
  });

  it("number a second round 2, leave version 1 as it was, and list both newest first", async () => {
    const s = await setup();
    const first = judgmentDoc("Talks will resume.", s.claim.id);
    const id = await s.start("Istanbul talks outlook", first);
    const v1 = await s.publishRound(id);
    expect(v1.number).toBe(1);

    // Between rounds the draft is rewritten, the claim re-rated (better: no re-review) and renamed.
    const second = judgmentDoc("Talks will resume in Riyadh next month.", s.claim.id);
    await s.writeDraft(id, second);
    await s.as(s.editor).assessments.update({ ...s.ref(id), title: "Istanbul talks outlook, revised" });
    await s.as(s.editor).claims.rate({
      teamSlug: s.slug,
      claimId: s.claim.id,
      level: "1",
      rationale: "Confirmed by officials.",
    });
    const v2 = await s.publishRound(id, s.colleague, s.owner);
    expect(v2.number).toBe(2);
    expect(await s.as(s.viewer).assessments.get(s.ref(id))).toMatchObject({
      status: "draft",
      publishedVersion: 2,
    });

    const one = await s.as(s.viewer).assessments.version({ ...s.ref(id), number: 1 });
    expect(one).toMatchObject({
      content: first,
      title: "Istanbul talks outlook",
      approvedByName: s.owner.name,
      isLatest: false,
      latestNumber: 2,
    });
    expect(one.citations.map((citation) => citation.code)).toEqual(["B2"]);
    const two = await s.as(s.viewer).assessments.version({ ...s.ref(id), number: 2 });
    expect(two).toMatchObject({
      content: second,
      title: "Istanbul talks outlook, revised",
      approvedByName: s.colleague.name,
      publishedByName: s.owner.name,
      isLatest: true,
    });
    expect(two.citations.map((citation) => [citation.code, citation.credibility])).toEqual([["B1", "1"]]);

    const versions = await s.as(s.viewer).assessments.versions(s.ref(id));
    expect(versions.items.map((item) => [item.number, item.approvedByName])).toEqual([
      [2, s.colleague.name],
      [1, s.owner.name],
    ]);
    const feed = await s.as(s.viewer).assessments.published({ teamSlug: s.slug });
    expect(feed.items.map((item) => [item.number, item.isLatest, item.citationsCount])).toEqual([
      [2, true, 1],
      [1, false, 1],
    ]);
    expect(feed.items[0]).toMatchObject({ id: v2.versionId, assessmentId: id });
    expect(feed.items[0]?.excerpt).toContain("Talks will resume in Riyadh next month.");
    const firstPage = await s.as(s.viewer).assessments.published({ teamSlug: s.slug, limit: 1 });
    expect(firstPage.items.map((item) => item.number)).toEqual([2]);
    const nextPage = await s.as(s.viewer).assessments.published({
      teamSlug: s.slug,
      limit: 1,
      cursor: firstPage.nextCursor ?? undefined,
    });
    expect(nextPage.items.map((item) => item.number)).toEqual([1]);
    expect(nextPage.nextCursor).toBeNull();
    // Each round tells its authors and reviewers, never its publisher.
    const published = async (user: { id: string }) =>
      (await s.inbox(user, id)).filter((item) => item.kind === "published").map((item) => item.detail);
    expect(await published(s.owner)).toEqual(["Version 1"]);
    expect(await published(s.editor)).toEqual(["Version 2"]);
    expect(await published(s.colleague)).toEqual(["Version 2"]);
  });
});

describe("assessments: re-review after a published version's claims change", () => {
  it("flag a downgraded claim and a new contradiction, and tell the authors once per change", async () => {
    const s = await setup();
    const id = await s.start();
    await s.publishRound(id);
    // A colleague, not an author, re-rates the claim the editor's assessment cites.
    const rate = (level: "2" | "5") =>
      s.as(s.colleague).claims.rate({ teamSlug: s.slug, claimId: s.claim.id, level, rationale: "Re-read." });
    const reReviews = async () =>
      (await s.inbox(s.editor, id)).filter((item) => item.kind === "re_review").map((item) => item.detail);

    await rate("2");
    expect((await s.as(s.viewer).assessments.version({ ...s.ref(id), number: 1 })).reReview).toEqual([]);
    expect(await reReviews()).toEqual([]);

    await rate("5");
    const flagged = await s.as(s.viewer).assessments.version({ ...s.ref(id), number: 1 });
    expect(flagged.reReview).toEqual([
      { claimId: s.claim.id, statement: STATEMENT, changes: ["credibility went from 2 to 5"] },
    ]);
    expect(flagged.citations[0]?.credibility).toBe("2");
    expect(await reReviews()).toEqual([`Version 1: “${STATEMENT}”: credibility went from 2 to 5`]);
    await rate("5");
    expect(await reReviews()).toHaveLength(1);
    // Only the authors are told: the reviewer is not.
    expect((await s.inbox(s.owner, id)).map((item) => item.kind)).not.toContain("re_review");

    const other = await s.createClaim("The next round will be in Riyadh", "The next round is in Riyadh.");
    await s.as(s.colleague).claims.links.create({
      teamSlug: s.slug,
      claimId: other.id,
      toClaimId: s.claim.id,
      kind: "contradicts",
    });
    const contradicted = await s.as(s.viewer).assessments.version({ ...s.ref(id), number: 1 });
    expect(contradicted.reReview[0]?.changes).toEqual([
      "credibility went from 2 to 5",
      "another claim now contradicts it",
    ]);
    // The second notice tells the new change only, not the downgrade again.
    expect((await reReviews()).sort()).toEqual([
      `Version 1: “${STATEMENT}”: another claim now contradicts it`,
      `Version 1: “${STATEMENT}”: credibility went from 2 to 5`,
    ]);
  });

  it("say beforehand which published assessments a contradiction would flag", async () => {
    const s = await setup();
    const id = await s.start("Istanbul talks outlook");
    const other = await s.createClaim("The next round will be in Riyadh", "The next round is in Riyadh.");
    const impact = (claimIds: string[]) =>
      s.as(s.colleague).claims.reReviewImpact({ teamSlug: s.slug, claimIds });
    // A draft is not published work yet.
    expect((await impact([s.claim.id, other.id])).items).toEqual([]);
    await s.publishRound(id);
    expect((await impact([other.id, s.claim.id])).items).toEqual([
      { assessmentId: id, title: "Istanbul talks outlook", number: 1 },
    ]);
    expect((await impact([other.id])).items).toEqual([]);
  });

  it("do not tell an author about their own change", async () => {
    const s = await setup();
    const id = await s.start();
    await s.publishRound(id);
    await s.as(s.editor).claims.rate({ teamSlug: s.slug, claimId: s.claim.id, level: "5", rationale: "No." });
    expect((await s.as(s.viewer).assessments.version({ ...s.ref(id), number: 1 })).reReview).toHaveLength(1);
    expect((await s.inbox(s.editor, id)).map((item) => item.kind)).not.toContain("re_review");
  });
});

describe("assessments: comparing and exporting versions", () => {
  it("show the words that changed between two versions and between a version and the draft", async () => {
    const s = await setup();
    const id = await s.start("Istanbul talks outlook", judgmentDoc("Talks will resume.", s.claim.id));
    await s.publishRound(id);
    await s.writeDraft(id, judgmentDoc("Talks will resume in Riyadh.", s.claim.id));
    const addedWords = (blocks: { kind: string; parts?: { text: string; change: string }[] }[]) =>
      blocks
        .flatMap((block) => (block.kind === "changed" ? (block.parts ?? []) : []))
        .filter((part) => part.change === "added")
        .map((part) => part.text)
        .join("");

    const toDraft = await s.as(s.viewer).assessments.diff({ ...s.ref(id), from: 1, to: "draft" });
    expect(toDraft).toMatchObject({ from: 1, to: "draft", stats: { added: 0, removed: 0, changed: 1 } });
    expect(addedWords(toDraft.blocks)).toContain("in Riyadh");
    expect(toDraft.blocks[0]).toEqual({ kind: "same", text: "# Istanbul talks outlook" });

    await s.publishRound(id);
    const between = await s.as(s.viewer).assessments.diff({ ...s.ref(id), from: 1, to: 2 });
    expect(between.stats.changed).toBe(1);
    expect(addedWords(between.blocks)).toContain("in Riyadh");
    const changed = between.blocks.find((block) => block.kind === "changed");
    expect(changed?.kind === "changed" && changed.parts.some((part) => part.change === "same")).toBe(true);
    const same = await s.as(s.viewer).assessments.diff({ ...s.ref(id), from: 2, to: "draft" });
    expect(same.stats).toEqual({ added: 0, removed: 0, changed: 0 });
    await expectTRPCError(s.as(s.viewer).assessments.diff({ ...s.ref(id), from: 1, to: 3 }), "NOT_FOUND");
  });

  it("export a version and the draft as Markdown with the judgment's likelihood and numbered notes", async () => {
    const s = await setup();
    const id = await s.start("Istanbul talks: outlook");
    await s.publishRound(id);

    const version = await s.as(s.viewer).assessments.exportMarkdown({ ...s.ref(id), number: 1 });
    expect(version.fileName).toBe("istanbul-talks-outlook-v1.md");
    const lines = version.markdown.split("\n");
    expect(lines[0]).toBe("# Istanbul talks: outlook");
    expect(version.markdown).toContain(
      "**Key judgment** (likely (55–80%); moderate confidence): Talks will resume.[^1]",
    );
    expect(version.markdown).toContain("\n## Notes\n");
    const note = lines.find((line) => line.startsWith("[^1]: "));
    expect(note).toContain(STATEMENT);
    expect(note).toContain("“Diplomats met in Istanbul”");
    expect(note).toContain("Code B2.");

    const draft = await s.as(s.viewer).assessments.exportMarkdown(s.ref(id));
    expect(draft.fileName).toBe("istanbul-talks-outlook-draft.md");
    expect(draft.markdown).toContain("not published");
    await expectTRPCError(
      s.as(s.viewer).assessments.exportMarkdown({ ...s.ref(id), number: 2 }),
      "NOT_FOUND",
    );
  });
});

describe("assessments: another team's review and versions do not exist", () => {
  it("answer NOT_FOUND to another team's members, under their own team, and leave its feed out", async () => {
    const s = await setup();
    const id = await s.start();
    await s.publishRound(id);
    await s.as(s.editor).assessments.requestReview({ ...s.ref(id), reviewerIds: [s.owner.id] });
    await s.as(s.owner).assessments.decideReview({ ...s.ref(id), decision: "approve" });

    const other = await createTeamWithMembers(t.db, ["owner"]);
    const them = callerFor(t.db, other.members.owner.id).assessments;
    const theirs = { teamSlug: other.team.slug, assessmentId: id };
    await expectTRPCError(them.version({ ...theirs, number: 1 }), "NOT_FOUND");
    await expectTRPCError(them.versions(theirs), "NOT_FOUND");
    await expectTRPCError(them.diff({ ...theirs, from: 1, to: "draft" }), "NOT_FOUND");
    await expectTRPCError(them.exportMarkdown({ ...theirs, number: 1 }), "NOT_FOUND");
    await expectTRPCError(them.publish(theirs), "NOT_FOUND");
    await expectTRPCError(them.withdrawReview(theirs), "NOT_FOUND");
    await expectTRPCError(them.decideReview({ ...theirs, decision: "approve" }), "NOT_FOUND");
    await expectTRPCError(
      them.requestReview({ ...theirs, reviewerIds: [other.members.owner.id] }),
      "NOT_FOUND",
    );
    expect((await them.published({ teamSlug: other.team.slug })).items).toEqual([]);
    // Their own slug cannot reach it either: a team slug they do not belong to is not found.
    await expectTRPCError(them.version({ ...s.ref(id), number: 1 }), "NOT_FOUND");

    expect(await s.status(id)).toBe("approved");
    expect((await s.as(s.viewer).assessments.versions(s.ref(id))).items).toHaveLength(1);
  });
});

describe("assessments: comments on the text", () => {
  it("discuss a quoted passage or the whole, with mentions that notify and threads that resolve", async () => {
    const { slug, editor, viewer, as, start, inbox, ref } = await setup();
    const other = await setup();
    const assessmentId = await start();
    const subject = { assessmentId };
    const thread = await as(viewer).comments.create({
      teamSlug: slug,
      subject,
      body: `Is this right, ${mentionToken({ userId: editor.id, name: editor.name })}?`,
      quote: "Talks will resume.",
    });
    await as(editor).comments.create({
      teamSlug: slug,
      subject,
      threadId: thread.id,
      body: "Yes, two sources.",
    });
    await as(editor).comments.create({ teamSlug: slug, subject, body: "A note on the whole draft." });
    const listed = await as(viewer).comments.list({ teamSlug: slug, subject });
    expect(listed.threads.map((item) => [item.quote, item.replies.length])).toEqual([
      ["Talks will resume.", 1],
      [null, 0],
    ]);
    expect((await inbox(editor, assessmentId)).map((item) => item.kind)).toEqual(["mention"]);
    expect((await inbox(viewer, assessmentId)).map((item) => item.kind)).toEqual(["reply"]);
    await as(viewer).comments.resolve({ teamSlug: slug, commentId: thread.id, isResolved: true });
    expect(
      (await as(editor).comments.list({ teamSlug: slug, subject })).threads[0]?.resolvedAt,
    ).not.toBeNull();
    // Another team's assessment does not exist for them, even to comment on.
    await expectTRPCError(
      other.as(other.viewer).comments.create({ teamSlug: other.slug, subject, body: "Mine?" }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      other.as(other.viewer).comments.list({ teamSlug: other.slug, subject }),
      "NOT_FOUND",
    );
    expect((await as(viewer).assessments.get(ref(assessmentId))).id).toBe(assessmentId);
  });
});
