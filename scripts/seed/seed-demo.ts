import fs from "node:fs";
import path from "node:path";

import { and, count, desc, eq } from "drizzle-orm";

import type { Database } from "@/db";
import { activity, articles, sourceRatings, sources, teams, users } from "@/db/schema";
import { createArticle } from "@/server/services/articles/create-article";
import { importText } from "@/server/services/articles/import-article";
import { signUp } from "@/server/services/auth/sign-up";
import { rateSource } from "@/server/services/sources/rate-source";
import { acceptInvitation } from "@/server/services/invitations/accept-invitation";
import { createInvitation } from "@/server/services/invitations/create-invitation";
import { createTeam } from "@/server/services/teams/create-team";

import { DEMO_ARTICLES, DEMO_ATTACHED_DAYS_AGO, DEMO_RATINGS } from "./demo-articles";
import { demoActor } from "./demo-actor";
import { ensureDemoAssessment } from "./seed-assessment";
import { ensureDemoClaims } from "./seed-claims";
import { DEMO_PASSWORD, DEMO_TEAM, OTHER_TEAM, type DemoTeam, type DemoUser } from "./demo";

export interface SeedReport {
  createdUsers: string[];
  createdTeams: string[];
  createdArticles: number;
  createdClaims: number;
  createdAssessments: number;
  skipped: string[];
}

async function ensureUser(db: Database, user: DemoUser, report: SeedReport): Promise<string> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, user.email))
    .limit(1);
  if (existing) {
    report.skipped.push(`user ${user.email} (exists)`);
    return existing.id;
  }
  const created = await signUp({ db }, { name: user.name, email: user.email, password: DEMO_PASSWORD });
  report.createdUsers.push(user.email);
  return created.id;
}

/**
 * Build one team the way people would: the owner creates it and invites the others, who accept.
 * A team whose address already exists is left alone.
 */
async function ensureTeam(db: Database, spec: DemoTeam, report: SeedReport): Promise<void> {
  const [existing] = await db.select({ id: teams.id }).from(teams).where(eq(teams.slug, spec.slug)).limit(1);
  if (existing) {
    report.skipped.push(`team ${spec.slug} (exists)`);
    return;
  }
  const [owner, ...others] = spec.users;
  const ownerId = await ensureUser(db, owner, report);
  const team = await createTeam({ db, userId: ownerId }, { name: spec.name, slug: spec.slug });
  const actor = { userId: ownerId, teamId: team.id, role: "owner" as const };
  for (const person of others) {
    const userId = await ensureUser(db, person, report);
    const invitation = await createInvitation({ db, actor }, { role: person.role, expiresInDays: 1 });
    await acceptInvitation({ db, userId }, { token: invitation.token });
  }
  report.createdTeams.push(spec.slug);
}

/**
 * Load the demo data. Safe to run on a database that already has data: it only adds what is
 * missing and never changes or deletes an existing row.
 */
export async function seedDemo({ db }: { db: Database }): Promise<SeedReport> {
  const report: SeedReport = {
    createdUsers: [],
    createdTeams: [],
    createdArticles: 0,
    createdClaims: 0,
    createdAssessments: 0,
    skipped: [],
  };
  await ensureTeam(db, DEMO_TEAM, report);
  await ensureTeam(db, OTHER_TEAM, report);
  await ensureDemoArticles(db, report);
  const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.slug, DEMO_TEAM.slug)).limit(1);
  if (team) report.createdClaims = await ensureDemoClaims(db, team.id);
  if (team) report.createdAssessments = await ensureDemoAssessment(db, team.id);
  return report;
}

/** True when the database has no users at all: a first start. */
export async function isEmptyDatabase(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return !row;
}

const ARTICLES_DIR = path.join(import.meta.dirname, "articles");

/**
 * Attach the five demo articles through the import path people use (paste → review → attach), with
 * their outlets, then the demo ratings. Only into a demo team that has no articles yet: a team that
 * has any is left alone.
 */
async function ensureDemoArticles(db: Database, report: SeedReport): Promise<void> {
  const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.slug, DEMO_TEAM.slug)).limit(1);
  if (!team) return;
  const [existing] = await db.select({ value: count() }).from(articles).where(eq(articles.teamId, team.id));
  if ((existing?.value ?? 0) > 0) {
    report.skipped.push("demo articles (the team has articles)");
    return;
  }
  for (const [index, demo] of DEMO_ARTICLES.entries()) {
    const actor = await demoActor(db, team.id, demo.attachedBy);
    if (!actor) continue;
    const text = fs.readFileSync(path.join(ARTICLES_DIR, demo.file), "utf8");
    const preview = await importText({ db, actor }, { text });
    const result = await createArticle(
      { db, actor },
      { importId: preview.importId, title: demo.title ?? preview.suggested.title, outletName: demo.outlet },
    );
    if (result.status !== "attached") continue;
    report.createdArticles += 1;
    const at = daysBefore(DEMO_ATTACHED_DAYS_AGO, index);
    await db
      .update(articles)
      .set({ createdAt: at, updatedAt: at })
      .where(and(eq(articles.teamId, team.id), eq(articles.id, result.articleId)));
    await dateActivity(db, team.id, result.articleId, "article.attached", at);
    // The outlet the article brought in was added then too (each demo outlet has one article).
    const [attached] = await db
      .select({ outletId: articles.outletId })
      .from(articles)
      .where(and(eq(articles.teamId, team.id), eq(articles.id, result.articleId)));
    if (attached?.outletId) {
      await db
        .update(sources)
        .set({ createdAt: at, updatedAt: at })
        .where(and(eq(sources.teamId, team.id), eq(sources.id, attached.outletId)));
      await dateActivity(db, team.id, attached.outletId, "source.created", at);
    }
  }
  for (const [index, rating] of [...DEMO_RATINGS].sort((a, b) => b.daysAgo - a.daysAgo).entries()) {
    const actor = await demoActor(db, team.id, rating.rater);
    const [source] = await db
      .select({ id: sources.id })
      .from(sources)
      .where(and(eq(sources.teamId, team.id), eq(sources.name, rating.outlet)))
      .limit(1);
    if (!actor || !source) continue;
    // Given in date order, each counts as the rater's latest when it is given, as it would have.
    const { ratingId } = await rateSource(
      { db, actor },
      { sourceId: source.id, grade: rating.grade, rationale: rating.rationale },
    );
    const at = daysBefore(rating.daysAgo, index);
    await db
      .update(sourceRatings)
      .set({ createdAt: at })
      .where(and(eq(sourceRatings.teamId, team.id), eq(sourceRatings.id, ratingId)));
    await dateActivity(db, team.id, source.id, "source.rated", at);
  }
}

/** A moment `days` before now, `hours` into that day's working morning (09:00 UTC on). */
function daysBefore(days: number, hours = 0): Date {
  const at = new Date(Date.now() - days * 24 * 3600 * 1000);
  at.setUTCHours(9 + hours, 0, 0, 0);
  return at;
}

/** Date the newest activity entry of `verb` on `subjectId` (the one just recorded) to `at`. */
async function dateActivity(db: Database, teamId: string, subjectId: string, verb: string, at: Date) {
  const [entry] = await db
    .select({ id: activity.id })
    .from(activity)
    .where(and(eq(activity.teamId, teamId), eq(activity.subjectId, subjectId), eq(activity.verb, verb)))
    .orderBy(desc(activity.createdAt))
    .limit(1);
  if (entry)
    await db
      .update(activity)
      .set({ createdAt: at })
      .where(and(eq(activity.teamId, teamId), eq(activity.id, entry.id)));
}
