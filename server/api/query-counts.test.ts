/**
 * No N+1 on the hot paths (issue 11, item 3): the reader and the lists send the same number of
 * statements for a team with a little data as for one with ten times as much (each row's tags,
 * comments, ratings and people come in one statement for all rows, never one per row), and no more
 * than today's count: the membership check (which also reads the team's settings, so no call reads
 * them again) and the call's own statements. Counted on the real database, through the procedures as a browser calls them.
 */
import { describe, expect, it } from "vitest";

import {
  actorOf,
  createArticleFixture,
  createClaimFixture,
  createCommentFixture,
  createSourceFixture,
  createTagFixture,
  createTeamWithMembers,
} from "@/server/testing/factories";
import { callerFor, setupTestDatabase, statementsOf } from "@/server/testing/test-database";
import { rateSource } from "@/server/services/sources/rate-source";
import { tagClaims } from "@/server/services/claims/tag-claims";

const t = setupTestDatabase();

/**
 * A team whose one article carries `claims` claims (each tagged, commented on and replied to, so the
 * owner's inbox fills), `claims` more articles, and `claims` rated sources.
 */
async function teamWith(claims: number) {
  const team = await createTeamWithMembers(t.db, ["owner", "editor"]);
  const owner = actorOf(team, "owner");
  const editor = actorOf(team, "editor");
  const article = await createArticleFixture(t.db, editor);
  const tag = await createTagFixture(t.db, editor);
  const claimIds: string[] = [];
  for (let i = 0; i < claims; i++) {
    const claim = await createClaimFixture(t.db, editor, article.id);
    claimIds.push(claim.id);
    const thread = await createCommentFixture(t.db, owner, { claimId: claim.id });
    await createCommentFixture(t.db, editor, { claimId: claim.id }, { threadId: thread.id });
    await createArticleFixture(t.db, editor);
    const source = await createSourceFixture(t.db, editor);
    await rateSource(
      { db: t.db, actor: editor },
      { sourceId: source.id, grade: "B", rationale: "Often right." },
    );
  }
  await tagClaims({ db: t.db, actor: editor }, { claimIds, addTagIds: [tag.id], removeTagIds: [] });
  return { slug: team.team.slug, articleId: article.id, owner, editor };
}

type World = Awaited<ReturnType<typeof teamWith>>;

/** Each hot call, and the most statements it may send (the membership check included). */
const CALLS: [string, number, (world: World) => Promise<unknown>][] = [
  ["the library", 2, (w) => callerFor(t.db, w.owner.userId).articles.list({ teamSlug: w.slug })],
  [
    "a library search",
    2,
    (w) => callerFor(t.db, w.owner.userId).articles.list({ teamSlug: w.slug, q: "diplomats istanbul" }),
  ],
  [
    "the reader's article",
    2,
    (w) => callerFor(t.db, w.owner.userId).articles.get({ teamSlug: w.slug, articleId: w.articleId }),
  ],
  [
    "the reader's claims",
    5,
    (w) => callerFor(t.db, w.owner.userId).claims.listByArticle({ teamSlug: w.slug, articleId: w.articleId }),
  ],
  ["the Claims page", 4, (w) => callerFor(t.db, w.owner.userId).claims.list({ teamSlug: w.slug })],
  [
    "a Claims page search",
    5,
    (w) => callerFor(t.db, w.owner.userId).claims.list({ teamSlug: w.slug, q: "istanbul" }),
  ],
  ["the inbox", 3, (w) => callerFor(t.db, w.owner.userId).notifications.list({ teamSlug: w.slug })],
  ["the sources", 2, (w) => callerFor(t.db, w.owner.userId).sources.list({ teamSlug: w.slug })],
  [
    "search everything",
    8,
    (w) => callerFor(t.db, w.owner.userId).search.everything({ teamSlug: w.slug, q: "istanbul" }),
  ],
];

describe("statements per call on the hot paths", () => {
  it.each(CALLS)(
    "%s sends as many statements for 10 rows as for 1, at most %i",
    async (_label, budget, call) => {
      const small = await teamWith(1);
      const large = await teamWith(10);
      const few = await statementsOf(() => call(small));
      const many = await statementsOf(() => call(large));
      expect(many.statements.length).toBe(few.statements.length);
      expect(many.statements.length).toBeLessThanOrEqual(budget);
    },
  );
});
