import { randomUUID } from "node:crypto";

import { and, eq } from "drizzle-orm";

import type { Database } from "@/db";
import { articles, memberships, teams, users } from "@/db/schema";
import type { TagColor } from "@/lib/claims";
import type { TeamRole } from "@/lib/roles";
import type { SourceKind } from "@/lib/sources";
import { writeAssessmentContent } from "@/server/collab/persistence";
import { createArticle } from "@/server/services/articles/create-article";
import { importText } from "@/server/services/articles/import-article";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import { decideReview } from "@/server/services/assessments/decide-review";
import { publishAssessment } from "@/server/services/assessments/publish-assessment";
import { requestReview } from "@/server/services/assessments/request-review";
import { createClaim, type CreateClaimInput } from "@/server/services/claims/create-claim";
import type { CommentSubject } from "@/server/services/comments/comment-rows";
import { createComment } from "@/server/services/comments/create-comment";
import type { Actor } from "@/server/services/context";
import { createSource } from "@/server/services/sources/create-source";
import { hashPassword } from "@/server/services/auth/password";
import { createTag } from "@/server/services/tags/create-tag";

/**
 * Test data factories, shared by the integration tests and (through server.ts's fixture endpoint)
 * the end-to-end tests. Every call makes fresh, uniquely named rows, so tests never share data.
 */
export const FACTORY_PASSWORD = "correct horse battery staple";

let cachedHash: Promise<string> | undefined;

function unique(): string {
  return randomUUID().slice(0, 8);
}

export interface FactoryUser {
  id: string;
  name: string;
  email: string;
  password: string;
}

/** A user who can sign in with {@link FACTORY_PASSWORD}. */
export async function createUser(
  db: Database,
  overrides: { name?: string; email?: string } = {},
): Promise<FactoryUser> {
  const tag = unique();
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  const [row] = await db
    .insert(users)
    .values({
      name: overrides.name ?? `Analyst ${tag}`,
      email: (overrides.email ?? `analyst-${tag}@test.example`).toLowerCase(),
      passwordHash: await cachedHash,
    })
    .returning({ id: users.id, name: users.name, email: users.email });
  if (!row) throw new Error("factory: user not created");
  return { ...row, password: FACTORY_PASSWORD };
}

export interface FactoryTeam<R extends TeamRole = TeamRole> {
  team: { id: string; name: string; slug: string };
  /** One member per requested role, keyed by role. */
  members: Record<R, FactoryUser>;
}

const ALL_ROLES: readonly TeamRole[] = ["owner", "editor", "viewer"];

/** A team with one owner, one editor and one viewer (or the roles asked for). */
export async function createTeamWithMembers<R extends TeamRole = TeamRole>(
  db: Database,
  roles: readonly R[] = ALL_ROLES as readonly R[],
): Promise<FactoryTeam<R>> {
  const tag = unique();
  const [team] = await db
    .insert(teams)
    .values({ name: `Team ${tag}`, slug: `team-${tag}` })
    .returning({ id: teams.id, name: teams.name, slug: teams.slug });
  if (!team) throw new Error("factory: team not created");
  const entries: [R, FactoryUser][] = [];
  for (const role of roles) {
    const user = await createUser(db, { name: `${role[0]?.toUpperCase()}${role.slice(1)} ${tag}` });
    await db.insert(memberships).values({ teamId: team.id, userId: user.id, role });
    entries.push([role, user]);
  }
  return { team, members: Object.fromEntries(entries) as Record<R, FactoryUser> };
}

/** An actor for the factory team's member of `role`, for calling services directly. */
export function actorOf<R extends TeamRole>(team: FactoryTeam<R>, role: R): Actor {
  return { userId: team.members[role].id, teamId: team.team.id, role };
}

let articleCounter = 0;

/** An attached article, made through the real import path (paste → stage → attach). */
export async function createArticleFixture(
  db: Database,
  actor: Actor,
  overrides: { text?: string; title?: string; outletName?: string | null } = {},
): Promise<{ id: string; title: string }> {
  articleCounter += 1;
  const title = overrides.title ?? `Fixture article ${articleCounter} ${unique()}`;
  const text =
    overrides.text ??
    `${title}\nDiplomats met in Istanbul to discuss the embassies (fixture ${unique()}).\nBoth sides called the talks constructive.`;
  const preview = await importText({ db, actor }, { text });
  const result = await createArticle(
    { db, actor },
    {
      importId: preview.importId,
      title,
      outletName: overrides.outletName === undefined ? "Fixture Wire" : overrides.outletName,
    },
  );
  return { id: result.articleId, title };
}

