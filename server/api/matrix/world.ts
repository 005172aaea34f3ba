import http from "node:http";
import type { AddressInfo } from "node:net";

import { and, eq } from "drizzle-orm";

import type { Database } from "@/db";
import { notifications } from "@/db/schema";
import { importText } from "@/server/services/articles/import-article";
import { startSession } from "@/server/services/auth/session-rows";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import { decideReview } from "@/server/services/assessments/decide-review";
import { publishAssessment } from "@/server/services/assessments/publish-assessment";
import { requestReview } from "@/server/services/assessments/request-review";
import { linkClaims } from "@/server/services/claims/link-claims";
import { createInvitation } from "@/server/services/invitations/create-invitation";
import {
  actorOf,
  createArticleFixture,
  createClaimFixture,
  createCommentFixture,
  createSourceFixture,
  createTagFixture,
  createTeamWithMembers,
  createUser,
  selectionIn,
} from "@/server/testing/factories";

import type { World, WorldTeam } from "./types";

async function buildTeam(db: Database): Promise<WorldTeam> {
  const team = await createTeamWithMembers(db);
  const owner = actorOf(team, "owner");
  const editor = actorOf(team, "editor");
  const viewer = actorOf(team, "viewer");
  const invitation = await createInvitation({ db, actor: owner }, { role: "viewer", expiresInDays: 7 });
  const article = await createArticleFixture(db, editor);
  const selection = await selectionIn(db, editor, article.id, "Both sides called the talks constructive");
  const source = await createSourceFixture(db, editor);
  const otherSource = await createSourceFixture(db, editor);
  const staged = await importText(
    { db, actor: editor },
    { text: `Staged text ${Math.random()} about the talks.` },
  );
  const tag = await createTagFixture(db, editor);
  const otherTag = await createTagFixture(db, editor);
  const claim = await createClaimFixture(db, editor, article.id, { tagIds: [tag.id] });
  const otherClaim = await createClaimFixture(db, editor, article.id, { phrase: "Both sides" });
  const link = await linkClaims(
    { db, actor: editor },
    { claimId: claim.id, toClaimId: otherClaim.id, kind: "corroborates" },
  );
  const thread = await createCommentFixture(db, viewer, { claimId: claim.id });
  await createCommentFixture(db, editor, { claimId: claim.id }, { threadId: thread.id });
  const [notification] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.teamId, team.team.id), eq(notifications.userId, viewer.userId)))
    .limit(1);
  if (!notification) throw new Error("world: the viewer was not notified of the reply");
  const assessment = await createAssessment(
    { db, actor: editor },
    { title: "World assessment", templateKey: "four-track" },
  );
  const inReview = await createAssessment(
    { db, actor: editor },
    { title: "World assessment in review", templateKey: "key-judgments" },
  );
  await requestReview({ db, actor: editor }, { assessmentId: inReview.id, reviewerIds: [owner.userId] });
  const approved = await createAssessment(
    { db, actor: editor },
    { title: "World assessment approved", templateKey: "key-judgments" },
  );
  await requestReview({ db, actor: editor }, { assessmentId: approved.id, reviewerIds: [owner.userId] });
  await decideReview({ db, actor: owner }, { assessmentId: approved.id, decision: "approve" });
  const published = await createAssessment(
    { db, actor: editor },
    { title: "World assessment published", templateKey: "four-track" },
  );
  await requestReview({ db, actor: editor }, { assessmentId: published.id, reviewerIds: [owner.userId] });
  await decideReview({ db, actor: owner }, { assessmentId: published.id, decision: "approve" });
  await publishAssessment({ db, actor: editor }, { assessmentId: published.id });
  return {
    ...team,
    invitation,
    article,
    selection,
    source,
    otherSource,
    importId: staged.importId,
    tag,
    otherTag,
    claim,
    otherClaim,
    link,
    thread,
    notification,
    assessment,
    inReview,
    approved,
    published,
  };
}

/** Two fully furnished teams and an outsider (signed in on two devices), fresh for each test. */
export async function buildWorld(db: Database, pageUrl: string): Promise<World> {
  const a = await buildTeam(db);
  const outsider = await createUser(db);
  const device = (userId: string) => startSession(db, { userId, userAgent: "matrix", ipAddress: null });
  const outsiderSession = await device(outsider.id);
  const strangerSession = await device(a.members.viewer.id);
  return {
    a,
    b: await buildTeam(db),
    outsider,
    outsiderSession: { id: outsiderSession.sessionId },
    strangerSession: { id: strangerSession.sessionId },
    pageUrl,
  };
}

/**
 * A page for articles.importUrl to fetch, on loopback, let through the SSRF guard by host:port only.
 * Resolves to its URL and a function that stops it.
 */
export async function startPageServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(
      `<html><body><p>Matrix page ${Math.random()}: diplomats met in Istanbul to discuss embassies.</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  process.env.URL_FETCH_ALLOW_HOSTS = `127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}/page`,
    stop: async () => {
      delete process.env.URL_FETCH_ALLOW_HOSTS;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
