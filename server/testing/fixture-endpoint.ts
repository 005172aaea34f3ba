import type { IncomingMessage, ServerResponse } from "node:http";

import { eq, sql } from "drizzle-orm";

import type { Database } from "@/db";
import { userSessions } from "@/db/schema";
import { TEAM_ROLES, isTeamRole } from "@/lib/roles";

import {
  createArticleFixture,
  createClaimFixture,
  createPublishedAssessmentFixture,
  createTagFixture,
  createTeamWithMembers,
  createUser,
} from "./factories";

/**
 * Test-only HTTP door to the factories, so end-to-end tests can set up data inside the app's own
 * process (PGlite allows one process per data folder). server.ts mounts it only when
 * E2E_FIXTURES=1, which nothing but the Playwright config sets.
 */
export async function handleFixtureRequest(db: Database, req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let body: {
    kind?: string;
    roles?: unknown;
    teamId?: string;
    userId?: string;
    text?: string;
    title?: string;
    articleId?: string;
    phrase?: string;
    statement?: string;
    name?: string;
    reviewerId?: string;
    claimId?: string;
  } = {};
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as typeof body;
  } catch {
    res.writeHead(400).end("bad json");
    return;
  }
  let result: unknown;
  if (body.kind === "team") {
    const roles = Array.isArray(body.roles) ? body.roles.filter(isTeamRole) : [...TEAM_ROLES];
    result = await createTeamWithMembers(db, roles);
  } else if (body.kind === "user") {
    result = await createUser(db);
  } else if (body.kind === "article" && body.teamId && body.userId) {
    // Attached by that member (an editor of the team) through the real import path.
    result = await createArticleFixture(
      db,
      { teamId: body.teamId, userId: body.userId, role: "editor" },
      { text: body.text, title: body.title },
    );
  } else if (body.kind === "claim" && body.teamId && body.userId && body.articleId) {
    result = await createClaimFixture(
      db,
      { teamId: body.teamId, userId: body.userId, role: "editor" },
      body.articleId,
      { phrase: body.phrase, statement: body.statement },
    );
  } else if (body.kind === "tag" && body.teamId && body.userId) {
    result = await createTagFixture(
      db,
      { teamId: body.teamId, userId: body.userId, role: "editor" },
      { name: body.name },
    );
  } else if (
    body.kind === "published-assessment" &&
    body.teamId &&
    body.userId &&
    body.reviewerId &&
    body.claimId
  ) {
    // Written and published by that editor, approved by the reviewer (an owner or another editor).
    result = await createPublishedAssessmentFixture(
      db,
      { teamId: body.teamId, userId: body.userId, role: "editor" },
      { teamId: body.teamId, userId: body.reviewerId, role: "owner" },
      body.claimId,
      body.title,
    );
  } else if (body.kind === "age-sessions" && body.userId) {
    // As if the person had signed in on each device long ago (the "confirm it is you" path).
    const aged = await db
      .update(userSessions)
      .set({ createdAt: sql`now() - interval '1 hour'` })
      .where(eq(userSessions.userId, body.userId))
      .returning({ id: userSessions.id });
    result = { aged: aged.length };
  } else {
    res.writeHead(400).end("unknown fixture kind");
    return;
  }
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
}