/** A source made through the real service. */
export async function createSourceFixture(
  db: Database,
  actor: Actor,
  overrides: { name?: string; kind?: SourceKind } = {},
): Promise<{ id: string; name: string }> {
  const name = overrides.name ?? `Source ${unique()}`;
  const created = await createSource({ db, actor }, { kind: overrides.kind ?? "outlet", name });
  return { id: created.id, name: created.name };
}

/** A tag made through the real service. */
export async function createTagFixture(
  db: Database,
  actor: Actor,
  overrides: { name?: string; color?: TagColor; parentId?: string | null } = {},
): Promise<{ id: string; name: string }> {
  const tag = await createTag(
    { db, actor },
    {
      name: overrides.name ?? `Tag ${unique()}`,
      color: overrides.color ?? "blue",
      parentId: overrides.parentId ?? null,
    },
  );
  return { id: tag.id, name: tag.name };
}

/** Offsets of the first occurrence of `phrase` in an article's text, as a reader's selection would send. */
export async function selectionIn(
  db: Database,
  actor: Actor,
  articleId: string,
  phrase = "Diplomats met in Istanbul",
): Promise<{ start: number; end: number; quote: string }> {
  const [article] = await db
    .select({ text: articles.text })
    .from(articles)
    .where(and(eq(articles.id, articleId), eq(articles.teamId, actor.teamId)))
    .limit(1);
  const start = article?.text.indexOf(phrase) ?? -1;
  if (!article || start < 0) throw new Error(`factory: "${phrase}" is not in article ${articleId}`);
  return { start, end: start + phrase.length, quote: phrase };
}

/** A claim made through the real service, on a phrase of the article (the fixture article's by default). */
export async function createClaimFixture(
  db: Database,
  actor: Actor,
  articleId: string,
  overrides: Partial<Omit<CreateClaimInput, "articleId">> & { phrase?: string } = {},
): Promise<{ id: string; statement: string }> {
  const { phrase, ...rest } = overrides;
  const selection = await selectionIn(db, actor, articleId, phrase);
  const statement = rest.statement ?? `Claim ${unique()}: diplomats met in Istanbul.`;
  const created = await createClaim(
    { db, actor },
    { articleId, ...selection, type: "fact", ...rest, statement },
  );
  return { id: created.id, statement };
}

/** A comment (a new thread, or a reply with threadId) made through the real service. */
export async function createCommentFixture(
  db: Database,
  actor: Actor,
  subject: CommentSubject,
  overrides: { body?: string; threadId?: string | null } = {},
): Promise<{ id: string }> {
  const created = await createComment(
    { db, actor },
    { subject, body: overrides.body ?? `Comment ${unique()}`, threadId: overrides.threadId ?? null },
  );
  return { id: created.id };
}

/**
 * A published version 1 of an assessment whose one judgment cites `claimId`, through the services: the
 * author writes it, the reviewer approves it, the author publishes it.
 */
export async function createPublishedAssessmentFixture(
  db: Database,
  author: Actor,
  reviewer: Actor,
  claimId: string,
  title = `Outlook ${unique()}`,
): Promise<{ id: string; title: string }> {
  const created = await createAssessment({ db, actor: author }, { title, templateKey: "blank" });
  await writeAssessmentContent(db, {
    teamId: author.teamId,
    assessmentId: created.id,
    authorIds: [author.userId],
    json: {
      type: "doc",
      content: [
        {
          type: "keyJudgment",
          attrs: { likelihood: "likely", confidence: "moderate" },
          content: [
            { type: "text", text: "Embassy staffing will recover this year." },
            { type: "citation", attrs: { claimId } },
          ],
        },
      ],
    },
  });
  await requestReview({ db, actor: author }, { assessmentId: created.id, reviewerIds: [reviewer.userId] });
  await decideReview({ db, actor: reviewer }, { assessmentId: created.id, decision: "approve" });
  await publishAssessment({ db, actor: author }, { assessmentId: created.id });
  return { id: created.id, title };
}
