import { and, eq, isNull, or, sql } from "drizzle-orm";

import type { Database } from "@/db";
import { sources } from "@/db/schema";
import { domainOfName, sourceKey } from "@/lib/sources";
import { isUniqueViolation } from "@/server/errors";
import type { Actor } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

/**
 * The team's outlet for a name (and the site's domain, when known), created on first use. "News.Az",
 * "news.az" and an article from www.news.az all find the same outlet.
 */
export async function findOrCreateOutlet(
  db: Database,
  actor: Actor,
  input: { name: string; domain?: string | null },
): Promise<{ id: string; name: string }> {
  const name = input.name.trim().slice(0, 200);
  const key = sourceKey(name);
  const domain = domainOfName(name) ?? input.domain ?? null;
  const find = async () => {
    const [row] = await db
      .select({ id: sources.id, name: sources.name, domain: sources.domain })
      .from(sources)
      .where(
        and(
          eq(sources.teamId, actor.teamId),
          eq(sources.kind, "outlet"),
          isNull(sources.mergedIntoId),
          domain ? or(eq(sources.key, key), eq(sources.domain, domain)) : eq(sources.key, key),
        ),
      )
      .orderBy(sql`case when ${sources.key} = ${key} then 0 else 1 end`)
      .limit(1);
    return row;
  };
  const existing = await find();
  if (existing) {
    if (domain && !existing.domain) {
      await db
        .update(sources)
        .set({ domain, updatedAt: new Date() })
        .where(and(eq(sources.id, existing.id), eq(sources.teamId, actor.teamId)));
    }
    return { id: existing.id, name: existing.name };
  }
  try {
    const [created] = await db
      .insert(sources)
      .values({ teamId: actor.teamId, kind: "outlet", name, key, domain, createdBy: actor.userId })
      .returning({ id: sources.id, name: sources.name });
    if (!created) throw new Error("insert returned no row");
    await recordActivity(db, actor, {
      verb: "source.created",
      subjectType: "source",
      subjectId: created.id,
      data: { name },
    });
    return created;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await find();
    if (!raced) throw error;
    return { id: raced.id, name: raced.name };
  }
}
