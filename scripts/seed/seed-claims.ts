import { count, eq } from "drizzle-orm";

import type { Database } from "@/db";
import { articles, claims, memberships, users } from "@/db/schema";
import { mentionToken } from "@/lib/mentions";
import { createClaim } from "@/server/services/claims/create-claim";
import { linkClaims } from "@/server/services/claims/link-claims";
import { rateClaim } from "@/server/services/claims/rate-claim";
import { createComment } from "@/server/services/comments/create-comment";
import { createTag } from "@/server/services/tags/create-tag";

import { DEMO_CLAIMS, DEMO_LINKS, DEMO_TAGS, DEMO_THREAD } from "./demo-claims";

/** The team's members by email, as actors, with their names (for mentions). */
async function teamActors(db: Database, teamId: string) {
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, teamId));
  return new Map(
    rows.map((row) => [row.email, { actor: { userId: row.userId, teamId, role: row.role }, name: row.name }]),
  );
}

/**
 * Tag the demo claims in the demo articles through the services people use: the four tracks as tags,
 * the claims with their speakers and ratings, the links between them, and one discussion. Only into a
 * demo team with articles and no claims yet, so a second run (or a team that has started work) is
 * left alone. Returns how many claims it made.
 */
export async function ensureDemoClaims(db: Database, teamId: string): Promise<number> {
  const [existing] = await db.select({ value: count() }).from(claims).where(eq(claims.teamId, teamId));
  if ((existing?.value ?? 0) > 0) return 0;
  const texts = await db
    .select({ id: articles.id, text: articles.text })
    .from(articles)
    .where(eq(articles.teamId, teamId));
  if (texts.length === 0) return 0;
  const people = await teamActors(db, teamId);
  const owner = people.get("owner@demo.example");
  if (!owner) return 0;

  const tagIds = new Map<string, string>();
  for (const tag of DEMO_TAGS) {
    const created = await createTag(
      { db, actor: owner.actor },
      {
        name: tag.name,
        color: tag.color,
        description: tag.description,
        parentId: tag.parent ? tagIds.get(tag.parent) : null,
      },
    );
    tagIds.set(tag.key, created.id);
  }

  const claimIds = new Map<string, string>();
  for (const demo of DEMO_CLAIMS) {
    const author = people.get(demo.by);
    const article = texts.find((item) => item.text.includes(demo.phrase));
    if (!author || !article)
      throw new Error(`demo claim "${demo.key}": its author or its passage is missing`);
    const start = article.text.indexOf(demo.phrase);
    const created = await createClaim(
      { db, actor: author.actor },
      {
        articleId: article.id,
        start,
        end: start + demo.phrase.length,
        quote: demo.phrase,
        statement: demo.statement,
        type: demo.type,
        status: demo.status,
        speaker: demo.speaker ?? null,
        tagIds: demo.tags.flatMap((key) => tagIds.get(key) ?? []),
      },
    );
    claimIds.set(demo.key, created.id);
    for (const rating of demo.ratings) {
      const rater = people.get(rating.rater);
      if (rater)
        await rateClaim(
          { db, actor: rater.actor },
          { claimId: created.id, level: rating.level, rationale: rating.rationale },
        );
    }
  }

  for (const link of DEMO_LINKS) {
    const from = claimIds.get(link.from);
    const to = claimIds.get(link.to);
    const by = people.get(link.by);
    if (from && to && by)
      await linkClaims(
        { db, actor: by.actor },
        { claimId: from, toClaimId: to, kind: link.kind, note: link.note },
      );
  }

  const threadClaim = claimIds.get(DEMO_THREAD.claim);
  let threadId: string | null = null;
  const mention = (email: string) => {
    const person = people.get(email);
    return person ? mentionToken({ userId: person.actor.userId, name: person.name }) : "";
  };
  for (const comment of DEMO_THREAD.comments) {
    const by = people.get(comment.by);
    if (!by || !threadClaim) continue;
    const body = comment.body
      .replace("@{owner}", mention("owner@demo.example"))
      .replace("@{viewer}", mention("viewer@demo.example"));
    const created = await createComment(
      { db, actor: by.actor },
      { subject: { claimId: threadClaim }, threadId, body },
    );
    threadId ??= created.id;
  }
  return claimIds.size;
}
