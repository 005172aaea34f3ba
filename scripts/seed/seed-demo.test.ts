import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  articles,
  assessments,
  assessmentVersions,
  claimLinks,
  claims,
  comments,
  notifications,
  sources,
  tags,
  teams,
  users,
} from "@/db/schema";
import { citedClaimIds } from "@/lib/assessments/doc-text";
import { authenticate } from "@/server/services/auth/authenticate";
import { getSource } from "@/server/services/sources/get-source";
import { openTestDatabase } from "@/server/testing/test-database";

import { DEMO_OWNER, DEMO_PASSWORD, DEMO_TEAM, OTHER_TEAM } from "./demo";
import { DEMO_ASSESSMENT_TITLE } from "./demo-assessment";
import { DEMO_CLAIMS, DEMO_LINKS } from "./demo-claims";
import { isEmptyDatabase, seedDemo } from "./seed-demo";

describe("demo seed", () => {
  it("loads the demo team and a second team, and never overwrites on a second run", async () => {
    // Its own database: the seed uses fixed emails and addresses that other files must not see.
    const handle = await openTestDatabase();
    const db = handle.db;
    try {
      if (handle.driver === "postgres") {
        // On a shared server database another run may have seeded already; the seed must cope.
        await seedDemo({ db });
      } else {
        expect(await isEmptyDatabase(db)).toBe(true);
        const first = await seedDemo({ db });
        expect(first.createdTeams).toEqual([DEMO_TEAM.slug, OTHER_TEAM.slug]);
        expect(first.createdUsers).toHaveLength(4);
      }

      const [owner] = await db.select().from(users).where(eq(users.email, DEMO_OWNER.email));
      await db.update(users).set({ name: "Changed By Hand" }).where(eq(users.email, DEMO_OWNER.email));
      const second = await seedDemo({ db });
      expect(second.createdTeams).toEqual([]);
      expect(second.createdUsers).toEqual([]);
      const [after] = await db.select().from(users).where(eq(users.email, DEMO_OWNER.email));
      expect(after?.name).toBe("Changed By Hand");
      expect(after?.passwordHash).toBe(owner?.passwordHash);

      for (const person of DEMO_TEAM.users) {
        const user = await authenticate({ db }, { email: person.email, password: DEMO_PASSWORD });
        expect(user.email).toBe(person.email);
      }
      const [team] = await db.select().from(teams).where(eq(teams.slug, DEMO_TEAM.slug));
      expect(team?.name).toBe(DEMO_TEAM.name);

      // The five articles, attached through the import path, with their outlets and ratings.
      const demoArticles = await db
        .select()
        .from(articles)
        .where(eq(articles.teamId, team?.id ?? ""));
      expect(demoArticles).toHaveLength(5);
      expect(demoArticles.map((article) => article.title)).toContain(
        "Behind closed doors: What Russia and the U.S. really talked about in Istanbul",
      );
      // No text starts with a date line, nor with the title its date line gave (issue 13, item 4).
      for (const article of demoArticles)
        expect(article.text).not.toMatch(/^\s*(?:date\s+)?\d{4}-\d{2}-\d{2}/);
      const closedDoors = demoArticles.find((article) => article.title.startsWith("Behind closed doors"));
      expect(closedDoors?.text.startsWith("Representatives from Russia")).toBe(true);
      const timeNews = await db
        .select()
        .from(sources)
        .where(and(eq(sources.teamId, team?.id ?? ""), eq(sources.name, "Time.news")));
      expect(timeNews[0]).toMatchObject({ kind: "outlet", isDisputed: true, ratingsCount: 2 });
      const newsAz = await db
        .select()
        .from(sources)
        .where(and(eq(sources.teamId, team?.id ?? ""), eq(sources.key, "news.az")));
      expect(newsAz[0]?.consensusGrade).toBe("D");
      // Rated over weeks, after the articles came in: Time.news's consensus over time has a history
      // to draw (C, C, then E and disputed once the owner revises to E), not three points in one instant.
      const timeNewsSource = await getSource(
        { db, actor: { userId: owner?.id ?? "", teamId: team?.id ?? "", role: "owner" } },
        { sourceId: timeNews[0]?.id ?? "" },
      );
      const timeline = timeNewsSource.source?.timeline ?? [];
      expect(timeline.map((point) => point.grade)).toEqual(["C", "C", "E"]);
      const days = (later: Date, earlier: Date) => (later.getTime() - earlier.getTime()) / 86_400_000;
      expect(days(timeline.at(-1)?.at ?? new Date(0), timeline[0]?.at ?? new Date())).toBeGreaterThan(7);
      const attached = Math.max(...demoArticles.map((article) => article.createdAt.getTime()));
      expect(timeline.every((point) => point.at.getTime() > attached)).toBe(true);
      // Its outlet was added with its article, before anyone rated it.
      expect(timeNews[0]?.createdAt.getTime()).toBeLessThanOrEqual(attached);

      // The claims, every one anchored on its phrase, with the tracks as tags, links and a discussion.
      const teamId = team?.id ?? "";
      const demoClaims = await db.select().from(claims).where(eq(claims.teamId, teamId));
      expect(demoClaims).toHaveLength(DEMO_CLAIMS.length);
      for (const claim of demoClaims) {
        const article = demoArticles.find((item) => item.id === claim.articleId);
        expect(article?.text.slice(claim.startOffset, claim.endOffset)).toBe(claim.quote);
      }
      const trackNames = (await db.select().from(tags).where(eq(tags.teamId, teamId))).map((tag) => tag.name);
      expect(trackNames).toEqual(
        expect.arrayContaining([
          "War in Ukraine",
          "Diplomatic ties",
          "Easing of sanctions",
          "Other global concerns",
        ]),
      );
      expect(await db.select().from(claimLinks).where(eq(claimLinks.teamId, teamId))).toHaveLength(
        DEMO_LINKS.length,
      );
      expect(
        demoClaims.find((claim) => claim.statement.startsWith("Markov: Russian diplomatic staff")),
      ).toMatchObject({
        credibility: "4",
        isDisputed: true,
      });
      expect(await db.select().from(comments).where(eq(comments.teamId, teamId))).toHaveLength(3);
      const [viewer] = await db.select().from(users).where(eq(users.email, "viewer@demo.example"));
      const inbox = await db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, viewer?.id ?? ""));
      expect(inbox.map((item) => item.kind)).toEqual(["mention"]);
      // The demo assessment: written by the editor, approved by the owner, version 1 published with
      // its cited claims, and a draft that has gone on since.
      const [assessment] = await db.select().from(assessments).where(eq(assessments.teamId, teamId));
      expect(assessment).toMatchObject({
        title: DEMO_ASSESSMENT_TITLE,
        status: "draft",
        publishedVersion: 1,
      });
      expect(assessment?.ydoc?.byteLength ?? 0).toBeGreaterThan(0);
      expect(citedClaimIds(assessment?.content ?? { type: "doc" }).length).toBeGreaterThanOrEqual(8);
      expect(assessment?.contentText).toContain("Since version 1");
      const [version] = await db
        .select()
        .from(assessmentVersions)
        .where(eq(assessmentVersions.assessmentId, assessment?.id ?? ""));
      expect(version?.number).toBe(1);
      expect(version?.contentText).not.toContain("Since version 1");
      expect(version?.citations.map((citation) => citation.claimId).sort()).toEqual(
        citedClaimIds(version?.content ?? { type: "doc" }).sort(),
      );
      // A second run adds no claims and no assessment.
      const again = await seedDemo({ db });
      expect([again.createdClaims, again.createdAssessments]).toEqual([0, 0]);
    } finally {
      await handle.close();
    }
  });
});
